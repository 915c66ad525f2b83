public import Foundation
public import PTCEModel

/// Applies a criteria file to applications. Generic: it knows facts and the rule language,
/// nothing of any particular call.
public struct Evaluator: Sendable {
    /// The criteria applied.
    public let criteria: CriteriaFile
    /// Parameter values in force: the file's defaults, then the overrides.
    public let parameters: ParameterValues
    /// An applicant's self-check of a draft: gates decided on receipt (the submission time)
    /// may stay undetermined without making the application incomplete.
    public var selfCheck = false
    /// The criteria, each held once for all the results that decide it.
    let shared: [SharedCriterion]

    /// An evaluator of `criteria` with the parameters in `overrides` replacing their defaults.
    public init(criteria: CriteriaFile, overrides: [String: ParameterValue] = [:]) {
        var values = criteria.defaults
        for (name, value) in overrides { values.values[name] = value }
        self.criteria = overrides.isEmpty ? criteria : criteria.resolving(values)
        self.parameters = values
        self.shared = self.criteria.criteria.map(SharedCriterion.init)
    }

    /// The status, total and maximum of a set of results.
    static func summarise(_ results: [CriterionResult], minimumTotal: Decimal?, selfCheck: Bool = false) -> (
        Status, Decimal, Decimal
    ) {
        let gates = results.filter { $0.criterion.kind == .gate }
        let scores = results.filter { $0.criterion.kind == .score }
        let total = scores.compactMap(\.points).reduce(0, +)
        let maximum = scores.compactMap(\.criterion.weight).reduce(0, +)
        // Every point the jury can still give: marks awaited and upward adjustments not yet made.
        let pending = scores.map(\.juryHeadroom).reduce(0, +)
        let status: Status
        if gates.contains(where: { $0.outcome == .fail }) {
            status = .ineligible
        } else if results.contains(where: {
            $0.outcome == .undetermined && !$0.awaitingMarks && !(selfCheck && $0.criterion.decidedOnReceipt)
        }) {
            // A gate that cannot be decided, or a score that cannot be computed: the total
            // would be understated, so the application is not ranked until it is complete.
            status = .incomplete
        } else if scores.contains(where: { $0.outcome == .fail })
            || minimumTotal.map({ total + pending < $0 }) ?? false
        {
            // Below the minimum total even if the jury gave full marks where it has yet to mark.
            status = .belowThreshold
        } else {
            status = .eligible
        }
        return (status, total, maximum)
    }

    /// Applies the jury's consensus to an evaluation already made: marked scores take their
    /// points from the consensus mark, mixed scores add the consensus adjustment to their
    /// computed points. A juror-input criterion without a consensus awaits marks (not counted).
    public static func rescore(_ evaluation: Evaluation, jury: [String: Decimal]) -> Evaluation {
        var rescored = evaluation
        for index in rescored.results.indices {
            let result = rescored.results[index]
            guard result.criterion.kind == .score, let scale = result.criterion.scale, scale.jurorInput != nil else { continue }
            let weight = result.criterion.weight ?? 0
            var updated = result
            switch scale {
            case .marked(let marks, _):
                guard let mark = jury[result.id] else { continue }
                updated.points = JuryScoring.points(mark: mark, on: marks, weight: weight)
                updated.awaitingMarks = false
                updated.juryHeadroom = 0
                updated.outcome = result.criterion.minimum.map { updated.points! < $0 } == true ? .fail : .pass
                updated.explanation = Localized(
                    fr:
                        "note du jury (consensus) : \(Format.number(mark, places: 2, language: .fr)) / \(Format.number(marks.max, places: 2, language: .fr)) → \(Format.number(updated.points!, places: 2, language: .fr)) / \(Format.number(weight, places: 2, language: .fr)) points",
                    en:
                        "jury mark (consensus): \(Format.number(mark, places: 2, language: .en)) / \(Format.number(marks.max, places: 2, language: .en)) → \(Format.number(updated.points!, places: 2, language: .en)) / \(Format.number(weight, places: 2, language: .en)) points"
                )
            case .mixed:
                guard let computed = result.computedPoints ?? result.points else { continue }
                updated.computedPoints = computed
                guard let adjustment = jury[result.id] else {
                    // Marks were expected and are missing: not silently scored.
                    updated.points = nil
                    updated.awaitingMarks = true
                    updated.outcome = .undetermined
                    if case .mixed(_, let limit, _, _) = scale { updated.juryHeadroom = min(weight, computed + limit) }
                    rescored.results[index] = updated
                    continue
                }
                updated.points = JuryScoring.adjusted(computed, by: adjustment, weight: weight)
                updated.juryHeadroom = 0
                updated.outcome = result.criterion.minimum.map { updated.points! < $0 } == true ? .fail : .pass
                let sign = adjustment >= 0 ? "+" : ""
                updated.explanation = Localized(
                    fr:
                        "\(result.explanation.fr) ; ajustement du jury (consensus) : \(sign)\(Format.number(adjustment, places: 2, language: .fr)) → \(Format.number(updated.points!, places: 2, language: .fr)) points",
                    en:
                        "\(result.explanation.en); jury adjustment (consensus): \(sign)\(Format.number(adjustment, places: 2, language: .en)) → \(Format.number(updated.points!, places: 2, language: .en)) points"
                )
            default:
                continue
            }
            rescored.results[index] = updated
        }
        (rescored.status, rescored.total, rescored.maximum) = Evaluator.summarise(
            rescored.results, minimumTotal: evaluation.minimumTotal)
        return rescored
    }

    /// Evaluates every criterion and derives the status. `jury` holds the jury's consensus per
    /// criterion (a mark, or an adjustment of a mixed score); without it, juror-marked criteria
    /// await marks and do not count.
    public func evaluate(_ application: Application, jury: [String: Decimal]? = nil) -> Evaluation {
        evaluation(of: application, jury: jury).evaluation
    }

    /// The evaluation of `application` and the context it was made in, whose facts are
    /// computed already for whoever reads them next.
    func evaluation(of application: Application, jury: [String: Decimal]? = nil) -> (
        evaluation: Evaluation, context: Context
    ) {
        let context = Context(application: application, evaluator: self)
        context.jury = jury
        let results = shared.map { context.decide($0) }
        var minimumTotal: Decimal?
        if let operand = criteria.minimumTotal, case .number(let value)? = context.resolve(operand, type: .number) {
            minimumTotal = value
        }
        let (status, total, maximum) = Evaluator.summarise(results, minimumTotal: minimumTotal, selfCheck: selfCheck)
        var facts: [String: FactValue] = [:]
        for key in criteria.tieBreak {
            if case .fact(let name) = key.target { facts[name] = context.fact(name) }
        }
        let evaluation = Evaluation(
            applicationName: application.identity.name, callID: criteria.call.id, status: status, results: results,
            total: total, maximum: maximum, minimumTotal: minimumTotal, facts: facts)
        return (evaluation, context)
    }
}

/// The state of one evaluation: facts computed once, on demand.
final class Context {
    let application: Application
    let evaluator: Evaluator
    /// The jury's consensus per criterion id: a mark, or an adjustment for a mixed score.
    var jury: [String: Decimal]?
    private var cache: [String: FactValue] = [:]
    var trace = Trace()

    init(application: Application, evaluator: Evaluator) {
        self.application = application
        self.evaluator = evaluator
    }

    func fact(_ name: String) -> FactValue {
        if let value = cache[name] { return value }
        guard let definition = FactCatalog.byName[name] else {
            return .missing(Localized(fr: "fait inconnu \(name) (voir ptce facts)", en: "unknown fact \(name) (see ptce facts)"))
        }
        let value = definition.value(for: application, parameters: evaluator.parameters)
        cache[name] = value
        return value
    }

    /// Reads a fact into the trace.
    func read(_ name: String) -> (FactValue, FactDefinition?) {
        let value = fact(name)
        let definition = FactCatalog.byName[name]
        trace.read(FactReading(name: name, type: definition?.type ?? .number, value: value))
        for parameter in definition?.parameters ?? [] {
            if let used = evaluator.parameters[parameter], let type = evaluator.criteria.parameter(parameter)?.type {
                trace.use(ParameterReading(name: parameter, type: type, value: used))
            }
        }
        switch value {
        case .missing(let what): trace.lack(what)
        case .range(_, _, let why): trace.lack(why)
        default: break
        }
        return (value, definition)
    }

    /// The value of an operand, typed like the fact it is compared with.
    func resolve(_ operand: Operand, type: ValueType) -> ParameterValue? {
        switch operand {
        case .parameter(let name):
            guard let value = evaluator.parameters[name] else { return nil }
            trace.use(ParameterReading(name: name, type: evaluator.criteria.parameter(name)?.type ?? type, value: value))
            return value
        case .literal(let text):
            return CriteriaValues.parse(text, as: type)
        case .call(let property):
            let call = evaluator.criteria.call
            switch property {
            case "opens": return call.opens.map(ParameterValue.timestamp)
            case "deadline": return call.deadline.map(ParameterValue.timestamp)
            case "envelope": return .number(call.envelope)
            case "minimumAward": return .number(call.minimumAward)
            case "maximumAward": return .number(call.maximumAward)
            default: return nil
            }
        }
    }

    /// An operand as explanations show it: « 30 % (paramètre « Autofinancement en année 3
    /// pour la note maximale ») », with the unit of a plain number before the reference.
    func describe(_ operand: Operand, value: ParameterValue, type: ValueType, unit: Localized? = nil)
        -> Explanation.OperandShown
    {
        let source: Explanation.OperandShown.Source
        switch operand {
        case .parameter(let name): source = .parameter(evaluator.criteria.parameter(name)?.label ?? .same(name))
        case .call(let property): source = .call(Context.callPropertyLabel(property))
        case .literal: source = .literal
        }
        return Explanation.OperandShown(value: value, type: type, unit: type == .number ? unit : nil, source: source)
    }

    /// How a call property is named to a reader.
    static func callPropertyLabel(_ property: String) -> Localized {
        switch property {
        case "opens": Localized(fr: "ouverture de l’appel", en: "call opening")
        case "deadline": Localized(fr: "date limite de l’appel", en: "call deadline")
        case "envelope": Localized(fr: "enveloppe de l’appel", en: "call envelope")
        case "minimumAward": Localized(fr: "aide minimale", en: "minimum award")
        case "maximumAward": Localized(fr: "aide maximale", en: "maximum award")
        default: .same(property)
        }
    }

    func decide(_ shared: SharedCriterion) -> CriterionResult {
        let criterion = shared.criterion
        trace = Trace()
        switch criterion.kind {
        case .gate:
            let (outcome, account) = criterion.rule.map { evaluate($0) } ?? (.undetermined, .text(.same("?")))
            return CriterionResult(criterion: shared, outcome: outcome, points: nil, account: account, trace: trace)
        case .score:
            guard let scale = criterion.scale else {
                return CriterionResult(
                    criterion: shared, outcome: .undetermined, points: nil, account: .text(.same("?")), trace: trace)
            }
            let weight = criterion.weight ?? 0
            let points: Decimal
            var account: Explanation
            var headroom: Decimal = 0
            if case .marked(let marks, _) = scale {
                guard let mark = jury?[criterion.id] else {
                    var result = CriterionResult(
                        criterion: shared, outcome: .undetermined, points: nil,
                        account: .awaitingMarks(minimum: marks.min, maximum: marks.max), trace: trace)
                    result.awaitingMarks = true
                    result.juryHeadroom = weight
                    return result
                }
                points = JuryScoring.points(mark: mark, on: marks, weight: weight)
                account = .juryMark(mark, maximum: marks.max)
            } else {
                let base: Scale
                if case .mixed(let inner, _, _, _) = scale { base = inner } else { base = scale }
                let (fraction, computedAccount) = score(base)
                guard let fraction else {
                    return CriterionResult(
                        criterion: shared, outcome: .undetermined, points: nil, account: computedAccount, trace: trace)
                }
                account = computedAccount
                var computed = Format.rounded(weight * fraction, 2)
                if case .mixed(_, let limit, _, _) = scale, jury?[criterion.id] == nil {
                    headroom = max(0, min(limit, weight - computed))
                }
                if case .mixed = scale, let adjustment = jury?[criterion.id] {
                    computed = JuryScoring.adjusted(computed, by: adjustment, weight: weight)
                    account = .juryAdjustment(account, adjustment)
                }
                points = computed
            }
            // A minimum fails only when the jury could not lift the score over it.
            let outcome: Outcome = criterion.minimum.map { points + headroom < $0 } == true ? .fail : .pass
            var result = CriterionResult(
                criterion: shared, outcome: outcome, points: points,
                account: .points(
                    account, points: points, weight: weight, failedMinimum: outcome == .fail ? criterion.minimum : nil),
                trace: trace)
            result.juryHeadroom = headroom
            return result
        }
    }
}
