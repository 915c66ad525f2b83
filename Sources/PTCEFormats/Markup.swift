/// Text placed in HTML or XML: the one escaper of every markup `ptce` writes — the HTML report
/// (templates and charts) and the XML mark sheets.
public enum Markup {
    private static let escaper = ASCIIEscaper(["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"])

    /// `text` with `< > & " '` written as references, safe in element content and in quoted
    /// attribute values alike. Works on UTF-8 bytes: a combining mark after a quote cannot hide it.
    public static func escape(_ text: String) -> String { escaper(text) }
}
