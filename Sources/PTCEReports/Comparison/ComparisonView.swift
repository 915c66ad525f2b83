import Foundation
import PTCEEngine
import PTCEModel

/// The comparison report as titled tables of words in one language, for HTML and Markdown:
/// the funding under each set of rules, who enters and leaves the funded list, who else moves,
/// the points each criterion moves, and the rule differences behind them.
struct ComparisonView {
    let comparison: RankingComparison
    let language: Language

    private func t(_ label: ComparisonLabel) -> String { label(language) }
    private func points(_ value: Decimal?) -> String {
        value.map { Format.number($0, places: 2, language: language) } ?? "?"
    }
    private func arrow(_ before: String, _ after: String) -> String { before == after ? before : "\(before) → \(after)" }

    var words: DiffRows { DiffRows(diff: comparison.diff, language: language) }

    /// The two sides, in words.
    var sides: [(label: String, text: String)] {
        let diff = comparison.diff
        return [
            (t(.base), words.side(diff.base, values: diff.baseValues)),
            (t(.alternative), words.side(diff.alternative, values: diff.alternativeValues)),
        ]
    }

    var sections: [ComparisonSection] {
        [
            ComparisonSection(id: "funding", title: t(.funding), table: funding),
            ComparisonSection(
                id: "entering", title: t(.entering), table: rows(comparison.entering, empty: .noneEntering)),
            ComparisonSection(id: "leaving", title: t(.leaving), table: rows(comparison.leaving, empty: .noneLeaving)),
            ComparisonSection(id: "moved", title: t(.moved), table: rows(comparison.moved, empty: .noneMoved)),
            ComparisonSection(id: "criteria", title: t(.pointShifts), table: shifts),
            ComparisonSection(id: "why", title: t(.why), table: DiffTable(words: words).table),
        ]
    }

    var funding: ComparisonTable {
        func row(_ label: String, _ totals: RankingComparison.FundingTotals) -> [String] {
            [
                label, "\(totals.ranked)", "\(totals.funded)", Format.euros(totals.used, language: language),
                Format.euros(totals.remainder, language: language),
            ]
        }
        return ComparisonTable(
            headers: ["", t(.ranked), t(.funded), t(.used), t(.remainder)],
            rows: [row(t(.base), comparison.baseFunding), row(t(.alternative), comparison.alternativeFunding)], empty: "",
            numeric: [1, 2, 3, 4])
    }

    func standing(_ standing: RankingComparison.Standing) -> (rank: String, status: String) {
        let rank = standing.rank.map { "\($0)" } ?? t(.rankNone)
        let status = standing.awaitingMarks ? t(.awaitingMarks) : standing.status.label(language)
        return (rank, status)
    }

    /// "« Autofinancement » 12 → 15 ; « Innovation » absent → 3".
    func pointChanges(_ row: RankingComparison.Row) -> String {
        row.pointChanges.map { change in
            let title = comparison.diff.title(of: change.criterion)(language)
            let before = change.inBase ? points(change.before) : t(.absent)
            let after = change.inAlternative ? points(change.after) : t(.absent)
            return (language == .fr ? "« \(title) » " : "“\(title)” ") + "\(before) → \(after)"
        }.joined(separator: language == .fr ? " ; " : "; ")
    }

    func rows(_ rows: [RankingComparison.Row], empty: ComparisonLabel) -> ComparisonTable {
        ComparisonTable(
            headers: [t(.name), t(.file), t(.rank), t(.status), t(.total), t(.award), t(.points)],
            rows: rows.map { row in
                let (a, b) = (standing(row.base), standing(row.alternative))
                return [
                    row.name, row.file, arrow(a.rank, b.rank), arrow(a.status, b.status),
                    arrow(points(row.base.total), points(row.alternative.total)),
                    arrow(
                        Format.euros(row.base.award, language: language), Format.euros(row.alternative.award, language: language)),
                    pointChanges(row),
                ]
            }, empty: t(empty), numeric: [2, 4, 5])
    }

    var shifts: ComparisonTable {
        ComparisonTable(
            headers: [t(.criterion), t(.weightBefore), t(.weightAfter), t(.applications), t(.totalChange)],
            rows: comparison.shifts.map { shift in
                let sign = shift.totalChange > 0 ? "+" : ""
                return [
                    comparison.diff.title(of: shift.criterion)(language), shift.weightBefore.map(points) ?? t(.absent),
                    shift.weightAfter.map(points) ?? t(.absent), "\(shift.applications)", sign + points(shift.totalChange),
                ]
            }, empty: t(.noneMoved), numeric: [1, 2, 3, 4])
    }
}
