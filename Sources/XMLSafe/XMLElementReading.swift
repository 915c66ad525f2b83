/// What a decoder reads of an element: its name, namespace, line, attributes, children and
/// text. Both the copied tree (``XMLElement``) and the in-place view of a document still held
/// by libxml2 (``XMLNodeView``) provide it, so one decoder serves both.
public protocol XMLElementReading {
    /// Local name, without prefix.
    var name: String { get }
    /// Namespace URI, if any.
    var namespace: String? { get }
    /// 1-based line where the element starts.
    var line: Int { get }
    /// True when the local name is `name` (compared without building a String where possible).
    func hasName(_ name: String) -> Bool
    /// The value of the attribute with this local name (the last one, if several share it).
    func attribute(_ name: String) -> String?
    /// The first child element with this local name.
    func child(_ name: String) -> Self?
    /// Every child element with this local name, in document order.
    func children(_ name: String) -> [Self]
    /// The element's own text with leading and trailing white space removed.
    var trimmedText: String { get }
}

extension XMLElementReading {
    /// The trimmed text of the first child with this name, or nil if absent or empty.
    public func childText(_ name: String) -> String? {
        guard let text = child(name)?.trimmedText, !text.isEmpty else { return nil }
        return text
    }
}
