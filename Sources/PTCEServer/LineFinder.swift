/// Where an element sits in an uploaded file: the line of the element a fact's location
/// names (`/application/carrier/legalForm`), found by walking the path down the text.
enum LineFinder {
    /// The elements of the first path in `location`, without predicates or attributes.
    static func elements(_ location: String) -> [String] {
        let first = location.split(separator: ",").first.map(String.init) ?? location
        return first.split(separator: "/").compactMap { step in
            let name = step.split(separator: "[").first.map(String.init) ?? ""
            return name.isEmpty || name.hasPrefix("@") ? nil : name
        }
    }

    /// The deepest element of `location` found in `bytes`, and its line (1-based).
    static func find(_ location: String, in bytes: [UInt8]) -> (element: String, line: Int)? {
        var index = 0
        var found: (element: String, line: Int)?
        for element in elements(location) {
            guard let at = open(element, in: bytes, from: index) else { break }
            index = at + 1
            found = (element, line(at: at, in: bytes))
        }
        return found
    }

    /// The index of the next `<name` followed by a space, `>` or `/`.
    private static func open(_ name: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array("<\(name)".utf8)
        guard bytes.count >= needle.count + 1, start <= bytes.count - needle.count - 1 else { return nil }
        var index = start
        while index <= bytes.count - needle.count - 1 {
            if bytes[index] == 60, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                let next = bytes[index + needle.count]
                if next == 32 || next == 62 || next == 47 || next == 9 || next == 10 || next == 13 { return index }
            }
            index += 1
        }
        return nil
    }

    private static func line(at index: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<index] where byte == 10 { line += 1 }
        return line
    }
}
