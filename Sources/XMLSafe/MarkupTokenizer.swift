/// Walks a UTF-8 document's markup as an XML parser does, in one linear pass, to find what
/// libxml2 must never be given: a DOCTYPE, and a start tag with more attributes than the limit
/// (libxml2 2.9.14 checks an attribute against every earlier one of the same tag, after the
/// whole tag is read, with no callback in between: quadratic, and no deadline can stop it).
///
/// It knows what can hide markup from a byte scan: comments (`<!-- … -->`), CDATA sections
/// (`<![CDATA[ … ]]>`), processing instructions and the XML declaration (`<? … ?>`), and quoted
/// attribute values (a `>` inside one does not end the tag). Quotes count only inside a tag,
/// so a quote in text, a comment or a CDATA section cannot make it lose track; and since `<`
/// may not appear in an attribute value, a `<` always starts a new token, even after an
/// unclosed quote (libxml2 stops that value at the `<` too). The screen refuses the control
/// characters XML forbids before this runs, so a comment cannot end early on one in libxml2.
struct MarkupTokenizer {
    enum Finding: Equatable {
        /// `<!DOCTYPE` (or any other `<!` declaration), at this line.
        case declaration(line: Int)
        /// A start tag with more than `limit` attributes: its name and line.
        case tooManyAttributes(element: String, line: Int)
    }

    let limit: Int

    /// The first finding in document order, or nil.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        let count = bytes.count
        var index = 0
        var line = 1
        /// Moves past the first `terminator` at or after `index` (or to the end), counting lines.
        func skip(past terminator: StaticString) {
            let first = terminator.utf8Start[0]
            let length = terminator.utf8CodeUnitCount
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A { line += 1 }
                if byte == first, index + length <= count,
                    (1..<length).allSatisfy({ bytes[index + $0] == terminator.utf8Start[$0] })
                {
                    index += length
                    return
                }
                index += 1
            }
        }
        func starts(with prefix: StaticString) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard index + length <= count else { return false }
            return (0..<length).allSatisfy { bytes[index + $0] == prefix.utf8Start[$0] }
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if starts(with: "<!--") {
                index += 4
                skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                index += 9
                skip(past: "]]>")
            } else if starts(with: "<?") {
                index += 2
                skip(past: "?>")
            } else if starts(with: "<!") {
                return .declaration(line: line)
            } else if starts(with: "</") {
                index += 2  // An end tag holds no attribute; its `>` is passed as text.
            } else if let finding = startTag(bytes, index: &index, line: &line) {
                return finding
            }
        }
        return nil
    }

    /// Reads the start tag at `index` (on its `<`) up to its `>` outside quotes, or up to the
    /// next `<`; counts `=` outside quotes (one per attribute or namespace declaration).
    private func startTag(_ bytes: UnsafeBufferPointer<UInt8>, index: inout Int, line: inout Int) -> Finding? {
        let tagStart = index
        let tagLine = line
        var quote: UInt8 = 0
        var attributes = 0
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") { return nil }  // Not consumed: the next token starts here.
            index += 1
            if byte == 0x0A {
                line += 1
            } else if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "=") {
                attributes += 1
                if attributes > limit { return .tooManyAttributes(element: name(bytes, at: tagStart), line: tagLine) }
            } else if byte == UInt8(ascii: ">") {
                return nil
            }
        }
        return nil
    }

    /// The tag's name as written (at most 40 bytes), for the message.
    private func name(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> String {
        var end = start + 1
        while end < bytes.count, end - start <= 40, !XMLDeclaration.isSpace(bytes[end]), bytes[end] != UInt8(ascii: "/"),
            bytes[end] != UInt8(ascii: ">")
        {
            end += 1
        }
        return String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
    }
}
