public import PTCEEngine
public import PTCEModel

/// Renders the parts of a report that belong to one application — its HTML card, its Markdown
/// card, its JSON entry. It is the only code that renders them: a batch's workers call it
/// ahead (see ``ApplicationPartStore``) and the reports call it for every part no store holds,
/// so a part taken from a store has the bytes the report would have rendered.
public final class ApplicationPartRenderer: Sendable {
    /// The cards' builders, built once. Immutable; their escaping functions are pure.
    nonisolated(unsafe) let htmlCards: CardView
    nonisolated(unsafe) let markdownCards: CardView
    let html: ReportLayout
    let markdown: ReportLayout

    /// Parts rendered before the ranking, in a batch's workers: cards without jury marks (a run
    /// with marks renders its cards after the consensus, from ``init(_:)``).
    /// File names are shown relative to `root` (see ``ReportContext/batchFolder(_:)``).
    public convenience init(language: Language, criteria: CriteriaFile, root: String = "") throws {
        try self.init(language: language, criteria: criteria, jury: nil, root: root)
    }

    /// The renderer of `context`'s report: its language, criteria and jury.
    convenience init(_ context: ReportContext) throws {
        try self.init(
            language: context.language, criteria: context.batch.criteria, jury: context.batch.jury, root: context.root)
    }

    init(language: Language, criteria: CriteriaFile, jury: JuryOutcome?, root: String) throws {
        html = try ReportLayout.html.get()
        markdown = try ReportLayout.markdown.get()
        htmlCards = CardView(language: language, criteria: criteria, jury: jury, root: root, cell: HTMLReport.cell)
        markdownCards = CardView(language: language, criteria: criteria, jury: jury, root: root, cell: MarkdownReport.escape)
    }

    /// `summary`'s part in `format`, or nil for a format without per-application parts (CSV).
    public func render(_ summary: ApplicationSummary, _ format: ReportFormat) throws -> [UInt8]? {
        switch format {
        case .html:
            var card = htmlCards.build(summary)
            card["breakdownChart"] = Charts.breakdown(summary, scores: htmlCards.scores, language: htmlCards.language)
            return html.card.render([htmlCards.shared, card])
        case .md:
            let card = markdownCards.build(summary)
            return markdown.card.render([markdownCards.shared, card])
        case .json:
            return JSONReport.entry(summary)
        case .csv:
            return nil
        }
    }

    /// `summary`'s part for `context`'s report: from the context's store when the batch kept
    /// it there (a store without it is an error, never a card rendered from a slimmed
    /// summary), rendered here otherwise.
    func part(_ summary: ApplicationSummary, _ format: ReportFormat, context: ReportContext) throws -> [UInt8] {
        if let spool = context.spool { return try spool.part(summary.file, format) }
        return try render(summary, format) ?? []
    }
}
