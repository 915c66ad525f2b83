internal import CLibXML2

/// A compiled W3C XML Schema, shared read-only between threads.
///
/// libxml2 documents a compiled `xmlSchema` as safe to use from several validation
/// contexts at once; each validation creates its own context.
public final class XMLSchema: @unchecked Sendable {
    /// Where the schema came from, for messages.
    public let path: String
    private let schema: xmlSchemaPtr

    /// Compiles a schema from its bytes. Errors carry the schema file's line numbers.
    public init(bytes: [UInt8], path: String) throws(XMLReadError) {
        LibXML.initialize()
        self.path = path
        let session = ParseSession(file: path, limits: .standard)
        let compiled: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count))
                else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, schemaErrorHandler, session.opaque)
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else {
            if session.diagnostics.isEmpty {
                session.diagnostics.append(
                    XMLDiagnostic(
                        stage: .schema, location: XMLLocation(file: path, line: 0),
                        message: "the XML schema could not be compiled"))
            }
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates a parsed document; appends every violation to the session.
    func validate(_ document: xmlDocPtr, session: ParseSession) {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            session.diagnostics.append(
                XMLDiagnostic(
                    stage: .schema, location: XMLLocation(file: session.file, line: 0),
                    message: "out of memory while creating a validation context"))
            return
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, schemaErrorHandler, session.opaque)
        let result = xmlSchemaValidateDoc(context, document)
        if result != 0 && session.diagnostics.isEmpty {
            session.diagnostics.append(
                XMLDiagnostic(
                    stage: .schema, location: XMLLocation(file: session.file, line: 0),
                    message: "the document is not valid against \(path)"))
        }
    }
}
