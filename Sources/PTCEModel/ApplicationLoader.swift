import Foundation
public import XMLSafe

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

    /// A loader with the shipped application schema.
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
        let root: XMLElement
        do {
            root = try reader.read(bytes: bytes, path: path, schema: schema)
        } catch {
            throw ProblemList(error.diagnostics.map(Problem.init))
        }
        return try ApplicationDecoder.decode(root, file: path)
    }
}

/// Reading input files with a size bound checked before the bytes are read.
public enum FileInput {
    /// The file's bytes; refuses a missing, unreadable, non-regular or too-large file.
    public static func read(_ path: String, limit: Int) throws(ProblemList) -> [UInt8] {
        func fail(_ fr: String, _ en: String) -> ProblemList { .input(path, fr: fr, en: en) }
        let attributes: [FileAttributeKey: Any]
        do {
            // A symbolic link is followed: its target must be a regular file.
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            attributes = try FileManager.default.attributesOfItem(atPath: target)
        } catch {
            throw fail("fichier introuvable ou illisible — vérifiez le chemin", "file not found or unreadable — check the path")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw fail("ce n’est pas un fichier ordinaire", "not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            throw ProblemList([
                Problem(
                    kind: .policy, location: XMLLocation(file: path, line: 0),
                    message: Problem.describe(.fileTooLarge(bytes: size, limit: limit)))
            ])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw fail("fichier illisible (droits ?)", "file unreadable (permissions?)")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        if data.count > limit {
            throw ProblemList([
                Problem(
                    kind: .policy, location: XMLLocation(file: path, line: 0),
                    message: Problem.describe(.fileTooLarge(bytes: data.count, limit: limit)))
            ])
        }
        return [UInt8](data)
    }
}
