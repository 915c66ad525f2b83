public import Foundation

/// What a committee needs to know about the funding line before it decides: why the walk
/// stopped, the applications tied or nearly tied across the line and what orders them, the
/// requests below the line that would fit what remains, and the applications whose side of the
/// line still depends on marks the jury has not given. It decides nothing: ``Funding`` walks
/// the list, this reads the walk.
public struct FundingLine: Sendable {
    /// Why the funding walk stopped where it did.
    public enum Stop: Sendable, Hashable {
        /// Every ranked application was walked: the envelope never fell short.
        case coversAll
        /// The walk stopped at `rank` (1-based): its award, `needed`, exceeds the `remaining` envelope.
        case requestExceedsRemainder(rank: Int, needed: Decimal, remaining: Decimal)
    }

    /// Ranked applications with the same total on both sides of the line, in rank order.
    public struct Tie: Sendable {
        /// Their ranks (1-based, consecutive).
        public var ranks: [Int]
        /// Their common total.
        public var total: Decimal
        /// For each rank but the last, what put it before the next one.
        public var deciders: [RankDecider]
    }

    /// An application near the line whose total the jury may still raise enough to cross it.
    public struct Pending: Sendable {
        /// Its rank (1-based).
        public var rank: Int
        /// Points the jury can still add.
        public var headroom: Decimal
        /// True when it is above the line and could be overtaken, false when below and could enter.
        public var funded: Bool
    }

    /// Why the walk stopped.
    public var stop: Stop
    /// The tie across the line, if the first application below it has the total of one above.
    public var tie: Tie?
    /// The points within which an application counts as near the line.
    public var margin: Decimal
    /// Ranks (1-based) within `margin` points of the other side of the line, not in the tie.
    public var nearLine: [Int]
    /// Ranks (1-based) below the line whose award (capped at the call's maximum, at least its
    /// minimum, within a region cap) fits what remains of the envelope: a committee option,
    /// never funded by the walk.
    public var fitsRemainder: [Int]
    /// Applications on either side of the line whose side depends on marks still to give.
    public var pendingMarks: [Pending]

    /// The smallest difference of totals the summary calls "near" by default: one point.
    public static let defaultMargin: Decimal = 1

    /// Reads the walk of `batch`; `margin` points around the line count as near.
    public init(_ batch: RankedBatch, margin: Decimal = FundingLine.defaultMargin) {
        self.margin = margin
        let funding = batch.funding
        let ranking = batch.ranking
        tie = nil
        nearLine = []
        fitsRemainder = []
        pendingMarks = []
        guard let cutoff = funding.cutoff, cutoff < ranking.count, cutoff < funding.awards.count else {
            stop = .coversAll
            return
        }
        let first = ranking[cutoff]
        let needed = min(funding.awards[cutoff].requested ?? 0, funding.maximumAward)
        stop = .requestExceedsRemainder(rank: cutoff + 1, needed: needed, remaining: funding.remainder)
        // The tie: every ranked application with the total of the first one below the line.
        let line = first.evaluation.total
        let tied = ranking.indices.filter { ranking[$0].evaluation.total == line }
        if let low = tied.first, low < cutoff {
            let keys = batch.criteria.tieBreak
            tie = Tie(
                ranks: tied.map { $0 + 1 }, total: line,
                deciders: zip(tied, tied.dropFirst()).map { RankedBatch.decide(ranking[$0], ranking[$1], keys: keys).by })
        }
        let inTie = Set(tie?.ranks ?? [])
        let funded = ranking.indices.filter { $0 < cutoff && funding.awards[$0].decision == .funded }
        let lastFunded = funded.last.map { ranking[$0].evaluation.total }
        for index in ranking.indices where !inTie.contains(index + 1) {
            let total = ranking[index].evaluation.total
            let near = index < cutoff ? total - line <= margin : lastFunded.map { $0 - total <= margin } ?? false
            if near { nearLine.append(index + 1) }
        }
        var regions: [String: Int] = [:]
        for index in funded { if let region = ranking[index].region { regions[region, default: 0] += 1 } }
        for index in ranking.indices where index > cutoff {
            guard let requested = funding.awards[index].requested, requested > 0 else { continue }
            let amount = min(requested, funding.maximumAward)
            guard amount >= funding.minimumAward, amount <= funding.remainder else { continue }
            if let cap = funding.regionCap, let region = ranking[index].region, regions[region, default: 0] >= cap { continue }
            fitsRemainder.append(index + 1)
        }
        // Marks still to give: below the line, an application that could reach the last funded
        // total; above it, one that an application below could overtake.
        let reach = ranking.indices.filter { $0 >= cutoff && ranking[$0].evaluation.juryHeadroom > 0 }.map {
            ranking[$0].evaluation.total + ranking[$0].evaluation.juryHeadroom
        }.max()
        for index in ranking.indices {
            let evaluation = ranking[index].evaluation
            if index >= cutoff, evaluation.juryHeadroom > 0, let lastFunded,
                evaluation.total + evaluation.juryHeadroom >= lastFunded
            {
                pendingMarks.append(Pending(rank: index + 1, headroom: evaluation.juryHeadroom, funded: false))
            } else if index < cutoff, funding.awards[index].decision == .funded, let reach, reach >= evaluation.total {
                pendingMarks.append(Pending(rank: index + 1, headroom: evaluation.juryHeadroom, funded: true))
            }
        }
    }
}
