/// Text from an input (an application's text, a file name) made safe to show: every character
/// a terminal or a viewer would obey rather than show is written visibly instead.
///
/// Escaped: C0 control characters (tab kept; line breaks kept only on request), DEL, C1
/// control characters (U+0080–U+009F, among them U+009B, the one-byte CSI some terminals
/// obey), the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029). A
/// character is written `<U+009B>`; a byte of a file name that is not UTF-8 (see
/// ``FileName``) is written `<0xE9>`.
public enum VisibleText {
    /// `text` with every character listed above visibly escaped. `lineBreaks` keeps `\n` and
    /// `\r` (text shown on several lines); without it they are escaped too (a file name, one
    /// line of a terminal).
    public static func escape(_ text: String, lineBreaks: Bool = false) -> String {
        // Fast path, on bytes: most text has no byte that can start a character to escape.
        guard mayNeedEscape(text.utf8, lineBreaks: lineBreaks) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
        for scalar in text.unicodeScalars {
            if let byte = FileName.rawByte(scalar) {
                result += "<0x" + hex(UInt32(byte), digits: 2) + ">"
            } else if needsEscape(scalar, lineBreaks: lineBreaks) {
                result += "<U+" + hex(scalar.value, digits: 4) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` is shown escaped.
    public static func needsEscape(_ scalar: Unicode.Scalar, lineBreaks: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A, 0x0D: !lineBreaks
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: FileName.rawByte(scalar) != nil
        }
    }

    /// Whether `bytes` may hold a character to escape. French text is full of `«`, `»`, `’` and
    /// `—`, whose lead bytes (C2, E2) are those of characters to escape too: the byte after
    /// the lead tells them apart, so such text takes the fast path as well.
    private static func mayNeedEscape(_ bytes: String.UTF8View, lineBreaks: Bool) -> Bool {
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            guard mayStartEscape(byte, lineBreaks: lineBreaks) else { continue }
            switch byte {
            case 0xC2:
                // U+0080–U+009F are C2 80–C2 9F; `«` is C2 AB, a no-break space C2 A0.
                guard let next = iterator.next() else { return true }
                if next < 0xA0 { return true }
            case 0xE2:
                // U+200E–U+2069 are E2 80 xx and E2 81 xx; `’` and `—` are E2 80 99 and E2 80 94.
                guard let second = iterator.next(), let third = iterator.next() else { return true }
                switch (second, third) {
                case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xA8...0xAE), (0x81, 0xA6...0xA9): return true
                default: continue
                }
            default:
                return true
            }
        }
        return false
    }

    /// A UTF-8 byte that is, or starts, a character that may need escaping: a control byte,
    /// or the lead byte of U+0080–U+009F (C2), U+061C (D8), U+200E–U+2069 (E2) or of the
    /// private-use plane that holds a file name's raw bytes (F4).
    private static func mayStartEscape(_ byte: UInt8, lineBreaks: Bool) -> Bool {
        switch byte {
        case 0x09: false
        case 0x0A, 0x0D: !lineBreaks
        case 0x00...0x1F, 0x7F, 0xC2, 0xD8, 0xE2, 0xF4: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
