/// UTF-16 input (with its byte-order mark) turned into UTF-8 by the reader itself, so that the
/// screen sees the same bytes libxml2 parses and libxml2 never chooses a decoder.
enum UTF16Transcoder {
    enum Outcome {
        case transcoded([UInt8])
        /// An odd byte count or an unpaired surrogate, at this byte offset of the input.
        case invalid(offset: Int)
    }

    /// Transcodes `bytes`, which start with the byte-order mark `FF FE` (little-endian) or
    /// `FE FF` (big-endian); the mark is dropped.
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let littleEndian = bytes[0] == 0xFF
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var index = 2
        func unit(at offset: Int) -> UInt32 {
            littleEndian
                ? UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                : UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1])
        }
        while index + 1 < bytes.count {
            var scalar = unit(at: index)
            let start = index
            index += 2
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                guard index + 1 < bytes.count else { return .invalid(offset: start) }
                let low = unit(at: index)
                guard low >= 0xDC00 && low <= 0xDFFF else { return .invalid(offset: start) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                index += 2
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                return .invalid(offset: start)
            }
            append(scalar, to: &output)
        }
        if index != bytes.count { return .invalid(offset: index) }
        return .transcoded(output)
    }

    private static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
