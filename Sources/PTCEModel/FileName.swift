import Foundation

/// File names as the system gives them: bytes, not always UTF-8.
///
/// A path is carried as a `String` through the batch. A name whose bytes are not valid UTF-8
/// keeps each invalid byte as one private-use character (U+10FE80 to U+10FEFF for the bytes
/// 0x80 to 0xFF), so that the exact bytes are given back when the file is opened, and the
/// name is shown with each such byte visibly escaped (`<0xE9>`, see ``VisibleText``), never
/// mangled to U+FFFD and never "not found". A valid UTF-8 name that itself holds those
/// private-use characters cannot be told apart: it is opened with the bytes they stand for.
public enum FileName {
    private static let base: UInt32 = 0x10FE00

    /// The path for `bytes` (no NUL): UTF-8 as is, each invalid byte kept as its stand-in.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var result = ""
        var rest = Array(bytes)[...]
        while !rest.isEmpty {
            // The longest valid UTF-8 prefix, then one stand-in for the byte that breaks it.
            var valid = rest.count
            while valid > 0, String(validating: rest.prefix(valid), as: UTF8.self) == nil { valid -= 1 }
            if valid > 0 {
                result += String(decoding: rest.prefix(valid), as: UTF8.self)
                rest = rest.dropFirst(valid)
            } else {
                result.unicodeScalars.append(Unicode.Scalar(base + UInt32(rest.first!))!)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// The bytes to give the system for `path`: its UTF-8, each stand-in back to its byte.
    public static func bytes(_ path: String) -> [UInt8] {
        guard path.utf8.contains(0xF4) else { return Array(path.utf8) }
        var result: [UInt8] = []
        for scalar in path.unicodeScalars {
            if let byte = rawByte(scalar) { result.append(byte) } else { result += Array(String(scalar).utf8) }
        }
        return result
    }

    /// The raw byte `scalar` stands for, if it is a stand-in.
    public static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= base + 0x80 && scalar.value <= base + 0xFF ? UInt8(scalar.value - base) : nil
    }

    /// Whether something exists at `path` (following a symbolic link), found by its bytes.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return withCString(path) { stat($0, &status) } == 0
    }

    /// Runs `body` with `path` as a NUL-terminated C string of its bytes.
    public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        var bytes = bytes(path).map { CChar(bitPattern: $0) }
        bytes.append(0)
        return try body(bytes)
    }
}
