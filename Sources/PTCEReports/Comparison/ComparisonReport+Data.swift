import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel

extension ComparisonReport {
    /// One row per evaluated application: funding movement, rank, status, total and award on
    /// each side, and the points that change; UTF-8 with a byte-order mark, like `report.csv`.
    var csv: [UInt8] {
        get throws {
            let view = self.view
            var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
            let writer = ChunkedCSV(separator: csvSeparator, rowsPerChunk: 256) { bytes += $0 }
            let rows = SafeRows(writer: writer)
            let (before, after) = (ComparisonLabel.before(language).lowercased(), ComparisonLabel.after(language).lowercased())
            let l = { (label: ComparisonLabel) in label(language).lowercased() }
            try rows.write(row: [
                l(.file), l(.name), l(.movement), "\(l(.rank)) (\(before))", "\(l(.rank)) (\(after))",
                "\(l(.status)) (\(before))", "\(l(.status)) (\(after))", "\(l(.total)) (\(before))",
                "\(l(.total)) (\(after))", "\(l(.award)) (\(before))", "\(l(.award)) (\(after))", l(.points),
            ])
            let number = { (value: Decimal) in Format.number(value, places: 2, language: language) }
            for row in comparison.rows {
                let (a, b) = (view.standing(row.base), view.standing(row.alternative))
                try rows.write(row: [
                    row.file, row.name, ComparisonLabel.movement(row.movement)(language), a.rank, b.rank, a.status, b.status,
                    number(row.base.total), number(row.alternative.total), number(row.base.award),
                    number(row.alternative.award), view.pointChanges(row),
                ])
            }
            try writer.finish()
            return bytes
        }
    }

    /// `format: ptce-comparison`, `formatVersion: 1`: codes and numbers, words in both languages.
    var json: String {
        get throws {
            let diff = DiffJSON(
                diff: comparison.diff, fr: DiffRows(diff: comparison.diff, language: .fr),
                en: DiffRows(diff: comparison.diff, language: .en))
            return try ComparisonJSON.encode(
                ComparisonJSON(comparison: comparison, diff: diff, asOf: asOf, tool: "ptce \(toolVersion)"))
        }
    }
}
