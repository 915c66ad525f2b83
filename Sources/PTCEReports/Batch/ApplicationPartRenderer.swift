public import PTCEEngine
public import PTCEModel

/// Renders the parts of a report that belong to one application and do not depend on the
/// ranking — its HTML card, its Markdown card, its JSON entry — the same way the whole report
/// renders them, so that parts rendered ahead (in a batch's workers) are the report's bytes.
public final class ApplicationPartRenderer: Sendable {
    let html: StreamedTemplate
    let markdown: StreamedTemplate
    /// The cards' builders, built once. Immutable; their escaping functions are pure.
    nonisolated(unsafe) let htmlCards: CardView
    nonisolated(unsafe) let markdownCards: CardView

    public init(language: Language, criteria: CriteriaFile) throws {
        html = try StreamedTemplate(Templates.html, html: true)
        markdown = try StreamedTemplate(Templates.markdown)
        htmlCards = CardView(language: language, criteria: criteria, jury: nil, cell: HTMLReport.cell)
        markdownCards = CardView(language: language, criteria: criteria, jury: nil, cell: MarkdownReport.escape)
    }

    /// `summary`'s part in `format`, or nil for a format without per-application parts (CSV).
    public func render(_ summary: ApplicationSummary, _ format: ReportFormat) throws -> [UInt8]? {
        switch format {
        case .html: Array(HTMLReport.card(summary, view: htmlCards, template: html).utf8)
        case .md: Array(MarkdownReport.card(summary, view: markdownCards, template: markdown).utf8)
        case .json: try JSONReport.entry(summary)
        case .csv: nil
        }
    }
}
