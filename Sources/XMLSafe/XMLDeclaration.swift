/// The XML declaration at the start of a document, read as the XML 1.0 grammar defines it
/// (production 23): `<?xml`, then pseudo-attributes `name S? = S? 'value'` or `"value"`
/// separated by white space (space, tab, CR, LF, any number of them, on any number of
/// lines), then `?>`.
///
/// The grammar fixes the order (version, encoding, standalone); this reader accepts any order
/// and keeps every pseudo-attribute it could read before a syntax error, so that an encoding
/// is seen wherever it sits. Whatever it cannot read is left to libxml2, which refuses it;
/// libxml2 is told the encoding and never decodes from the declaration (see ``XMLReader``).
struct XMLDeclaration {
    struct PseudoAttribute {
        var name: String
        var value: String
        /// 1-based line and column of the pseudo-attribute's name.
        var line: Int
        var column: Int
    }

    var attributes: [PseudoAttribute] = []

    /// The `encoding` pseudo-attributes (more than one is an error libxml2 reports; each is
    /// checked).
    var encodings: [PseudoAttribute] { attributes.filter { $0.name == "encoding" } }

    /// Reads the declaration at the start of `bytes` (UTF-8, no byte-order mark); nil when
    /// the document does not start with one.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let opening = Array("<?xml".utf8)
        guard bytes.count > opening.count, bytes.starts(with: opening), Self.isSpace(bytes[opening.count]) else {
            return nil
        }
        var index = opening.count
        var line = 1
        var lineStart = 0
        func skipSpace() {
            while index < bytes.count, Self.isSpace(bytes[index]) {
                if bytes[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        while true {
            skipSpace()
            guard index < bytes.count, Self.isNameByte(bytes[index]) else { return }  // `?>` or an error
            let nameStart = index
            let position = (line: line, column: index - lineStart + 1)
            while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return }
            let quote = bytes[index]
            index += 1
            let valueStart = index
            while index < bytes.count, bytes[index] != quote, bytes[index] != UInt8(ascii: "<"), bytes[index] != UInt8(ascii: ">")
            {
                index += 1
            }
            guard index < bytes.count, bytes[index] == quote else { return }
            let value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
            attributes.append(PseudoAttribute(name: name, value: value, line: position.line, column: position.column))
            index += 1
        }
    }

    /// S ::= (#x20 | #x9 | #xD | #xA)+
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

    /// The pseudo-attribute names are ASCII letters; any name byte is read so that a misspelt
    /// one is skipped, not taken for the end of the declaration.
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
            true
        default: byte >= 0x80
        }
    }
}
