import Foundation
import PTCEFormats
import PTCEModel

/// A table of words, already in the report's language: headers, rows, and what to say when
/// there is no row. The comparison report and the criteria diff are sections of these.
struct ComparisonTable {
    var headers: [String]
    var rows: [[String]]
    /// Shown instead of the table when it has no row.
    var empty: String
    /// Columns (by index) holding numbers, right-aligned in HTML.
    var numeric: Set<Int> = []
}

/// A titled part of the comparison report: an optional paragraph, then a table.
struct ComparisonSection {
    var id: String
    var title: String
    var note: String?
    var table: ComparisonTable
}

/// Markdown tables: every cell's control characters shown, `|` and Markdown's own signs escaped.
enum MarkdownTable {
    static func escape(_ text: String) -> String { MarkdownReport.escape(text) }

    static func lines(_ table: ComparisonTable) -> [String] {
        guard !table.rows.isEmpty else { return [escape(table.empty)] }
        var lines = ["| " + table.headers.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + table.headers.indices.map { table.numeric.contains($0) ? "---:|" : "---|" }.joined())
        for row in table.rows { lines.append("| " + row.map(escape).joined(separator: " | ") + " |") }
        return lines
    }
}

/// HTML tables: every cell escaped, control characters shown.
enum HTMLTable {
    static func escape(_ text: String) -> String { Markup.escape(VisibleText.escape(text, lineBreaks: true)) }

    static func html(_ table: ComparisonTable) -> String {
        guard !table.rows.isEmpty else { return "<p class=\"empty\">\(escape(table.empty))</p>\n" }
        func cells(_ row: [String], tag: String) -> String {
            row.indices.map { index in
                let kind = table.numeric.contains(index) ? " class=\"num\"" : ""
                return "<\(tag)\(kind)>\(escape(row[index]))</\(tag)>"
            }.joined()
        }
        var html = "<table>\n<thead><tr>\(cells(table.headers, tag: "th"))</tr></thead>\n<tbody>\n"
        for row in table.rows { html += "<tr>\(cells(row, tag: "td"))</tr>\n" }
        return html + "</tbody>\n</table>\n"
    }
}
