import Foundation
public import PTCEEngine
public import PTCEModel

/// The "what if" report beside the jury report: `comparaison.html`, `.md`, `.json`, `.csv`.
public struct ComparisonReport: Sendable {
    public var comparison: RankingComparison
    public var language: Language
    /// The report's date, `YYYY-MM-DD`.
    public var asOf: String
    public var toolVersion: String
    public var csvSeparator: String

    public init(
        comparison: RankingComparison, language: Language, asOf: String, toolVersion: String, csvSeparator: String = ";"
    ) {
        self.comparison = comparison
        self.language = language
        self.asOf = asOf
        self.toolVersion = toolVersion
        self.csvSeparator = csvSeparator
    }

    /// The file written for `format` in the output folder.
    public static func fileName(_ format: ReportFormat) -> String { "comparaison.\(format.rawValue)" }

    /// The file's bytes in `format`; the same comparison always gives the same bytes.
    public func render(_ format: ReportFormat) throws -> [UInt8] {
        switch format {
        case .html: Array(html.utf8)
        case .md: Array(markdown.utf8)
        case .json: Array(try json.utf8)
        case .csv: try csv
        }
    }

    var view: ComparisonView { ComparisonView(comparison: comparison, language: language) }
    private var colon: String { language == .fr ? " : " : ": " }
    private var footer: String {
        "\(ComparisonLabel.generated(language)) ptce \(toolVersion) — \(asOf)"
    }

    public var markdown: String {
        let view = self.view
        var lines = ["# \(ComparisonLabel.title(language))", ""]
        for side in view.sides { lines.append("- **\(side.label)**\(colon)\(MarkdownTable.escape(side.text))") }
        for section in view.sections {
            lines += ["", "## \(section.title)", ""]
            lines += MarkdownTable.lines(section.table)
        }
        lines += ["", "*\(MarkdownTable.escape(footer))*"]
        return lines.joined(separator: "\n") + "\n"
    }

    public var html: String {
        let view = self.view
        let title = HTMLTable.escape(ComparisonLabel.title(language))
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(ComparisonReport.style)
            </style>
            </head>
            <body>
            <h1>\(title)</h1>
            <dl class="sides">

            """
        for side in view.sides {
            html += "<dt>\(HTMLTable.escape(side.label))</dt><dd>\(HTMLTable.escape(side.text))</dd>\n"
        }
        html += "</dl>\n<nav><ol>\n"
        for section in view.sections {
            html += "<li><a href=\"#\(section.id)\">\(HTMLTable.escape(section.title))</a></li>\n"
        }
        html += "</ol></nav>\n"
        for section in view.sections {
            html += "<section id=\"\(section.id)\">\n<h2>\(HTMLTable.escape(section.title))</h2>\n"
            html += HTMLTable.html(section.table)
            html += "</section>\n"
        }
        html += "<footer>\(HTMLTable.escape(footer))</footer>\n</body>\n</html>\n"
        return html
    }

    static let style = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1d1d1f; margin: 2em auto; max-width: 1100px; padding: 0 1em; line-height: 1.4; }
        h1 { font-size: 1.6em; } h2 { border-bottom: 2px solid #1b6ca8; padding-bottom: .2em; margin-top: 1.6em; }
        dl.sides { display: grid; grid-template-columns: max-content 1fr; gap: .3em 1em; } dt { font-weight: bold; } dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: .9em; }
        th, td { border: 1px solid #ccc; padding: .3em .45em; text-align: left; vertical-align: top; }
        th { background: #eef3f8; } td.num, th.num { text-align: right; } td.num { white-space: nowrap; }
        td:first-child { min-width: 8em; } td:last-child { min-width: 12em; }
        #entering h2 { border-color: #2a7a44; } #leaving h2 { border-color: #a0223f; }
        #entering tbody tr { background: #f0f8f1; } #leaving tbody tr { background: #fbeef1; }
        .empty { color: #555; font-style: italic; } footer { color: #555; margin-top: 2em; font-size: .85em; }
        @page { size: A4; margin: 1.5cm; }
        @media print { body { margin: 0; max-width: none; } table { font-size: .75em; } td.num { white-space: normal; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } a { color: inherit; text-decoration: none; } }
        """
}
