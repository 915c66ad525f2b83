import Mustache
import PTCEEngine
import PTCEModel

/// Renders a Mustache template over the report view.
private func renderTemplate(_ source: String, view: [String: Any]) throws -> [UInt8] {
    let template = try MustacheTemplate(string: source)
    return Array(template.render(view).utf8)
}

/// One self-contained HTML file: inline CSS, inline SVG charts, no script, no network.
public struct HTMLReport: ReportRenderer {
    public init() {}
    public var fileName: String { "report.html" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        var view = ReportView(context).build()
        let batch = context.batch
        let language = context.language
        let scores = batch.criteria.criteria.filter { $0.kind == .score }
        let evaluated = batch.evaluatedInReportOrder
        view["distributionChart"] = Charts.distribution(
            evaluated, maximum: evaluated.first?.evaluation.maximum ?? 100, language: language)
        view["fundingChart"] = Charts.funding(batch, language: language)
        if var cards = view["cards"] as? [[String: Any]] {
            for index in cards.indices {
                cards[index]["breakdownChart"] = Charts.breakdown(evaluated[index], scores: scores, language: language)
            }
            view["cards"] = cards
        }
        return try renderTemplate(Templates.html, view: view)
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
        let view = ReportView(context, cell: MarkdownReport.escape).build()
        return try renderTemplate(Templates.markdown, view: view)
    }
}
