import Foundation

/// The fields of a submitted form: `multipart/form-data` (the self-check form) or
/// `application/x-www-form-urlencoded`.
///
/// A small parser for what the page sends, nothing more: parts are split on the boundary,
/// each keeps its name, its file name and its bytes. Nothing is written to disk.
struct FormData: Sendable {
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    var parts: [Part] = []

    /// The first part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text of the field `name`, if present.
    func text(_ name: String) -> String? { part(name).map { String(decoding: $0.bytes, as: UTF8.self) } }

    /// Parses `bytes` sent with `contentType`; nil when the type is neither form encoding.
    static func parse(_ bytes: [UInt8], contentType: String) -> FormData? {
        let lowered = contentType.lowercased()
        if lowered.hasPrefix("multipart/form-data") {
            guard let boundary = parameter("boundary", in: contentType), !boundary.isEmpty else { return nil }
            return multipart(bytes, boundary: boundary)
        }
        if lowered.hasPrefix("application/x-www-form-urlencoded") {
            return urlEncoded(bytes)
        }
        return nil
    }

    /// A `key=value` parameter of a header value (quotes removed).
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    private static func multipart(_ bytes: [UInt8], boundary: String) -> FormData {
        let delimiter = Array("--\(boundary)".utf8)
        var form = FormData()
        var cursor = 0
        guard let first = find(delimiter, in: bytes, from: 0) else { return form }
        cursor = first + delimiter.count
        while cursor < bytes.count {
            // "--" after a delimiter closes the body.
            if bytes[cursor...].starts(with: [45, 45]) { break }
            // Skip the line end after the delimiter.
            if bytes[cursor...].starts(with: [13, 10]) {
                cursor += 2
            } else if bytes[cursor...].starts(with: [10]) {
                cursor += 1
            }
            guard let headerEnd = find([13, 10, 13, 10], in: bytes, from: cursor) else { break }
            let headers = String(decoding: bytes[cursor..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find([13, 10] + delimiter, in: bytes, from: contentStart) else { break }
            if let part = part(headers: headers, content: Array(bytes[contentStart..<next])) { form.parts.append(part) }
            cursor = next + 2 + delimiter.count
        }
        return form
    }

    private static func part(headers: String, content: [UInt8]) -> Part? {
        for line in headers.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            let text = String(line)
            guard text.lowercased().hasPrefix("content-disposition:") else { continue }
            guard let name = parameter("name", in: text) else { return nil }
            return Part(name: name, fileName: parameter("filename", in: text), bytes: content)
        }
        return nil
    }

    private static func urlEncoded(_ bytes: [UInt8]) -> FormData {
        var form = FormData()
        for pair in String(decoding: bytes, as: UTF8.self).split(separator: "&") {
            let items = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            guard let name = items.first else { continue }
            form.parts.append(Part(name: name, fileName: nil, bytes: Array((items.count > 1 ? items[1] : "").utf8)))
        }
        return form
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        let head = needle[0]
        while index <= last {
            if haystack[index] == head, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
