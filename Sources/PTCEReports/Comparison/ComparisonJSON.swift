import Foundation
import PTCEEngine
import PTCEModel

/// The JSON form of a comparison.
struct ComparisonJSON: Encodable {
    /// Where an application stands on one side; `rank` is absent when it is not ranked.
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
    }

    /// A score's points on each side; `before` or `after` is absent when that side has no such
    /// score (`inBase`, `inAlternative`) or cannot compute it.
    struct PointChange: Encodable {
        var criterion: String
        var title: Localized
        var before: Decimal?
        var after: Decimal?
        var inBase: Bool
        var inAlternative: Bool
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
