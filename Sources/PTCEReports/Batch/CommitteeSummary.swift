import Foundation
import PTCEEngine
import PTCEModel

/// The committee's one page, at the top of every report: who is funded, where the line falls
/// and why, the ties and near-ties at the line and what decides them, what remains and which
/// lower-ranked request it would cover, the applications whose side depends on marks still to
/// give, and the points to discuss. Built from ``FundingLine``; it decides nothing.
struct CommitteeSummary {
    let batch: RankedBatch
    let line: FundingLine
    let language: Language
    /// Lists longer than this show their first items and a count of the others.
    static let listLimit = 12

    init(_ batch: RankedBatch, language: Language) {
        self.batch = batch
        self.line = FundingLine(batch)
        self.language = language
    }

    /// The ranked application at `rank` (1-based).
    func summary(_ rank: Int) -> ApplicationSummary { batch.ranking[rank - 1] }

    var stopName: String? {
        if case .requestExceedsRemainder(let rank, _, _) = line.stop { return summary(rank).name }
        return nil
    }

    /// The stop in words.
    var stopText: Localized {
        CommitteeText.stop(
            line.stop, name: stopName.map { VisibleText.escape($0) }, used: batch.funding.used,
            remainder: batch.funding.remainder)
    }

    /// Points the committee has to discuss, most pressing first.
    var points: [Localized] {
        var items: [Localized] = []
        let criteria = batch.criteria
        if let tie = line.tie, let cut = cutIndex(in: tie) {
            let decider = tie.deciders[cut]
            items.append(CommitteeText.tie(ranks: tie.ranks, total: tie.total, funded: cut + 1))
            if !CommitteeText.isMerit(decider, criteria: criteria) {
                items.append(CommitteeText.tieNotMerit(CommitteeText.decider(decider, criteria: criteria)))
            }
        }
        if !line.fitsRemainder.isEmpty {
            items.append(CommitteeText.fits(remainder: batch.funding.remainder, count: line.fitsRemainder.count))
        }
        if !line.nearLine.isEmpty { items.append(CommitteeText.near(margin: line.margin, count: line.nearLine.count)) }
        if !line.pendingMarks.isEmpty { items.append(CommitteeText.pendingCount(line.pendingMarks.count)) }
        if batch.jury == nil, batch.ranking.contains(where: \.evaluation.awaitingMarks) {
            items.append(ReportLabel.provisional.text)
        }
        if !batch.pendingMarks.isEmpty { items.append(CommitteeText.awaitingMarks(batch.pendingMarks.count)) }
        if !batch.incomplete.isEmpty { items.append(CommitteeText.incomplete(batch.incomplete.count)) }
        if let jury = batch.jury {
            let flags = jury.applications.values.map(\.flags.count).reduce(0, +) + jury.refused.count
            if flags > 0 { items.append(CommitteeText.juryPoints(flags)) }
        }
        return items
    }

    /// The index in `tie.deciders` of the pair the line falls between.
    func cutIndex(in tie: FundingLine.Tie) -> Int? {
        guard let cutoff = batch.funding.cutoff else { return nil }
        return tie.ranks.firstIndex { $0 == cutoff }.flatMap { $0 < tie.deciders.count ? $0 : nil }
    }

    /// The values the HTML and Markdown templates read under `committee`.
    func view(text: ReportText, cell: (String) -> String) -> [String: Any] {
        let language = text.language
        let funding = batch.funding
        func row(_ rank: Int, _ extra: [String: Any] = [:]) -> [String: Any] {
            let summary = summary(rank)
            let award = funding.awards[rank - 1]
            return [
                "rank": "\(rank)", "name": cell(summary.name), "anchor": ReportText.anchor(summary.file),
                "total": text.points(summary.evaluation.total), "requested": text.euros(summary.requestedAmount),
                "award": award.decision == .funded ? text.euros(award.award) : "—",
                "funded": award.decision == .funded,
            ].merging(extra) { _, new in new }
        }
        func limited(_ rows: [[String: Any]]) -> (rows: [[String: Any]], more: String) {
            let more = rows.count > CommitteeSummary.listLimit ? CommitteeText.more(rows.count - CommitteeSummary.listLimit) : nil
            return (Array(rows.prefix(CommitteeSummary.listLimit)), more.map { $0(language) } ?? "")
        }
        let funded = batch.ranking.indices.filter { funding.awards[$0].decision == .funded }.map { row($0 + 1) }
        var view: [String: Any] = [
            "funded": funded, "hasFunded": !funded.isEmpty,
            "stop": cell(stopText(language)),
            "used": text.euros(funding.used), "remainder": text.euros(funding.remainder),
            "envelope": text.euros(funding.envelope),
            "points": points.map { cell($0(language)) }, "hasPoints": !points.isEmpty,
        ]
        if let tie = line.tie {
            let criteria = batch.criteria
            view["tie"] =
                [
                    "text": cell(
                        CommitteeText.tie(ranks: tie.ranks, total: tie.total, funded: (cutIndex(in: tie) ?? -1) + 1)(language)),
                    "rows": tie.ranks.enumerated().map { offset, rank in
                        row(
                            rank,
                            [
                                "decider": offset < tie.deciders.count
                                    ? cell(
                                        CommitteeText.tiePair(
                                            rank, tie.ranks[offset + 1],
                                            by: CommitteeText.decider(tie.deciders[offset], criteria: criteria))(
                                                language)) : ""
                            ])
                    },
                ] as [String: Any]
        }
        let near = limited(line.nearLine.map { row($0) })
        view["near"] = near.rows
        view["nearMore"] = near.more
        view["hasNear"] = !near.rows.isEmpty
        view["nearText"] = CommitteeText.near(margin: line.margin, count: line.nearLine.count)(language)
        let fits = limited(line.fitsRemainder.map { row($0) })
        view["fits"] = fits.rows
        view["fitsMore"] = fits.more
        view["hasFits"] = !fits.rows.isEmpty
        view["fitsText"] = cell(
            (line.fitsRemainder.isEmpty
                ? CommitteeText.noFit(remainder: funding.remainder)
                : CommitteeText.fits(remainder: funding.remainder, count: line.fitsRemainder.count))(language))
        view["showFits"] = line.stop != .coversAll
        let pending = limited(
            line.pendingMarks.map {
                row($0.rank, ["why": cell(CommitteeText.pending(headroom: $0.headroom, funded: $0.funded)(language))])
            })
        view["pending"] = pending.rows
        view["pendingMore"] = pending.more
        view["hasPending"] = !pending.rows.isEmpty
        return view
    }

    /// The `committee` member of the JSON report.
    var json: JSON {
        let funding = batch.funding
        func entry(_ rank: Int) -> JSON.Entry {
            let summary = summary(rank)
            return JSON.Entry(
                rank: rank, file: VisibleText.escape(summary.file), name: summary.name, total: summary.evaluation.total,
                requested: summary.requestedAmount, award: funding.awards[rank - 1].award)
        }
        var stop = JSON.Stop(reason: "covers-all")
        if case .requestExceedsRemainder(let rank, let needed, let remaining) = line.stop {
            stop = JSON.Stop(reason: "request-exceeds-remainder", rank: rank, needed: needed, remaining: remaining)
        }
        let criteria = batch.criteria
        return JSON(
            funded: batch.ranking.indices.filter { funding.awards[$0].decision == .funded }.map { entry($0 + 1) },
            stop: stop, remainder: funding.remainder,
            tie: line.tie.map { tie in
                JSON.Tie(
                    ranks: tie.ranks, total: tie.total,
                    decidedBy: tie.deciders.map { decider in
                        switch decider {
                        case .total: "total"
                        case .tieBreak(let index):
                            switch criteria.tieBreak[index].target {
                            case .criterion(let id): "criterion:\(id)"
                            case .fact(let name): "fact:\(name)"
                            }
                        case .name: "name"
                        case .file: "file"
                        }
                    })
            },
            nearLine: JSON.Near(margin: line.margin, ranks: line.nearLine),
            fitsRemainder: line.fitsRemainder.map(entry),
            pendingMarks: line.pendingMarks.map {
                JSON.Pending(rank: $0.rank, juryHeadroom: $0.headroom, side: $0.funded ? "above" : "below")
            },
            toDiscuss: points)
    }

    /// The committee summary as JSON (documented in `Docs/report-json.md`).
    struct JSON: Encodable {
        struct Entry: Encodable {
            var rank: Int
            var file, name: String
            var total: Decimal
            var requested: Decimal?
            var award: Decimal
        }

        struct Stop: Encodable {
            var reason: String
            var rank: Int?
            var needed, remaining: Decimal?
        }

        struct Tie: Encodable {
            var ranks: [Int]
            var total: Decimal
            var decidedBy: [String]
        }

        struct Near: Encodable {
            var margin: Decimal
            var ranks: [Int]
        }

        struct Pending: Encodable {
            var rank: Int
            var juryHeadroom: Decimal
            var side: String
        }

        var funded: [Entry]
        var stop: Stop
        var remainder: Decimal
        var tie: Tie?
        var nearLine: Near
        var fitsRemainder: [Entry]
        var pendingMarks: [Pending]
        var toDiscuss: [Localized]
    }
}
