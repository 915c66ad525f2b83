internal import CLibCrypto

/// SHA-256 of bytes, as lowercase hex, for the audit trail (OpenSSL's libcrypto).
public func sha256Hex(_ bytes: [UInt8]) -> String {
    var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    bytes.withUnsafeBufferPointer { buffer in
        digest.withUnsafeMutableBufferPointer { output in
            // Never fails for memory already in hand (see `ptce_sha256` in CLibCrypto's shim).
            _ = ptce_sha256(buffer.baseAddress, buffer.count, output.baseAddress)
        }
    }
    let hex = Array("0123456789abcdef".utf8)
    var text = [UInt8]()
    text.reserveCapacity(digest.count * 2)
    for byte in digest {
        text.append(hex[Int(byte >> 4)])
        text.append(hex[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
}
