/// A minimal XML writer: escaped text and attributes, characters XML 1.0 forbids dropped.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String>, empty: Bool = false) {
        open(name, attributes: attributes.map { ($0.key, $0.value) }, empty: empty)
    }

    /// Opens `name` with attributes built at run time, in the order given.
    mutating func open(_ name: String, attributes: [(String, String)], empty: Bool = false) {
        text += String(repeating: "  ", count: depth) + "<" + name + render(attributes) + (empty ? "/>\n" : ">\n")
        if !empty { depth += 1 }
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += String(repeating: "  ", count: depth) + "</\(name)>\n"
    }

    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>, text content: String) {
        text += String(repeating: "  ", count: depth) + "<" + name + render(attributes.map { ($0.key, $0.value) }) + ">"
        text += Self.escape(content, quotes: false) + "</\(name)>\n"
    }

    private func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(Self.escape($0.1, quotes: true))\"" }.joined()
    }

    /// `text` with `&`, `<`, `>` (and in attributes `"`, tab, CR and LF) escaped, and the
    /// characters XML 1.0 does not allow (C0 controls but tab, CR, LF; U+FFFE, U+FFFF) dropped.
    static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\n" where quotes: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where quotes: out += "&#9;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
