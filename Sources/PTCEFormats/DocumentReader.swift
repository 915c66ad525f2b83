public import PTCEModel
public import XMLSafe

/// Reads one XML document of a known kind: strict parse and validation against its shipped
/// schema, every diagnostic turned into a located problem worded for that kind. The one path
/// from bytes to a validated tree for every format.
public enum DocumentReader {
    public static func read(
        _ bytes: [UInt8], path: String, as kind: DocumentKind, reader: XMLReader = XMLReader()
    ) throws(ProblemList) -> XMLElement {
        let schema = try DataFiles.schema(kind.schemaPath)
        return try read(bytes, path: path, as: kind, schema: schema, reader: reader)
    }

    /// The same with a schema already compiled (the loaders keep theirs).
    public static func read(
        _ bytes: [UInt8], path: String, as kind: DocumentKind, schema: XMLSchema, reader: XMLReader = XMLReader()
    ) throws(ProblemList) -> XMLElement {
        do {
            return try reader.read(bytes: bytes, path: path, schema: schema)
        } catch {
            throw ProblemList(error.diagnostics.map { Problem($0, in: kind) })
        }
    }

    /// The same, reading the validated document in place: `body` gets a view of its root
    /// (``XMLNodeView``, valid only while `body` runs) instead of a copied tree.
    public static func read<Result>(
        _ bytes: [UInt8], path: String, as kind: DocumentKind, schema: XMLSchema, reader: XMLReader = XMLReader(),
        _ body: (XMLNodeView) -> Result
    ) throws(ProblemList) -> Result {
        do {
            return try reader.read(bytes: bytes, path: path, schema: schema, body)
        } catch {
            throw ProblemList(error.diagnostics.map { Problem($0, in: kind) })
        }
    }
}
