import Foundation
public import XMLSafe
public import PTCEModel
import PTCEEngine

/// Reads application files: bytes from disk, strict parse, schema validation, decoding.
///
/// The compiled schema is shared; one loader can serve several threads at once.
public struct ApplicationLoader: Sendable {
    public let schema: XMLSchema
    public let reader: XMLReader

    public init(schema: XMLSchema, limits: XMLLimits = .standard) {
        self.schema = schema
        self.reader = XMLReader(limits: limits)
    }

    /// A loader with the shipped application schema (compiled into the binary).
    ///
    /// The first reader of the process sets libxml2 up for the whole process
    /// (``XMLSafe/LibXML``): parser initialised, catalogs off, external entities refused.
    public static func standard() throws(ProblemList) -> ApplicationLoader {
        ApplicationLoader(schema: try DataFiles.schema("Schemas/application.xsd"))
    }

    /// Loads one file; every problem found is thrown, located.
    public func load(path: String) throws(ProblemList) -> Application {
        let bytes = try FileInput.read(path, limit: reader.limits.maxFileBytes)
        return try load(bytes: bytes, path: path)
    }

    /// Loads an application from bytes already read (`path` is used in messages).
    public func load(bytes: [UInt8], path: String) throws(ProblemList) -> Application {
        // Decoded in place, from libxml2's tree: no copy of the document into Swift values.
        let decoded = try DocumentReader.read(bytes, path: path, as: .application, schema: schema, reader: reader) { root in
            Result { () throws(ProblemList) in try ApplicationDecoder.decode(root, file: path) }
        }
        return try decoded.get()
    }
}
