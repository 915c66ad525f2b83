import Foundation
import PTCEFormats
import PTCEModel

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
