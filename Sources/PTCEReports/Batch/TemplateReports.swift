public import Foundation
import Mustache
import PTCEEngine
import PTCEModel

/// A template rendered in three parts around its `{{#cards}}` section: the head, then each
/// card on its own, then the tail. Only one card's view exists at a time, so the report's
/// size does not decide the memory used. The bytes are those of rendering the whole template.
struct StreamedTemplate {
    let head: MustacheTemplate
    let card: MustacheTemplate
    let tail: MustacheTemplate

    /// `html` escapes `{{values}}` with ``FastHTML``, not the library's own escaping.
    init(_ source: String, html: Bool = false) throws {
        let open = "{{#cards}}\n"
        let close = "{{/cards}}\n"
        guard let start = source.range(of: open), let end = source.range(of: close, range: start.upperBound..<source.endIndex)
        else { throw CocoaError(.formatting) }
        let pragma = html ? FastHTML.pragma : ""
        head = try MustacheTemplate(string: pragma + source[..<start.lowerBound])
        card = try MustacheTemplate(string: pragma + source[start.upperBound..<end.lowerBound])
        tail = try MustacheTemplate(string: pragma + source[end.upperBound...])
    }

    /// One card: its own values, with the report's shared wording.
    func render(card: [String: Any], shared: [String: Any]) -> String {
        self.card.render(card.merging(shared) { mine, _ in mine })
    }

    /// Renders `view`, then each application's card (from `context`'s spool when the batch
    /// rendered it there), then the tail.
    func write(
        view: [String: Any], context: ReportContext, format: ReportFormat,
        card: (ApplicationSummary) throws -> String, emit: ([UInt8]) throws -> Void
    ) throws {
        try emit(Array(head.render(view).utf8))
        for summary in context.batch.evaluatedInReportOrder {
            try emit(try context.spool?.part(summary.file, format) ?? Array(card(summary).utf8))
        }
        try emit(Array(tail.render(view).utf8))
    }
}

/// HTML escaping for the templates, the same five characters as the library's (`< > & " '`),
/// done on UTF-8 bytes: the library's character-by-character escaping took a tenth of a batch's
/// time. A template opts in with ``pragma``.
struct FastHTML: MustacheContentType {
    private static let escaper = ASCIIEscaper(["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"])

    func escapeText(_ text: String) -> String { FastHTML.escaper(text) }

    /// The template pragma selecting this content type, registered on first use.
    static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: PTCE_HTML}}"
    }

    private static let registered: Void = MustacheContentTypes.register(FastHTML(), named: "PTCE_HTML")
}

extension ReportRenderer {
    /// `render` for streamed formats: collects what `write` would emit.
    func collect(_ write: (([UInt8]) throws -> Void) throws -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write { bytes += $0 }
        return bytes
    }
}

/// One self-contained HTML file: inline CSS, inline SVG charts, no script, no network.
public struct HTMLReport: ReportRenderer {
    public init() {}
    public var fileName: String { "report.html" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, emit: $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: $0) }
    }

    private func write(_ context: ReportContext, emit: ([UInt8]) throws -> Void) throws {
        let builder = ReportView(context)
        var view = builder.build()
        let batch = context.batch
        let evaluated = batch.evaluatedInReportOrder
        view["distributionChart"] = Charts.distribution(
            evaluated, maximum: evaluated.first?.evaluation.maximum ?? 100, language: context.language)
        view["fundingChart"] = Charts.funding(batch, language: context.language)
        let template = try StreamedTemplate(Templates.html, html: true)
        let cards = builder.cards
        try template.write(view: view, context: context, format: .html, card: { HTMLReport.card($0, view: cards, template: template) }, emit: emit)
    }

    /// One application's card, with its breakdown chart.
    static func card(_ summary: ApplicationSummary, view: CardView, template: StreamedTemplate) -> String {
        var card = view.build(summary)
        card["breakdownChart"] = Charts.breakdown(summary, scores: view.scores, language: view.language)
        return template.render(card: card, shared: view.shared)
    }
}

/// Markdown for quick reading (GitHub-flavoured tables).
public struct MarkdownReport: ReportRenderer {
    public init() {}

    /// Makes applicant-supplied text inert in Markdown: HTML is written as entities, Markdown
    /// punctuation is backslash-escaped, and line breaks become spaces (they would end a table row).
    static func escape(_ text: String) -> String { markdownEscaper(text) }

    private static let markdownEscaper = ASCIIEscaper(
        [
            "<": "&lt;", ">": "&gt;", "&": "&amp;", "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[",
            "]": "\\]", "|": "\\|", "#": "\\#", "!": "\\!", "\n": " ", "\r": " ",
        ])

    public var fileName: String { "report.md" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, emit: $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: $0) }
    }

    private func write(_ context: ReportContext, emit: ([UInt8]) throws -> Void) throws {
        let builder = ReportView(context, cell: MarkdownReport.escape)
        let template = try StreamedTemplate(Templates.markdown)
        let cards = builder.cards
        try template.write(
            view: builder.build(), context: context, format: .md,
            card: { MarkdownReport.card($0, view: cards, template: template) }, emit: emit)
    }

    /// One application's card.
    static func card(_ summary: ApplicationSummary, view: CardView, template: StreamedTemplate) -> String {
        template.render(card: view.build(summary), shared: view.shared)
    }
}
