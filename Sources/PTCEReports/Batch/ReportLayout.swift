import PTCEEngine
import PTCEModel

/// The jury report in HTML or Markdown as the sequence of parts it is written in: text
/// templates between the long lists, one row partial per list item, one card per application.
/// Each part is a template of `Sources/PTCEReports/Templates/` rendered on its own and written
/// at once, so a batch of any size is written with bounded memory. Nothing is searched for in
/// rendered text. The templates are parsed once into ``CompiledTemplate``s, which render
/// straight into bytes.
///
/// A text template is named after the report section it opens (`html-funding` closes the
/// ranking table and opens the funding section); a template that stops inside a condition
/// (`{{#hasRanking}}`) closes it on a line of its own, and the next one opens it again, so
/// each file is a whole Mustache template.
struct ReportLayout: Sendable {
    enum Part: Sendable {
        /// A template rendered with the report's view.
        case text(CompiledTemplate)
        /// One row per item of the view's list at `path`, rendered with the item's values over
        /// the view's, only when the view's flag `when` (the section around the list) is true.
        case rows(path: [String], row: CompiledTemplate, when: String?)
        /// Each evaluated application's card, in report order.
        case cards
    }

    let parts: [Part]
    /// The card partial, rendered for one application by ``ApplicationPartRenderer``.
    let card: CompiledTemplate

    /// The layout of the HTML report (`html-*.mustache`), escaped by ``FastHTML``: its pragma
    /// goes on a line of its own, which Mustache drops.
    static let html = Result { try ReportLayout(prefix: "html", contentType: FastHTML.pragma + "\n") }
    /// The layout of the Markdown report (`md-*.mustache`); its values are escaped beforehand.
    static let markdown = Result { try ReportLayout(prefix: "md", contentType: "") }

    /// Both reports' order: the text template that opens each section, then the section's list.
    private static let order: [(text: String, rows: (list: String, row: String, when: String?)?)] = [
        ("head", ("ranking", "ranking-row", "hasRanking")),
        ("funding", ("ranking", "funding-row", "hasRanking")),
        ("below-threshold", ("belowThreshold", "below-threshold-row", nil)),
        ("pending-marks", ("pendingMarks", "pending-marks-row", "juryLoaded")),
        ("ineligible", ("ineligible", "ineligible-row", nil)),
        ("incomplete", ("incomplete", "incomplete-row", nil)),
        ("unreadable", ("unreadable", "unreadable-row", nil)),
        ("duplicates", ("duplicates", "duplicates-row", "hasDuplicates")),
        ("cards", nil),
        ("audit", ("audit.files", "audit-file-row", nil)),
        ("tail", nil),
    ]

    private init(prefix: String, contentType: String) throws {
        func template(_ name: String) throws -> CompiledTemplate {
            try CompiledTemplate(
                contentType + ReportTemplates.source("\(prefix)-\(name)"), contentTypes: [FastHTML.name: FastHTML.escaper])
        }
        var parts: [Part] = []
        for (text, rows) in ReportLayout.order {
            parts.append(.text(try template(text)))
            if let rows {
                let path = rows.list.split(separator: ".").map(String.init)
                parts.append(.rows(path: path, row: try template(rows.row), when: rows.when))
            } else if text == "cards" {
                parts.append(.cards)
            }
        }
        self.parts = parts
        card = try template("card")
    }

    /// Writes the report: each part in order, each application's card from `card`.
    func write(
        view: [String: Any], applications: some Sequence<ApplicationSummary>, card: (ApplicationSummary) throws -> [UInt8],
        emit: ([UInt8]) throws -> Void
    ) throws {
        for part in parts {
            switch part {
            case .text(let template):
                try emit(template.render([view]))
            case .rows(let path, let row, let when):
                if let when, view[when] as? Bool != true { continue }
                let list = path.reduce(view as Any?) { ($0 as? [String: Any])?[$1] }
                let items = (list as? LazyRows).map(AnySequence.init) ?? AnySequence(list as? [Any] ?? [])
                // The row's values over the view's: the row's own first, the view's for the rest.
                for item in items { try emit(row.render([view, item as? [String: Any] ?? [:]])) }
            case .cards:
                for summary in applications { try emit(try card(summary)) }
            }
        }
    }
}
