/// Checks the raw bytes before libxml2 sees them, in linear passes, and gives the bytes libxml2
/// may parse: always UTF-8 without a byte-order mark (UTF-16 with its mark is transcoded here),
/// so libxml2 is told "UTF-8" and never picks a decoder, from iconv or elsewhere.
///
/// Refused, with the position found: compressed files and archives, encodings other than
/// UTF-8 and UTF-16 with a byte-order mark (including any other `encoding` in the XML
/// declaration, wherever it sits in it), invalid UTF-8 or UTF-16, characters XML forbids,
/// DOCTYPE declarations, and start tags with too many attributes (see ``MarkupTokenizer``).
enum InputScreen {
    /// The bytes to parse, or nil after a refusal recorded in `session`.
    static func screen(_ bytes: [UInt8], session: ParseSession) -> [UInt8]? {
        if let format = compression(bytes) {
            session.refuse(
                .compressed(format: format), line: 1,
                message: "the file is \(format) data, not XML; it is never decompressed")
            return nil
        }
        let utf8: [UInt8]
        let transcoded: Bool
        /// Bytes of the input before the first byte of `utf8`: a UTF-8 byte-order mark.
        var skipped = 0
        switch Array(bytes.prefix(4)) {
        case let b where b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]):
            switch bytes.withUnsafeBufferPointer(UTF16Transcoder.transcode) {
            case .transcoded(let output):
                utf8 = output
                transcoded = true
            case .invalid(let offset):
                session.refuse(.invalidUTF16(offset: offset), line: 1, message: "invalid UTF-16 at byte \(offset)")
                return nil
            }
        case let b where b.starts(with: [0x00, 0x3C]) || b.starts(with: [0x3C, 0x00]):
            session.refuse(
                .encoding("UTF-16 without byte-order mark"), line: 1,
                message: "UTF-16 without a byte-order mark: save the file as UTF-8")
            return nil
        case let b where b.starts(with: [0x00, 0x00]) || b.starts(with: [0x4C, 0x6F, 0xA7, 0x94]):
            session.refuse(.encoding("UCS-4 or EBCDIC"), line: 1, message: "unsupported encoding: save the file as UTF-8")
            return nil
        case let b where b.starts(with: [0xEF, 0xBB, 0xBF]):
            utf8 = Array(bytes.dropFirst(3))
            transcoded = false
            skipped = 3
        default:
            utf8 = bytes
            transcoded = false
        }
        let passed = utf8.withUnsafeBufferPointer { body in
            screenUTF8(body, transcoded: transcoded, skipped: skipped, session: session)
        }
        return passed ? utf8 : nil
    }

    /// The checks made on the UTF-8 text; false after a refusal.
    private static func screenUTF8(
        _ body: UnsafeBufferPointer<UInt8>, transcoded: Bool, skipped: Int, session: ParseSession
    ) -> Bool {
        let accepted = transcoded ? ["UTF-8", "UTF8", "UTF-16", "UTF16", "UTF-16LE", "UTF-16BE"] : ["UTF-8", "UTF8"]
        for encoding in XMLDeclaration(body)?.encodings ?? [] where !accepted.contains(encoding.value.uppercased()) {
            session.refuse(
                .encoding(encoding.value), line: encoding.line, column: encoding.column,
                message: "encoding \"\(encoding.value)\" refused: applications must be UTF-8 (or UTF-16 with a byte-order mark)")
            return false
        }
        let characters = scanCharacters(body)
        if let offset = characters.invalidUTF8 {
            let position = lineAndColumn(body, offset: offset)
            session.refuse(
                .invalidUTF8(offset: offset + skipped), line: position.line, column: position.column,
                message: "invalid UTF-8 byte sequence at byte \(offset + skipped)")
            return false
        }
        if let offset = characters.forbidden {
            let position = lineAndColumn(body, offset: offset)
            session.refuse(
                .forbiddenCharacter(offset: offset + skipped), line: position.line, column: position.column,
                message: "a character XML forbids (a control character) at byte \(offset + skipped)")
            return false
        }
        let limit = session.limits.maxAttributesPerElement
        switch MarkupTokenizer(limit: limit).scan(body) {
        case .declaration(let line):
            session.refuse(
                .doctype, line: line, message: "DOCTYPE or other declaration refused: documents must not declare a DTD")
            return false
        case .tooManyAttributes(let element, let line):
            session.refuse(
                .tooManyAttributes(element: element, limit: limit), line: line,
                message: "element <\(element)> has more than \(limit) attributes")
            return false
        case nil:
            return true
        }
    }

    /// gzip, xz, bzip2, zstd, zip (office documents): recognised by their magic numbers.
    static func compression(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x1F, 0x8B], "gzip"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz"), ([0x42, 0x5A, 0x68], "bzip2"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd"), ([0x50, 0x4B, 0x03, 0x04], "zip"),
            ([0x25, 0x50, 0x44, 0x46], "PDF"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// One pass over the bytes: the offset of the first byte that does not start or continue a
    /// valid UTF-8 sequence, and that of the first character outside XML 1.0's `Char`
    /// production (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF).
    /// Invalid UTF-8 anywhere wins over a forbidden character: the pass goes on to the end
    /// after finding one.
    static func scanCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> (invalidUTF8: Int?, forbidden: Int?) {
        var forbidden: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x20...0x7F, 0x09, 0x0A, 0x0D:
                index += 1
                continue
            case 0x00...0x1F:
                if forbidden == nil { forbidden = index }
                index += 1
                continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (index, forbidden)
            }
            guard index + length <= bytes.count else { return (index, forbidden) }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return (index, forbidden) }
            // Overlong forms, surrogates and values above U+10FFFF.
            let second = bytes[index + 1]
            if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) || (byte == 0xF0 && second < 0x90)
                || (byte == 0xF4 && second > 0x8F)
            {
                return (index, forbidden)
            }
            if byte == 0xEF, second == 0xBF, bytes[index + 2] >= 0xBE, forbidden == nil { forbidden = index }
            index += length
        }
        return (nil, forbidden)
    }

    static func lineAndColumn(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
