import Foundation
public import PTCEModel

/// A batch ranked under one call: every input in exactly one section, the eligible ones in
/// order, and the funding walked down that order.
public struct RankedBatch: Sendable {
    /// The criteria the batch was ranked under.
    public var criteria: CriteriaFile
    /// The parameter values in force (defaults and overrides).
    public var parameters: ParameterValues
    /// Every input, sorted by file path, with its SHA-256 (nil when it could not be read).
    public var inputs: [(file: String, sha256: String?)]
    /// Eligible applications, best first.
    public var ranking: [ApplicationSummary]
    /// Eligible but below a threshold, best first (not funded).
    public var belowThreshold: [ApplicationSummary]
    /// Applications that no gate rejects but some criterion cannot decide.
    public var incomplete: [ApplicationSummary] = []
    /// Applications that fail a gate.
    public var ineligible: [ApplicationSummary] = []
    /// Files that could not be read, with why.
    public var unreadable: [(file: String, sha256: String?, problems: [Problem])]
    /// The funding walked down the ranking.
    public var funding: Funding
    /// The jury's marks and their consensus, when `--marks` was given.
    public var jury: JuryOutcome?
    /// With marks loaded: eligible applications still lacking enough marks (not ranked).
    public var pendingMarks: [ApplicationSummary] = []
    /// Files that are another file of the batch over again (see ``Duplicates``), by file path:
    /// listed, never ranked or funded.
    public var duplicates: [Duplicate] = []

    /// Ranks `entries` under `criteria` and funds down the list. With `jury`, each
    /// application's juror-marked scores take the consensus first.
    public init(
        entries: consuming [BatchEntry], criteria: CriteriaFile, parameters: ParameterValues, regionCap: Int? = nil,
        jury: JuryOutcome? = nil
    ) {
        self.criteria = criteria
        self.parameters = parameters
        self.jury = jury
        // The summaries move from the entries to their sections and each list is released once
        // read (a summary's copies share their storage): a batch of 10,000 never holds two
        // copies of its summaries.
        var entries = entries
        entries.sort { $0.file < $1.file }
        var unreadable: [(file: String, sha256: String?, problems: [Problem])] = []
        var inputs: [(file: String, sha256: String?)] = []
        var evaluated: [ApplicationSummary] = []
        for entry in entries {
            inputs.append((entry.file, entry.sha256))
            switch entry {
            case .evaluated(let summary): evaluated.append(summary)
            case .unreadable(let file, let sha256, let problems): unreadable.append((file, sha256, problems))
            }
        }
        entries = []
        // Copies are set aside before anything is ranked: a file sent twice is funded once.
        let (kept, duplicates) = Duplicates.separate(evaluated)
        evaluated = []
        self.duplicates = duplicates
        var ranking: [ApplicationSummary] = []
        var belowThreshold: [ApplicationSummary] = []
        for var summary in kept {
            if let jury {
                summary.evaluation = Evaluator.rescore(summary.evaluation, jury: jury.applications[summary.id]?.consensus ?? [:])
            }
            switch summary.status {
            case .eligible, .belowThreshold:
                if jury != nil && summary.evaluation.awaitingMarks {
                    pendingMarks.append(summary)
                } else if summary.status == .eligible {
                    ranking.append(summary)
                } else {
                    belowThreshold.append(summary)
                }
            case .incomplete: incomplete.append(summary)
            case .ineligible: ineligible.append(summary)
            }
        }
        self.inputs = inputs
        let order = RankedBatch.order(criteria)
        ranking.sort(by: order)
        belowThreshold.sort(by: order)
        self.ranking = ranking
        self.belowThreshold = belowThreshold
        self.unreadable = unreadable
        funding = Funding(ranking: ranking, call: criteria.call, regionCap: regionCap)
    }

    /// The number of inputs in each section, and of applications funded.
    public struct Counts: Sendable, Equatable {
        /// Inputs in each section.
        public var received, unreadable, ineligible, incomplete, eligible, belowThreshold, pendingMarks, duplicates: Int
        /// Ranked applications funded.
        public var funded: Int
    }

    /// Counts for the summary: every input is in exactly one of the sections.
    public var counts: Counts {
        Counts(
            received: inputs.count, unreadable: unreadable.count, ineligible: ineligible.count, incomplete: incomplete.count,
            eligible: ranking.count, belowThreshold: belowThreshold.count, pendingMarks: pendingMarks.count,
            duplicates: duplicates.count, funded: funding.awards.filter { $0.decision == .funded }.count)
    }

    /// Every evaluated application in report order: ranked, below threshold, awaiting marks,
    /// incomplete, ineligible. Duplicates are not among them (they have no card of their own).
    public var evaluatedInReportOrder: FlattenSequence<[[ApplicationSummary]]> {
        [ranking, belowThreshold, pendingMarks, incomplete, ineligible].joined()
    }

    /// Higher total first; then the criteria file's tie-break keys; then name, then file path,
    /// so that the order never depends on the file system.
    public static func order(_ criteria: CriteriaFile) -> @Sendable (ApplicationSummary, ApplicationSummary) -> Bool {
        let keys = criteria.tieBreak
        return { a, b in decide(a, b, keys: keys).first }
    }

    /// What puts one of two applications ahead of the other: the total, a tie-break key, the
    /// name or the file path — and whether `a` comes first.
    public static func decide(_ a: ApplicationSummary, _ b: ApplicationSummary, keys: [TieBreakKey]) -> (
        first: Bool, by: RankDecider
    ) {
        if a.evaluation.total != b.evaluation.total { return (a.evaluation.total > b.evaluation.total, .total) }
        for (index, key) in keys.enumerated() {
            let (left, right): (Decimal?, Decimal?)
            switch key.target {
            case .criterion(let id):
                (left, right) = (a.points(id), b.points(id))
            case .fact(let name):
                (left, right) = (sortValue(a.evaluation.facts[name]), sortValue(b.evaluation.facts[name]))
            }
            guard left != right else { continue }
            // A missing value sorts after any value, in either direction.
            guard let left else { return (false, .tieBreak(index)) }
            guard let right else { return (true, .tieBreak(index)) }
            return (key.descending ? left > right : left < right, .tieBreak(index))
        }
        if a.name != b.name { return (a.name < b.name, .name) }
        return (a.file < b.file, .file)
    }

    private static func sortValue(_ value: FactValue?) -> Decimal? {
        switch value {
        case .number(let number)?: number
        case .timestamp(let timestamp)?: Decimal(timestamp.date.timeIntervalSince1970)
        case .boolean(let flag)?: flag ? 1 : 0
        default: nil
        }
    }
}

/// What orders two ranked applications (see ``RankedBatch/decide(_:_:keys:)``).
public enum RankDecider: Sendable, Hashable {
    /// Their totals differ.
    case total
    /// Equal totals; the criteria file's tie-break key at this index differs.
    case tieBreak(Int)
    /// Equal totals and keys; the name decides (alphabetical order).
    case name
    /// Everything equal but the file path.
    case file
}
