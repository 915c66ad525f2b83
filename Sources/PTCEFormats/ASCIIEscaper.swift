/// Replaces ASCII characters by their escapes, working on UTF-8 bytes: a byte below 128 is
/// never part of a multi-byte character, so the text's other characters are copied untouched.
/// Text with nothing to escape (the common case) is returned as it is. Used on every cell of
/// every card, where a character-by-character loop showed in the profile.
public struct ASCIIEscaper: Sendable {
    private let table: [[UInt8]?]

    public init(_ replacements: [Unicode.Scalar: String]) {
        var table = [[UInt8]?](repeating: nil, count: 128)
        for (scalar, replacement) in replacements {
            precondition(scalar.isASCII, "only ASCII characters can be escaped byte by byte")
            table[Int(scalar.value)] = Array(replacement.utf8)
        }
        self.table = table
    }

    public func callAsFunction(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 < 128 && table[Int($0)] != nil }) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte < 128, let replacement = table[Int(byte)] {
                result += replacement
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
