import PTCEFormats

/// HTML escaping for the report templates with ``Markup/escape(_:)``, the escaper of every HTML
/// and XML output, on UTF-8 bytes: the library's character-by-character escaping took a tenth
/// of a batch's time, and let a quote followed by a combining mark through. A template opts in
/// with ``pragma``; ``CompiledTemplate`` is given it under ``name``.
enum FastHTML {
    static let name = "PTCE_HTML"

    /// The template pragma selecting this content type.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    static let escaper: CompiledTemplate.Escaper = { text, output in output.append(contentsOf: Markup.escape(text).utf8) }
}
