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

    init(_ source: String) throws {
        let open = "{{#cards}}\n"
        let close = "{{/cards}}\n"
        guard let start = source.range(of: open), let end = source.range(of: close, range: start.upperBound..<source.endIndex)
        else { throw CocoaError(.formatting) }
        head = try MustacheTemplate(string: String(source[..<start.lowerBound]))
        card = try MustacheTemplate(string: String(source[start.upperBound..<end.lowerBound]))
        tail = try MustacheTemplate(string: String(source[end.upperBound...]))
    }

    /// One card: its own values, with the report's shared wording.
    func render(card: [String: Any], shared: [String: Any]) -> String {
        self.card.render(card.merging(shared) { mine, _ in mine })
    }

    /// Renders `view`, then each application's card (from `context`'s spool when the batch
    /// rendered it there), then the tail.
    func write(
        view: [String: Any], context: ReportContext, format: ReportFormat,
        card: (ApplicationSummary) throws -> String, emit: (String) throws -> Void
    ) throws {
        try emit(head.render(view))
        for summary in context.batch.evaluatedInReportOrder {
            try emit(try context.spool?.part(summary.file, format) ?? card(summary))
        }
        try emit(tail.render(view))
    }
}

extension ReportRenderer {
    /// `render` for streamed formats: collects what `write` would emit.
    func collect(_ write: ((String) throws -> Void) throws -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write { bytes += Array($0.utf8) }
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
        try write(context) { try handle.write(contentsOf: Array($0.utf8)) }
    }

    private func write(_ context: ReportContext, emit: (String) throws -> Void) throws {
        let builder = ReportView(context)
        var view = builder.build()
        let batch = context.batch
        let evaluated = batch.evaluatedInReportOrder
        view["distributionChart"] = Charts.distribution(
            evaluated, maximum: evaluated.first?.evaluation.maximum ?? 100, language: context.language)
        view["fundingChart"] = Charts.funding(batch, language: context.language)
        let template = try StreamedTemplate(Templates.html)
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
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!": result += "\\\(character)"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    public var fileName: String { "report.md" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, emit: $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: Array($0.utf8)) }
    }

    private func write(_ context: ReportContext, emit: (String) throws -> Void) throws {
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
