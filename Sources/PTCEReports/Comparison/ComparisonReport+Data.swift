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

/// The JSON form of a comparison.
struct ComparisonJSON: Encodable {
    struct Standing: Encodable {
        var status: String
        var awaitingMarks: Bool
        var rank: Int?
        var funded: Bool
        var award: Decimal
        var total: Decimal

        init(_ standing: RankingComparison.Standing) {
            status = standing.status.rawValue
            awaitingMarks = standing.awaitingMarks
            rank = standing.rank
            funded = standing.funded
            award = standing.award
            total = standing.total
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(awaitingMarks, forKey: .awaitingMarks)
            try container.encode(rank, forKey: .rank)
            try container.encode(funded, forKey: .funded)
            try container.encode(award, forKey: .award)
            try container.encode(total, forKey: .total)
        }

        enum CodingKeys: String, CodingKey { case status, awaitingMarks, rank, funded, award, total }
    }

    struct PointChange: Encodable {
        var criterion: String
        var title: Localized
        var before: Decimal?
        var after: Decimal?
        var inBase: Bool
        var inAlternative: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(criterion, forKey: .criterion)
            try container.encode(title, forKey: .title)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
            try container.encode(inBase, forKey: .inBase)
            try container.encode(inAlternative, forKey: .inAlternative)
        }

        enum CodingKeys: String, CodingKey { case criterion, title, before, after, inBase, inAlternative }
    }

    struct Application: Encodable {
        var file: String
        var name: String
        var movement: String
        var rankChange: Int?
        var base: Standing
        var alternative: Standing
        var pointChanges: [PointChange]
    }

    struct Shift: Encodable {
        var criterion: String
        var title: Localized
        var weightBefore: Decimal?
        var weightAfter: Decimal?
        var applications: Int
        var totalChange: Decimal
    }

    struct Funding: Encodable {
        var ranked: Int
        var funded: Int
        var used: Decimal
        var remainder: Decimal

        init(_ totals: RankingComparison.FundingTotals) {
            ranked = totals.ranked
            funded = totals.funded
            used = totals.used
            remainder = totals.remainder
        }
    }

    var format = "ptce-comparison"
    var formatVersion = 1
    var asOf: String
    var tool: String
    var base: DiffJSON.Side
    var alternative: DiffJSON.Side
    var funding: [String: Funding]
    var counts: [String: Int]
    var applications: [Application]
    var criteria: [Shift]
    var differences: [DiffJSON.Change]

    init(comparison: RankingComparison, diff: DiffJSON, asOf: String, tool: String) {
        self.asOf = asOf
        self.tool = tool
        base = diff.base
        alternative = diff.alternative
        differences = diff.changes
        funding = ["base": Funding(comparison.baseFunding), "alternative": Funding(comparison.alternativeFunding)]
        counts = [
            "entering": comparison.entering.count, "leaving": comparison.leaving.count, "moved": comparison.moved.count,
            "applications": comparison.rows.count,
        ]
        applications = comparison.rows.map { row in
            Application(
                file: row.file, name: row.name, movement: row.movement.rawValue, rankChange: row.rankChange,
                base: Standing(row.base), alternative: Standing(row.alternative),
                pointChanges: row.pointChanges.map { change in
                    PointChange(
                        criterion: change.criterion, title: comparison.diff.title(of: change.criterion), before: change.before,
                        after: change.after, inBase: change.inBase, inAlternative: change.inAlternative)
                })
        }
        criteria = comparison.shifts.map { shift in
            Shift(
                criterion: shift.criterion, title: comparison.diff.title(of: shift.criterion), weightBefore: shift.weightBefore,
                weightAfter: shift.weightAfter, applications: shift.applications, totalChange: shift.totalChange)
        }
    }

    /// Sorted keys, two-space indentation, slashes as they are: the same value gives the same text.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
