import Foundation
import PTCEModel

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
