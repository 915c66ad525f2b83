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

    /// Renders `view`, then each card (with the view's shared wording), then the tail.
    func write(view: [String: Any], cards: some Sequence<[String: Any]>, emit: (String) throws -> Void) throws {
        try emit(head.render(view))
        let shared = view.filter { ["labels", "colon", "semicolon"].contains($0.key) }
        for card in cards {
            try emit(self.card.render(card.merging(shared) { mine, _ in mine }))
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
        let language = context.language
        let scores = batch.criteria.criteria.filter { $0.kind == .score }
        let evaluated = batch.evaluatedInReportOrder
        view["distributionChart"] = Charts.distribution(
            evaluated, maximum: evaluated.first?.evaluation.maximum ?? 100, language: language)
        view["fundingChart"] = Charts.funding(batch, language: language)
        let cards = evaluated.lazy.map { summary in
            var card = builder.card(summary)
            card["breakdownChart"] = Charts.breakdown(summary, scores: scores, language: language)
            return card
        }
        try StreamedTemplate(Templates.html).write(view: view, cards: cards, emit: emit)
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
        let cards = context.batch.evaluatedInReportOrder.lazy.map { builder.card($0) }
        try StreamedTemplate(Templates.markdown).write(view: builder.build(), cards: cards, emit: emit)
    }
}
