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
        /// Moves past the first `a b c` (`-->`, `]]>`) or `b c` (`?>`, with `a` 0) that starts at
        /// or after `index`, or to the end, counting lines.
        func skip(past a: UInt8, _ b: UInt8, _ c: UInt8) {
            let first = index + (a == 0 ? 2 : 3)  // The earliest end of the terminator.
            while index < count {
                let byte = bytes[index]
                index += 1
                if byte == 0x0A {
                    line += 1
                } else if byte == c, index >= first, bytes[index - 2] == b, a == 0 || bytes[index - 3] == a {
                    return
                }
            }
        }
        let dash = UInt8(ascii: "-")
        let cdata = Array("[CDATA[".utf8)
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            if next == UInt8(ascii: "!") {
                if index + 3 < count, bytes[index + 2] == dash, bytes[index + 3] == dash {
                    index += 4
                    skip(past: dash, dash, UInt8(ascii: ">"))
                } else if index + 2 + cdata.count <= count, bytes[(index + 2)..<(index + 2 + cdata.count)].elementsEqual(cdata) {
                    index += 2 + cdata.count
                    skip(past: UInt8(ascii: "]"), UInt8(ascii: "]"), UInt8(ascii: ">"))
                } else {
                    return .declaration(line: line)
                }
            } else if next == UInt8(ascii: "?") {
                index += 2
                skip(past: 0, UInt8(ascii: "?"), UInt8(ascii: ">"))
            } else if next == UInt8(ascii: "/") {
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
