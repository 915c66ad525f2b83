/// Checks the raw bytes before libxml2 sees them: compressed files, encodings, invalid UTF-8,
/// and start tags with too many attributes (libxml2 2.9 spends quadratic time on those before
/// any callback could stop it). Linear in the input; refuses with the position found.
enum InputScreen {
    static func screen(_ bytes: [UInt8], session: ParseSession) {
        if let format = compression(bytes) {
            session.refuse(
                .compressed(format: format), line: 1,
                message: "the file is \(format) data, not XML; it is never decompressed")
            return
        }
        switch bytes.prefix(4).map({ $0 }) {
        case let b where b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]):
            return  // UTF-16 with a byte-order mark: libxml2 decodes it.
        case let b where b.starts(with: [0x00, 0x3C]) || b.starts(with: [0x3C, 0x00]):
            session.refuse(
                .encoding("UTF-16 without byte-order mark"), line: 1,
                message: "UTF-16 without a byte-order mark: save the file as UTF-8")
            return
        case let b where b.starts(with: [0x00, 0x00]) || b.starts(with: [0x4C, 0x6F, 0xA7, 0x94]):
            session.refuse(.encoding("UCS-4 or EBCDIC"), line: 1, message: "unsupported encoding: save the file as UTF-8")
            return
        default:
            break
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let declared = declaredEncoding(body), !["UTF-8", "UTF8"].contains(declared.uppercased()) {
            session.refuse(
                .encoding(declared), line: 1,
                message: "encoding \"\(declared)\" refused: applications must be UTF-8 (or UTF-16 with a byte-order mark)")
            return
        }
        if let offset = firstInvalidUTF8(body) {
            let position = lineAndColumn(body, offset: offset)
            session.refuse(
                .invalidUTF8(offset: offset + (bytes.count - body.count)), line: position.line, column: position.column,
                message: "invalid UTF-8 byte sequence at byte \(offset + (bytes.count - body.count))")
            return
        }
        checkAttributeCounts(body, session: session)
    }

    /// gzip, xz, bzip2, zstd, zip (office documents): recognised by their magic numbers.
    static func compression(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x1F, 0x8B], "gzip"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz"), ([0x42, 0x5A, 0x68], "bzip2"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd"), ([0x50, 0x4B, 0x03, 0x04], "zip (a word-processing or spreadsheet document?)"),
            ([0x25, 0x50, 0x44, 0x46], "PDF"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// The `encoding` pseudo-attribute of the XML declaration, if any (a byte scan: this runs
    /// for every file, and a regular expression would be compiled each time).
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let end = bytes.prefix(200).firstIndex(of: UInt8(ascii: ">")) ?? min(bytes.count, 200)
        let declaration = Array(bytes[..<end])
        let key = Array("encoding".utf8)
        guard let start = (0...(max(0, declaration.count - key.count))).first(where: { declaration[$0..<min(declaration.count, $0 + key.count)].elementsEqual(key) })
        else { return nil }
        var index = start + key.count
        while index < declaration.count, declaration[index] == 0x20 || declaration[index] == 0x3D { index += 1 }
        guard index < declaration.count, declaration[index] == 0x22 || declaration[index] == 0x27 else { return nil }
        let quote = declaration[index]
        let valueStart = index + 1
        guard let valueEnd = declaration[valueStart...].firstIndex(of: quote) else { return nil }
        return String(decoding: declaration[valueStart..<valueEnd], as: UTF8.self)
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            // Overlong forms, surrogates and values above U+10FFFF.
            let second = bytes[index + 1]
            if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) || (byte == 0xF0 && second < 0x90)
                || (byte == 0xF4 && second > 0x8F)
            {
                return index
            }
            index += length
        }
        return nil
    }

    static func lineAndColumn(_ bytes: [UInt8], offset: Int) -> (line: Int, column: Int) {
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

    /// Counts `=` outside quotes in each start tag; refuses a tag above the limit.
    static func checkAttributeCounts(_ bytes: [UInt8], session: ParseSession) {
        let limit = session.limits.maxAttributesPerElement
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "<"), index + 1 < count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                index += 1
                continue
            }
            let tagLine = line
            var quote: UInt8 = 0
            var attributes = 0
            index += 1
            while index < count {
                let current = bytes[index]
                if current == 0x0A { line += 1 }
                if quote != 0 {
                    if current == quote { quote = 0 }
                } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                    quote = current
                } else if current == UInt8(ascii: "=") {
                    attributes += 1
                    if attributes > limit {
                        let name = String(decoding: bytes[(bytes[..<index].lastIndex(of: UInt8(ascii: "<")) ?? 0)...].prefix(40).prefix { $0 != 0x20 && $0 != 0x0A }.dropFirst(), as: UTF8.self)
                        session.refuse(
                            .tooManyAttributes(element: name, limit: limit), line: tagLine,
                            message: "element <\(name)> has more than \(limit) attributes")
                        return
                    }
                } else if current == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            index += 1
        }
    }
}
