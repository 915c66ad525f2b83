public import Foundation
public import PTCEEngine
import PTCEModel

/// One self-contained HTML file: inline CSS, inline SVG charts, no script, no network.
public struct HTMLReport: ReportRenderer {
    public init() {}

    /// Applicant text for HTML: control characters and bidirectional overrides shown visibly
    /// (the template escapes the markup).
    static func cell(_ text: String) -> String { VisibleText.escape(text, lineBreaks: true) }
    public var fileName: String { "report.html" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, emit: $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: $0) }
    }

    private func write(_ context: ReportContext, emit: ([UInt8]) throws -> Void) throws {
        var view = ReportView(context).build()
        let batch = context.batch
        let evaluated = batch.evaluatedInReportOrder
        // Only eligible applications are counted, and the chart says so.
        let eligible = [batch.ranking, batch.belowThreshold, batch.pendingMarks].joined()
        view["distributionChart"] = Charts.distribution(
            eligible, maximum: evaluated.first?.evaluation.maximum ?? 100, language: context.language)
        view["distributionNote"] = ReportLabel.distributionNote(eligible.count)(context.language)
        view["fundingChart"] = Charts.funding(batch, language: context.language)
        let parts = try ApplicationPartRenderer(context)
        // With card pages, the report links to them and holds no card.
        try ReportLayout.html.get().write(
            view: view, applications: context.cardPages ? [[ApplicationSummary]]().joined() : evaluated,
            card: { try parts.part($0, .html, context: context) }, emit: emit)
    }

    /// Beyond this many evaluated applications, the cards are pages of their own: the report
    /// of a large batch stays small enough to open at once (see `Benchmarks/README.md`).
    public static let cardPageThreshold = 300
    /// The folder of the card pages, beside `report.html`.
    public static let pagesFolder = "report-cards"

    /// Whether `batch`'s HTML report writes its cards as pages of their own.
    public static func needsCardPages(_ batch: RankedBatch) -> Bool {
        batch.evaluatedInReportOrder.count > cardPageThreshold
    }

    private static let cardPage = Result {
        try CompiledTemplate(
            FastHTML.pragma + "\n" + ReportTemplates.source("html-card-page"), contentTypes: [FastHTML.name: FastHTML.escaper])
    }

    /// Writes each evaluated application's card as a page of its own, named after its anchor
    /// (`app-….html`), with the report's style and a link back to the report.
    public func writePages(_ context: ReportContext, page: (String, [UInt8]) throws -> Void) throws {
        let parts = try ApplicationPartRenderer(context)
        let template = try HTMLReport.cardPage.get()
        let labels = ReportLabel.templateLabels(context.language, jury: context.batch.jury)
        let title = ReportLabel.title.text(context.language) + " — " + context.batch.criteria.call.title(context.language)
        for summary in context.batch.evaluatedInReportOrder {
            let head = template.render([
                [
                    "lang": context.language.rawValue, "name": HTMLReport.cell(summary.name), "title": title,
                    "style": ReportTemplates.style, "labels": labels,
                ] as [String: Any]
            ])
            let bytes = head + (try parts.part(summary, .html, context: context)) + Array("</body>\n</html>\n".utf8)
            try page(ReportText.anchor(summary.file) + ".html", bytes)
        }
    }
}

extension ReportRenderer {
    /// `render` for streamed formats: collects what `write` would emit.
    func collect(_ write: (([UInt8]) throws -> Void) throws -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write { bytes += $0 }
        return bytes
    }
}
