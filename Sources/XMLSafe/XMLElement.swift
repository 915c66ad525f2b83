/// An element of a parsed document, copied out of libxml2 into plain Swift values.
///
/// The C document is freed before this value is returned: nothing here points into C memory.
public struct XMLElement: Sendable, Hashable {
    /// Local name, without prefix.
    public var name: String
    /// Namespace URI, if any.
    public var namespace: String?
    /// Attributes by local name (the formats read here use unqualified attributes).
    public var attributes: [String: String]
    /// Child elements in document order.
    public var children: [XMLElement]
    /// The element's own text (direct text and CDATA children, concatenated).
    public var text: String
    /// 1-based line where the element starts.
    public var line: Int

    public init(
        name: String, namespace: String? = nil, attributes: [String: String] = [:],
        children: [XMLElement] = [], text: String = "", line: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
    }

    /// The first child element with this local name.
    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// Every child element with this local name.
    public func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The element's text with leading and trailing white space removed.
    public var trimmedText: String { Self.trimmed(text) }

    /// `text` with leading and trailing white space removed.
    static func trimmed(_ text: String) -> String {
        // Most values have no space around them: two byte tests instead of Unicode lookups.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return text
        }
        var scalars = Substring(text)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
