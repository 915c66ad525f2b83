extension CompiledTemplate {
    /// Parses a template's UTF-8 bytes into nodes with swift-mustache's rules (its
    /// `Template+Parser.swift`), which differ from the Mustache specification in places the
    /// output depends on, kept here on purpose:
    /// - a line's leading spaces and tabs are held back and written with the next text or
    ///   variable; a standalone section tag, comment or pragma drops them with its line end;
    /// - after a section, whether the next line starts fresh is decided by the section's
    ///   opening tag, not its closing tag;
    /// - a comment or pragma that is not standalone keeps the held-back spaces for what follows.
    struct Parser {
        let bytes: [UInt8]
        let contentTypes: [String: Escaper]
        var position = 0

        init(bytes: [UInt8], contentTypes: [String: Escaper]) {
            self.bytes = bytes
            self.contentTypes = contentTypes
        }

        private static let open = UInt8(ascii: "{")
        private static let close = UInt8(ascii: "}")

        var atEnd: Bool { position >= bytes.count }

        /// The nodes up to the end of the template (`section` nil) or to `{{/section}}`.
        mutating func block(newLine startsLine: Bool, section: String?) throws -> [Node] {
            var nodes: [Node] = []
            var newLine = startsLine
            var spaces: [UInt8] = []
            while !atEnd {
                if newLine { spaces = readSpacesAndTabs() }
                let (text, foundTag) = readText()
                if let length = newlineLength(at: position), !foundTag {
                    nodes.append(.text(spaces + text + bytes[position..<(position + length)]))
                    position += length
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(spaces + text))
                    spaces = []
                    newLine = false
                }
                guard foundTag, !atEnd else { break }
                var nextLineFresh = false
                let kind = bytes[position]
                switch kind {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    position += 1
                    let name = try readName()
                    let standalone = newLine && lineFinished()
                    if standalone {
                        nextLineFresh = true
                    } else if !spaces.isEmpty {
                        nodes.append(.text(spaces))
                        spaces = []
                    }
                    let children = try block(newLine: standalone, section: name)
                    nodes.append(.section(Self.name(name), inverted: kind == UInt8(ascii: "^"), children))
                case UInt8(ascii: "/"):
                    position += 1
                    let start = position
                    let name = try readName()
                    guard name == section else { throw ParseError(message: "section closed with the wrong name", offset: start) }
                    if !(newLine && lineFinished()), !spaces.isEmpty { nodes.append(.text(spaces)) }
                    return nodes
                case UInt8(ascii: "!"):
                    position += 1
                    try skipComment()
                    nextLineFresh = newLine && lineFinished()
                case UInt8(ascii: "%"):
                    position += 1
                    nodes.append(.contentType(try readPragma()))
                    nextLineFresh = newLine && lineFinished()
                case UInt8(ascii: "{"), UInt8(ascii: "&"):
                    if !spaces.isEmpty {
                        nodes.append(.text(spaces))
                        spaces = []
                    }
                    position += 1
                    let name = try readName()
                    if kind == Self.open {
                        guard !atEnd, bytes[position] == Self.close else {
                            throw ParseError(message: "unfinished name", offset: position)
                        }
                        position += 1
                    }
                    nodes.append(.variable(Self.name(name), escaped: false))
                case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="):
                    throw ParseError(message: "partials, inheritance and delimiter changes are not supported", offset: position)
                default:
                    if !spaces.isEmpty {
                        nodes.append(.text(spaces))
                        spaces = []
                    }
                    let name = try readName()
                    nodes.append(.variable(Self.name(name), escaped: true))
                }
                newLine = nextLineFresh
            }
            guard section == nil else { throw ParseError(message: "section not closed", offset: position) }
            return nodes
        }

        /// Text up to a tag's `{{` (consumed; `foundTag` true), a line end (not consumed) or the end.
        private mutating func readText() -> (text: [UInt8], foundTag: Bool) {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x0A || (byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A) {
                    return (Array(bytes[start..<position]), false)
                }
                if byte == Self.open, position + 1 < bytes.count, bytes[position + 1] == Self.open {
                    let text = Array(bytes[start..<position])
                    position += 2
                    return (text, true)
                }
                position += 1
            }
            return (Array(bytes[start..<position]), false)
        }

        private mutating func readSpacesAndTabs() -> [UInt8] {
            let start = position
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            return Array(bytes[start..<position])
        }

        /// The length of the line end at `index` as the text reader stops at it: `\n` or `\r\n`.
        private func newlineLength(at index: Int) -> Int? {
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x0A { return 1 }
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return 2 }
            return nil
        }

        /// Any character Swift counts as a line end (`Character.isNewline`), which is what ends
        /// a standalone tag's line: `\n`, `\r\n`, `\r`, VT, FF, NEL, LS, PS.
        private func anyNewlineLength(at index: Int) -> Int? {
            if let length = newlineLength(at: index) { return length }
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case 0x0D, 0x0B, 0x0C: return 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return 3
            default: return nil
            }
        }

        /// True, past the line end, when nothing but spaces and tabs follow on the line (or the
        /// template ends).
        private mutating func lineFinished() -> Bool {
            if atEnd { return true }
            var index = position
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard let length = anyNewlineLength(at: index) else { return false }
            position = index + length
            return true
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"):
                true
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "("),
                UInt8(ascii: ")"):
                true
            default: false
            }
        }

        private mutating func skipSpaces() {
            while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        }

        private mutating func expectEnd() throws {
            guard position + 1 < bytes.count, bytes[position] == Self.close, bytes[position + 1] == Self.close else {
                throw ParseError(message: "unfinished tag", offset: position)
            }
            position += 2
        }

        /// A tag's name up to and including its `}}`.
        private mutating func readName() throws -> String {
            skipSpaces()
            let start = position
            while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
            let name = String(decoding: bytes[start..<position], as: UTF8.self)
            skipSpaces()
            try expectEnd()
            if name.contains("(") || name.contains(")") {
                throw ParseError(message: "transforms are not supported", offset: start)
            }
            return name
        }

        private mutating func skipComment() throws {
            while position + 1 < bytes.count {
                if bytes[position] == Self.close, bytes[position + 1] == Self.close {
                    position += 2
                    return
                }
                position += 1
            }
            throw ParseError(message: "comment not closed", offset: position)
        }

        /// `{{% CONTENT_TYPE: NAME}}` after its `%`.
        private mutating func readPragma() throws -> Escaper {
            func word() -> String {
                let start = position
                while position < bytes.count, Self.isNameByte(bytes[position]), bytes[position] != UInt8(ascii: "("),
                    bytes[position] != UInt8(ascii: ")")
                {
                    position += 1
                }
                return String(decoding: bytes[start..<position], as: UTF8.self)
            }
            skipSpaces()
            let variable = word()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw ParseError(message: "pragma without a colon", offset: position)
            }
            position += 1
            skipSpaces()
            let value = word()
            skipSpaces()
            try expectEnd()
            guard variable == "CONTENT_TYPE", let escaper = contentTypes[value] else {
                throw ParseError(message: "unknown pragma \(variable): \(value)", offset: position)
            }
            return escaper
        }

        /// A name as the library reads it: `.`, or no part at all (`{{}}`, `{{..}}`), is the
        /// current object.
        static func name(_ text: String) -> Name {
            let parts = text.split(separator: ".").map(String.init)
            guard !parts.isEmpty else { return Name(scope: .current, parts: []) }
            return Name(scope: text.hasPrefix(".") ? .top : .stack, parts: parts)
        }
    }
}
