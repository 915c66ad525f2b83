public import Foundation
public import PTCEModel

/// The rules of one call for projects, loaded from a criteria file.
public struct CriteriaFile: Sendable {
    /// The file it was loaded from, for messages.
    public var path: String
    /// SHA-256 of the file's bytes, hex, for the audit trail.
    public var sha256: String
    /// The call's identity, dates and amounts.
    public var call: CallInfo
    /// The values a jury may change, in file order.
    public var parameters: [Parameter]
    /// The gates and scores, in file order.
    public var criteria: [Criterion]
    /// Minimum total score for an eligible application not to be "below threshold".
    public var minimumTotal: Operand?
    /// The order in which equal totals are told apart.
    public var tieBreak: [TieBreakKey]
    /// The tie-break order in words, for the report.
    public var tieBreakDocumentation: Localized?
    /// Where each bilingual text sits in the file, so that a missing translation is reported
    /// on the line to edit (keys as ``CriteriaLinter`` names the texts: `call/title`, `ID/title`…).
    public var textPlaces: [String: TextPlace] = [:]

    /// Criteria built in code (tests, tools) or by a reader of the criteria format.
    public init(
        path: String, sha256: String = "", call: CallInfo, parameters: [Parameter] = [], criteria: [Criterion],
        minimumTotal: Operand? = nil, tieBreak: [TieBreakKey] = [], tieBreakDocumentation: Localized? = nil
    ) {
        self.path = path
        self.sha256 = sha256
        self.call = call
        self.parameters = parameters
        self.criteria = criteria
        self.minimumTotal = minimumTotal
        self.tieBreak = tieBreak
        self.tieBreakDocumentation = tieBreakDocumentation
    }

    /// Default parameter values, by name.
    public var defaults: ParameterValues {
        ParameterValues(Dictionary(parameters.map { ($0.name, $0.defaultValue) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The parameter named `name`, if the file declares it.
    public func parameter(_ name: String) -> Parameter? { parameters.first { $0.name == name } }

    /// The file with the score minima and adjustment margins that parameters set taken from
    /// `values` (a jury's `--set`); the file itself when none of them changes.
    public func resolving(_ values: ParameterValues) -> CriteriaFile {
        func number(_ name: String?) -> Decimal? {
            guard let name, case .number(let value)? = values[name] else { return nil }
            return value
        }
        var changed = false
        let resolved = criteria.map { criterion -> Criterion in
            let minimum = number(criterion.minimumParameter) ?? criterion.minimum
            var scale = criterion.scale
            if let adjust = number(criterion.adjustParameter), case .mixed(let base, _, let step, let line)? = scale {
                scale = .mixed(base: base, adjust: adjust, step: step, line: line)
            }
            let adjustChanged =
                number(criterion.adjustParameter).map { adjust in
                    if case .mixed(_, let current, _, _)? = criterion.scale { return current != adjust }
                    return false
                } ?? false
            guard minimum != criterion.minimum || adjustChanged else { return criterion }
            changed = true
            return Criterion(
                id: criterion.id, kind: criterion.kind, title: criterion.title, explanation: criterion.explanation,
                fix: criterion.fix, source: criterion.source, rule: criterion.rule, scale: scale, weight: criterion.weight,
                minimum: minimum, minimumParameter: criterion.minimumParameter,
                adjustParameter: criterion.adjustParameter, decidedOnReceipt: criterion.decidedOnReceipt,
                line: criterion.line)
        }
        guard changed else { return self }
        var file = self
        file.criteria = resolved
        return file
    }
}

/// The call's identity, dates and money.
public struct CallInfo: Sendable {
    /// The call's identifier (`ptce-2015`), used in reports and messages.
    public var id: String
    /// The year of the call (`2015`), as applications declare it.
    public var year: String
    /// The call's title in both languages.
    public var title: Localized
    /// When applications open, if published.
    public var opens: Timestamp?
    /// The submission deadline, if published.
    public var deadline: Timestamp?
    /// The total funding available, in euros.
    public var envelope: Decimal
    /// The smallest award, in euros.
    public var minimumAward: Decimal
    /// The largest award, in euros.
    public var maximumAward: Decimal
    /// Where these figures come from (the call's text, a decree…).
    public var source: String
    /// The line of `<call>` in its file.
    public var line: Int

    /// A call from its parts (the loader builds it from `<call>`).
    public init(
        id: String, year: String, title: Localized, opens: Timestamp?, deadline: Timestamp?, envelope: Decimal,
        minimumAward: Decimal, maximumAward: Decimal, source: String, line: Int
    ) {
        self.id = id
        self.year = year
        self.title = title
        self.opens = opens
        self.deadline = deadline
        self.envelope = envelope
        self.minimumAward = minimumAward
        self.maximumAward = maximumAward
        self.source = source
        self.line = line
    }
}

/// A value a jury may change, with its default, unit and legal or call reference.
public struct Parameter: Sendable {
    /// The name rules and `--set` use (`minLegalPersons`).
    public var name: String
    /// The type of its values.
    public var type: ValueType
    /// The value in force unless a jury overrides it.
    public var defaultValue: ParameterValue
    /// What it is, in both languages, for reports.
    public var label: Localized
    /// Where the value comes from: an article, the call, or "jury parameter".
    public var source: String
    /// The line of `<parameter>` in its file.
    public var line: Int

    public init(
        name: String, type: ValueType, defaultValue: ParameterValue, label: Localized, source: String, line: Int = 0
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.label = label
        self.source = source
        self.line = line
    }
}

extension Parameter {
    /// Why `value` is out of range for this parameter's type, or nil: percentages lie in
    /// 0–100, counts, numbers and amounts are not negative.
    public func rangeProblem(_ value: ParameterValue) -> Localized? {
        guard case .number(let number) = value else { return nil }
        if type == .percent, number < 0 || number > 100 {
            return Localized(
                fr: "\(name) = \(number) : un pourcentage est compris entre 0 et 100",
                en: "\(name) = \(number): a percentage lies between 0 and 100")
        }
        if number < 0 {
            return Localized(
                fr: "\(name) = \(number) : la valeur ne peut être négative",
                en: "\(name) = \(number): the value cannot be negative")
        }
        return nil
    }
}

/// One criterion: a gate (eligibility) or a score (ranking).
///
/// A reference type: every result of every application points at the one loaded criterion
/// rather than carrying a copy, which keeps batch summaries small.
public final class Criterion: Sendable {
    /// Whether a criterion decides eligibility or gives points.
    public enum Kind: String, Sendable, Codable {
        /// Decides eligibility: pass, fail or undetermined.
        case gate
        /// Gives points, up to its weight.
        case score
    }

    /// The identifier, unique in its file (`three-legal-persons`).
    public let id: String
    /// A gate (eligibility) or a score (points).
    public let kind: Kind
    /// Its title in both languages.
    public let title: Localized
    /// What it checks and why, in both languages.
    public let explanation: Localized
    /// What an applicant should do when the criterion fails (optional).
    public let fix: Localized?
    /// The legal or call reference it applies.
    public let source: String
    /// The rule of a gate.
    public let rule: Rule?
    /// The scale of a score.
    public let scale: Scale?
    /// The points a score is worth at most; nil for gates.
    public let weight: Decimal?
    /// Minimum points for a score; below it the application is "below threshold".
    public let minimum: Decimal?
    /// A gate the receiving platform decides (the submission time): an applicant checking a
    /// draft cannot know it, so in a self-check it is reported undetermined without making the
    /// application incomplete.
    public let decidedOnReceipt: Bool
    /// The parameter that sets ``minimum`` (`minimumParam`), when it is not a literal.
    public let minimumParameter: String?
    /// The parameter that sets a mixed scale's adjustment margin (`adjustParam`), when it is
    /// not a literal.
    public let adjustParameter: String?
    /// The line of `<criterion>` in its file.
    public let line: Int

    /// A criterion from its parts (the loader builds it from `<criterion>`).
    public init(
        id: String, kind: Kind, title: Localized, explanation: Localized, fix: Localized?, source: String, rule: Rule?,
        scale: Scale?, weight: Decimal?, minimum: Decimal?, minimumParameter: String? = nil,
        adjustParameter: String? = nil, decidedOnReceipt: Bool = false, line: Int
    ) {
        self.decidedOnReceipt = decidedOnReceipt
        self.minimumParameter = minimumParameter
        self.adjustParameter = adjustParameter
        self.id = id
        self.kind = kind
        self.title = title
        self.explanation = explanation
        self.fix = fix
        self.source = source
        self.rule = rule
        self.scale = scale
        self.weight = weight
        self.minimum = minimum
        self.line = line
    }
}

/// A rule over facts, three-valued (pass, fail, undetermined).
public indirect enum Rule: Sendable {
    /// A fact compared with a parameter, a literal or a property of the call.
    case compare(fact: String, op: ComparisonOperator, operand: Operand, line: Int)
    /// A boolean fact that must be true.
    case isTrue(fact: String, line: Int)
    /// A boolean fact that must be false.
    case isFalse(fact: String, line: Int)
    /// Every rule holds.
    case all([Rule], line: Int)
    /// At least one rule holds.
    case any([Rule], line: Int)
    /// The rule does not hold.
    case not(Rule, line: Int)

    /// The line of the rule element in its file.
    public var line: Int {
        switch self {
        case .compare(_, _, _, let line), .isTrue(_, let line), .isFalse(_, let line), .all(_, let line),
            .any(_, let line), .not(_, let line):
            line
        }
    }

    /// Every fact the rule reads, in order.
    public var facts: [(name: String, line: Int)] {
        switch self {
        case .compare(let fact, _, _, let line), .isTrue(let fact, let line), .isFalse(let fact, let line):
            [(fact, line)]
        case .all(let rules, _), .any(let rules, _): rules.flatMap(\.facts)
        case .not(let rule, _): rule.facts
        }
    }
}

/// `ge`, `gt`, `le`, `lt`, `eq`, `ne`.
public enum ComparisonOperator: String, Sendable {
    /// Greater or equal, greater, less or equal, less, equal, not equal.
    case ge, gt, le, lt, eq, ne

    /// The mathematical sign shown in explanations (`≥`, `≠`…).
    public var symbol: String {
        switch self {
        case .ge: "≥"
        case .gt: ">"
        case .le: "≤"
        case .lt: "<"
        case .eq: "="
        case .ne: "≠"
        }
    }
}

/// The right-hand side of a comparison.
public enum Operand: Sendable {
    /// A parameter of the criteria file, by name.
    case parameter(String)
    /// A literal, parsed according to the fact's type at evaluation.
    case literal(String)
    /// A property of the call: opens, deadline, envelope, minimumAward, maximumAward.
    case call(String)
}

/// How a score maps a fact to a fraction of its weight.
public indirect enum Scale: Sendable {
    /// Points in proportion to the fact between `zero` and `full`.
    case linear(fact: String, zero: Operand, full: Operand, line: Int)
    /// The fraction of the highest step the fact reaches.
    case steps(fact: String, steps: [(atLeast: Decimal, fraction: Decimal)], line: Int)
    /// Full points when the rule holds, none otherwise.
    case whenTrue(Rule, line: Int)
    /// Marked by jurors; the consensus mark gives the fraction.
    case marked(MarkScale, line: Int)
    /// Computed by `base`, then adjusted by the jury's consensus within ±`adjust` points.
    case mixed(base: Scale, adjust: Decimal, step: Decimal, line: Int)

    /// Every fact the scale reads, with the line that names it.
    public var facts: [(name: String, line: Int)] {
        switch self {
        case .linear(let fact, _, _, let line), .steps(let fact, _, let line): [(fact, line)]
        case .whenTrue(let rule, _): rule.facts
        case .marked: []
        case .mixed(let base, _, _, _): base.facts
        }
    }

    /// What jurors give for this scale: a mark, an adjustment, or nothing.
    public var jurorInput: JurorInput? {
        switch self {
        case .marked(let scale, _): .mark(scale)
        case .mixed(_, let adjust, let step, _): .adjustment(limit: adjust, step: step)
        default: nil
        }
    }
}

/// What a juror gives for a criterion.
public enum JurorInput: Sendable {
    /// A mark on the scale.
    case mark(MarkScale)
    /// An adjustment in points, between −limit and +limit, in steps.
    case adjustment(limit: Decimal, step: Decimal)

    /// The lowest and highest values a juror may give.
    public var range: ClosedRange<Decimal> {
        switch self {
        case .mark(let scale): scale.min...scale.max
        case .adjustment(let limit, _): -limit...limit
        }
    }

    /// The smallest difference between two values a juror may give.
    public var step: Decimal {
        switch self {
        case .mark(let scale): scale.step
        case .adjustment(_, let step): step
        }
    }

    /// Whether `value` is on the scale: within the range and a whole number of steps from its start.
    public func accepts(_ value: Decimal) -> Bool {
        guard range.contains(value), step > 0 else { return false }
        let steps = (value - range.lowerBound) / step
        return steps == Format.rounded(steps, 0)
    }
}

/// A jurors' mark scale, e.g. 0–5 in half points, with the meaning of each level.
public struct MarkScale: Sendable {
    /// The lowest mark.
    public var min: Decimal
    /// The highest mark.
    public var max: Decimal
    /// The difference between two successive marks (0.5 for half points).
    public var step: Decimal
    /// What each level means, in both languages, for the mark sheets.
    public var levels: [(value: Decimal, meaning: Localized)]

    /// A scale from its bounds, step and levels.
    public init(min: Decimal, max: Decimal, step: Decimal, levels: [(value: Decimal, meaning: Localized)]) {
        self.min = min
        self.max = max
        self.step = step
        self.levels = levels
    }
}

/// One key of the tie-break order, applied in sequence to equal totals.
public struct TieBreakKey: Sendable {
    /// What a tie-break key compares: a score of the file or a fact.
    public enum Target: Sendable {
        /// A score of the file, by id.
        case criterion(String)
        /// A fact, by name.
        case fact(String)
    }

    /// The score or fact compared.
    public var target: Target
    /// Whether higher values come first (the default).
    public var descending: Bool
    /// The line of `<by>` in its file.
    public var line: Int

    public init(target: Target, descending: Bool, line: Int = 0) {
        self.target = target
        self.descending = descending
        self.line = line
    }
}
