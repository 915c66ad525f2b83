public import Foundation
import PTCEModel

/// The same batch ranked twice — under the base rules and under an alternative (other
/// parameter values, or another criteria file) — and what changes for each application: who
/// enters and who leaves the funded list, rank moves, status changes and the points each
/// criterion gives. Pure values, computed from two ``RankedBatch``es of the same files.
public struct RankingComparison: Sendable {
    /// Where an application stands in one ranking.
    public struct Standing: Sendable, Hashable {
        /// Its verdict (eligible, below threshold…); `awaitingMarks` is told apart.
        public var status: Status
        /// Awaiting the jury's marks (with `--marks`), so not ranked.
        public var awaitingMarks: Bool
        /// Its rank among the eligible, from 1; nil when not ranked.
        public var rank: Int?
        /// Whether the funding walk funds it.
        public var funded: Bool
        /// The amount awarded (0 when not funded).
        public var award: Decimal
        /// Its total points.
        public var total: Decimal
        /// Points by criterion id (nil when undetermined); scores only.
        public var points: [String: Decimal?]
    }

    /// How an application's funding changes from the base to the alternative.
    public enum Movement: String, Sendable, Codable, CaseIterable {
        /// Not funded in the base, funded in the alternative.
        case enters
        /// Funded in the base, not in the alternative.
        case leaves
        /// Funded in both.
        case staysFunded
        /// Funded in neither.
        case staysOut
    }

    /// A criterion whose points differ for one application.
    public struct PointChange: Sendable, Hashable {
        /// The criterion's id.
        public var criterion: String
        /// Points in the base; nil when the base has no such score or cannot compute it.
        public var before: Decimal?
        /// Points in the alternative; nil likewise.
        public var after: Decimal?
        /// Whether the base's rules have this score.
        public var inBase: Bool
        /// Whether the alternative's rules have this score.
        public var inAlternative: Bool
    }

    /// One application in both rankings.
    public struct Row: Sendable {
        /// The application file.
        public var file: String
        /// The PTCE's name.
        public var name: String
        /// Where it stands under each set of rules.
        public var base: Standing
        public var alternative: Standing
        /// How its funding changes.
        public var movement: Movement
        /// Scores whose points differ, in criteria order (base's, then the alternative's own).
        public var pointChanges: [PointChange]

        /// Rank moves up by a positive number (nil unless ranked in both).
        public var rankChange: Int? {
            guard let before = base.rank, let after = alternative.rank else { return nil }
            return before - after
        }

        /// Whether anything a jury reads differs: funding, rank, status or points.
        public var changed: Bool {
            base.funded != alternative.funded || base.rank != alternative.rank || base.status != alternative.status
                || base.awaitingMarks != alternative.awaitingMarks || !pointChanges.isEmpty
        }
    }

    /// One score across the batch: how many applications' points it changes, and by how much.
    public struct CriterionShift: Sendable {
        /// The criterion's id.
        public var criterion: String
        /// Its weight in the base and in the alternative (nil where it is absent).
        public var weightBefore: Decimal?
        public var weightAfter: Decimal?
        /// Applications whose points on it differ.
        public var applications: Int
        /// Sum of the point changes over those applications (absent or undetermined counts as 0).
        public var totalChange: Decimal
    }

    /// How the funding walk ends under one set of rules.
    public struct FundingTotals: Sendable, Hashable {
        /// Applications ranked and funded.
        public var ranked: Int
        public var funded: Int
        /// Euros awarded and left.
        public var used: Decimal
        public var remainder: Decimal
    }

    /// The rule and parameter differences that cause the changes.
    public var diff: CriteriaDiff
    /// Every evaluated application, the ones whose funding changes first (entering, then
    /// leaving), then by alternative rank, then by file.
    public var rows: [Row]
    /// Scores whose points change for at least one application.
    public var shifts: [CriterionShift]
    /// The funding under each set of rules.
    public var baseFunding: FundingTotals
    public var alternativeFunding: FundingTotals

    /// Applications entering the funded list.
    public var entering: [Row] { rows.filter { $0.movement == .enters } }
    /// Applications leaving the funded list.
    public var leaving: [Row] { rows.filter { $0.movement == .leaves } }
    /// Applications whose rank, status or points change but whose funding does not.
    public var moved: [Row] { rows.filter { ($0.movement == .staysFunded || $0.movement == .staysOut) && $0.changed } }

    /// Compares `base` with `alternative`, two rankings of the same files.
    public init(base: RankedBatch, alternative: RankedBatch, diff: CriteriaDiff) {
        self.diff = diff
        let before = RankingComparison.standings(base)
        let after = RankingComparison.standings(alternative)
        let scoreIDs = RankingComparison.scoreIDs(base.criteria, alternative.criteria)
        let baseScores = Set(base.criteria.criteria.filter { $0.kind == .score }.map(\.id))
        let alternativeScores = Set(alternative.criteria.criteria.filter { $0.kind == .score }.map(\.id))
        var rows: [Row] = []
        for summary in base.evaluatedInReportOrder {
            guard let old = before[summary.file], let new = after[summary.file] else { continue }
            let changes = scoreIDs.compactMap { id -> PointChange? in
                let a = old.points[id] ?? nil
                let b = new.points[id] ?? nil
                let inBase = baseScores.contains(id)
                let inAlternative = alternativeScores.contains(id)
                guard a != b || inBase != inAlternative else { return nil }
                return PointChange(criterion: id, before: a, after: b, inBase: inBase, inAlternative: inAlternative)
            }
            let movement: Movement =
                switch (old.funded, new.funded) {
                case (false, true): .enters
                case (true, false): .leaves
                case (true, true): .staysFunded
                case (false, false): .staysOut
                }
            rows.append(
                Row(
                    file: summary.file, name: summary.name, base: old, alternative: new, movement: movement,
                    pointChanges: changes))
        }
        let weight: [Movement: Int] = [.enters: 0, .leaves: 1, .staysFunded: 2, .staysOut: 2]
        rows.sort { a, b in
            if weight[a.movement]! != weight[b.movement]! { return weight[a.movement]! < weight[b.movement]! }
            switch (a.alternative.rank, b.alternative.rank) {
            case (let x?, let y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.file < b.file
            }
        }
        self.rows = rows
        shifts = scoreIDs.compactMap { id -> CriterionShift? in
            let changed = rows.compactMap { row in row.pointChanges.first { $0.criterion == id } }
            guard !changed.isEmpty else { return nil }
            let sum = changed.map { ($0.after ?? 0) - ($0.before ?? 0) }.reduce(0, +)
            return CriterionShift(
                criterion: id, weightBefore: base.criteria.criteria.first { $0.id == id }?.weight,
                weightAfter: alternative.criteria.criteria.first { $0.id == id }?.weight, applications: changed.count,
                totalChange: sum)
        }
        baseFunding = RankingComparison.totals(base)
        alternativeFunding = RankingComparison.totals(alternative)
    }

    /// Score ids in the base's order, then the alternative's own.
    static func scoreIDs(_ base: CriteriaFile, _ alternative: CriteriaFile) -> [String] {
        let first = base.criteria.filter { $0.kind == .score }.map(\.id)
        return first + alternative.criteria.filter { $0.kind == .score && !first.contains($0.id) }.map(\.id)
    }

    static func totals(_ batch: RankedBatch) -> FundingTotals {
        FundingTotals(
            ranked: batch.ranking.count, funded: batch.funding.awards.filter { $0.decision == .funded }.count,
            used: batch.funding.used, remainder: batch.funding.remainder)
    }

    /// Each evaluated application's standing, by file.
    static func standings(_ batch: RankedBatch) -> [String: Standing] {
        var standings: [String: Standing] = [:]
        let awards = Dictionary(batch.funding.awards.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        let ranks = Dictionary(batch.ranking.enumerated().map { ($1.file, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        let pending = Set(batch.pendingMarks.map(\.file))
        for summary in batch.evaluatedInReportOrder {
            let award = awards[summary.file]
            var points: [String: Decimal?] = [:]
            for result in summary.evaluation.results where result.criterion.kind == .score {
                points[result.id] = .some(result.points)
            }
            standings[summary.file] = Standing(
                status: summary.status, awaitingMarks: pending.contains(summary.file), rank: ranks[summary.file],
                funded: award?.decision == .funded, award: award?.decision == .funded ? award?.award ?? 0 : 0,
                total: summary.evaluation.total, points: points)
        }
        return standings
    }
}
