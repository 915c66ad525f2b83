public import Foundation
public import PTCEModel

/// The three-valued outcome of a criterion.
public enum Outcome: String, Sendable, Hashable, Codable {
    /// The criterion is met.
    case pass
    /// The criterion is not met.
    case fail
    /// A fact the criterion needs is missing from the application.
    case undetermined
}

/// The verdict on a whole application under one call.
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every gate passes and the scores reach their thresholds.
    case eligible
    /// Eligible, but a score or the total is below its threshold.
    case belowThreshold = "below-threshold"
    /// No gate fails, but a gate or a score cannot be decided for lack of data.
    case incomplete
    /// At least one gate fails.
    case ineligible

    /// The status as a reader sees it, in both languages.
    public var label: Localized {
        switch self {
        case .eligible: Localized(fr: "éligible", en: "eligible")
        case .belowThreshold: Localized(fr: "éligible, sous le seuil", en: "eligible, below threshold")
        case .incomplete: Localized(fr: "incomplet", en: "incomplete")
        case .ineligible: Localized(fr: "inéligible", en: "ineligible")
        }
    }
}

/// A fact as it was read for a decision.
public struct FactReading: Sendable, Hashable, Codable {
    /// The fact's name.
    public var name: String
    /// The fact's type.
    public var type: ValueType
    /// The value read, or why it is missing.
    public var value: FactValue
}

/// A parameter as it was used for a decision.
public struct ParameterReading: Sendable, Hashable, Codable {
    /// The parameter's name.
    public var name: String
    /// The parameter's type.
    public var type: ValueType
    /// The value in force for this evaluation.
    public var value: ParameterValue
}

/// Everything a decision looked at: the trace behind its explanation.
public struct Trace: Sendable, Hashable, Codable {
    /// The facts read, in order.
    public var facts: [FactReading] = []
    /// The parameters read, in order.
    public var parameters: [ParameterReading] = []
    /// What the application must add for the criterion to be decided.
    public var missing: [Localized] = []

    mutating func read(_ fact: FactReading) {
        if !facts.contains(where: { $0.name == fact.name }) { facts.append(fact) }
    }

    mutating func use(_ parameter: ParameterReading) {
        if !parameters.contains(where: { $0.name == parameter.name }) { parameters.append(parameter) }
    }

    mutating func lack(_ what: Localized) {
        if !missing.contains(what) { missing.append(what) }
    }
}

/// The decision on one criterion.
public struct CriterionResult: Sendable {
    /// The criterion decided.
    public var criterion: Criterion {
        get { shared.criterion }
        set { shared = SharedCriterion(newValue) }
    }
    /// The criterion, shared with the other results that decide it.
    var shared: SharedCriterion
    /// Pass, fail or undetermined.
    public var outcome: Outcome
    /// Points for a score (nil for gates and undetermined scores).
    public var points: Decimal?
    /// The explanation built from the values read, written when read (kept as the values it is written from);
    /// setting it keeps the text given.
    public var explanation: Localized {
        get { account.text }
        set { account = .text(newValue) }
    }
    /// The values the explanation is written from.
    var account: Explanation
    /// The facts and parameters the decision read.
    public var trace: Trace
    /// A juror-marked score without the jury's marks yet: not counted, not "missing data".
    public var awaitingMarks = false
    /// For a mixed score, the points computed from facts before the jury's adjustment.
    public var computedPoints: Decimal?
    /// Points the jury can still add to this score: the whole weight of a marked score
    /// awaiting marks, the upward margin of a mixed score not yet adjusted; 0 otherwise.
    public var juryHeadroom: Decimal = 0

    /// The criterion's identifier.
    public var id: String { criterion.id }

    init(criterion: Criterion, outcome: Outcome, points: Decimal?, explanation: Localized, trace: Trace) {
        self.init(
            criterion: SharedCriterion(criterion), outcome: outcome, points: points, account: .text(explanation), trace: trace)
    }

    init(criterion: SharedCriterion, outcome: Outcome, points: Decimal?, account: Explanation, trace: Trace) {
        self.shared = criterion
        self.outcome = outcome
        self.points = points
        self.account = account
        self.trace = trace
    }
}

/// The evaluation of one application under one call.
public struct Evaluation: Sendable {
    /// The application's name, as it declares it.
    public var applicationName: String
    /// The identifier of the call it was evaluated under (`ptce-2015`).
    public var callID: String
    /// The verdict on the whole application.
    public var status: Status
    /// One result per criterion, in the order of the criteria file.
    public var results: [CriterionResult]
    /// Sum of the points of the scores.
    public var total: Decimal
    /// Sum of the weights of the scores.
    public var maximum: Decimal
    /// The minimum total in force, if any.
    public var minimumTotal: Decimal?
    /// Facts used for ranking ties and reports, by name.
    public var facts: [String: FactValue]

    /// The results of the gates.
    public var gates: [CriterionResult] { results.filter { $0.criterion.kind == .gate } }
    /// The results of the scores.
    public var scores: [CriterionResult] { results.filter { $0.criterion.kind == .score } }

    /// Whether some juror-marked score still awaits the jury's marks.
    public var awaitingMarks: Bool { results.contains(where: \.awaitingMarks) }

    /// The weight of the scores that await the jury's marks.
    public var pendingWeight: Decimal {
        results.filter(\.awaitingMarks).compactMap(\.criterion.weight).reduce(0, +)
    }

    /// Every point the jury can still give: marks awaited and upward adjustments of mixed
    /// scores not yet made. "Below threshold" is decided with these counted.
    public var juryHeadroom: Decimal { results.map(\.juryHeadroom).reduce(0, +) }

    /// Everything the application must add, across criteria, without repeats.
    public var missing: [Localized] {
        var all: [Localized] = []
        for item in results.flatMap(\.trace.missing) where !all.contains(item) { all.append(item) }
        return all
    }
}
