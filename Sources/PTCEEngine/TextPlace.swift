/// Where a bilingual text sits in a criteria file: its element, and its `<fr>` and `<en>`
/// children when they are present.
///
/// A missing translation is reported on the line of the empty `<fr>` or `<en>`, or, when the
/// child is absent, on the line of the element that should hold it.
public struct TextPlace: Sendable, Hashable {
    /// The line of the element holding the texts (`<title>`, `<label>`…).
    public var line: Int
    /// The line of its `<fr>` child, if any.
    public var fr: Int?
    /// The line of its `<en>` child, if any.
    public var en: Int?

    /// A place from the lines of the element and of its children.
    public init(line: Int, fr: Int? = nil, en: Int? = nil) {
        self.line = line
        self.fr = fr
        self.en = en
    }
}
