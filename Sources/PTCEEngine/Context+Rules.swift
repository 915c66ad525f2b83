import Foundation
import PTCEModel

extension Context {
    /// Three-valued evaluation of a rule, with what explains it.
    func evaluate(_ rule: Rule) -> (Outcome, Explanation) {
        switch rule {
        case .compare(let name, let op, let operand, _):
            return compare(name, op, operand)
        case .isTrue(let name, _), .isFalse(let name, _):
            var expected = true
            if case .isFalse = rule { expected = false }
            let (value, definition) = read(name)
            let shown = Explanation.FactShown(
                label: definition?.label ?? .same(name), value: value, type: .boolean,
                detail: definition?.detail(for: application, parameters: evaluator.parameters))
            let explanation = Explanation.truth(shown, expected: expected)
            guard case .boolean(let actual) = value else { return (.undetermined, explanation) }
            return (actual == expected ? .pass : .fail, explanation)
        case .all(let rules, _):
            let parts = rules.map { evaluate($0) }
            let outcome: Outcome =
                parts.contains { $0.0 == .fail } ? .fail : parts.contains { $0.0 == .undetermined } ? .undetermined : .pass
            if let range = range(rules) { return (outcome, range) }
            return (outcome, .all(parts.map(\.1)))
        case .any(let rules, _):
            let parts = rules.map { evaluate($0) }
            let outcome: Outcome =
                parts.contains { $0.0 == .pass } ? .pass : parts.contains { $0.0 == .undetermined } ? .undetermined : .fail
            return (outcome, .any(parts.map(\.1)))
        case .not(let inner, _):
            let (outcome, explanation) = evaluate(inner)
            let flipped: Outcome = outcome == .pass ? .fail : outcome == .fail ? .pass : .undetermined
            return (flipped, .negation(explanation))
        }
    }

    /// "date de dépôt : X ; exigé : ≥ A et ≤ B" for an `all` of comparisons of one fact.
    private func range(_ rules: [Rule]) -> Explanation? {
        var fact: String?
        var bounds: [(ComparisonOperator, Operand)] = []
        for rule in rules {
            guard case .compare(let name, let op, let operand, _) = rule, fact == nil || fact == name else { return nil }
            fact = name
            bounds.append((op, operand))
        }
        guard let fact, bounds.count > 1 else { return nil }
        let definition = FactCatalog.byName[fact]
        let type = definition?.type ?? .number
        let shown = Explanation.FactShown(
            label: definition?.label ?? .same(fact), value: self.fact(fact), type: type, unit: unit(of: definition))
        let required = bounds.compactMap { op, operand in
            resolve(operand, type: type).map {
                Explanation.Bound(op: op, operand: describe(operand, value: $0, type: type, unit: definition?.unit))
            }
        }
        return .range(shown, required)
    }

    /// The unit shown after a plain number ("6,5 ETP"); percents, euros and counts show their own.
    func unit(of definition: FactDefinition?) -> Localized? {
        guard let definition, definition.type == .number else { return nil }
        return definition.unit
    }

    private func compare(_ name: String, _ op: ComparisonOperator, _ operand: Operand) -> (Outcome, Explanation) {
        let (value, definition) = read(name)
        let type = definition?.type ?? .number
        let label = definition?.label ?? .same(name)
        guard let right = resolve(operand, type: type) else { return (.undetermined, .operandNotFound(label: label)) }
        let shown = Explanation.FactShown(
            label: label, value: value, type: type, unit: unit(of: definition),
            detail: definition?.detail(for: application, parameters: evaluator.parameters))
        let wanted = describe(operand, value: right, type: type, unit: definition?.unit)
        return (Context.compare(value, op, right.asFact), .comparison(shown, op, wanted))
    }

    /// Compares a fact value with a resolved operand; ranges decide only when both ends agree.
    static func compare(_ left: FactValue, _ op: ComparisonOperator, _ right: FactValue) -> Outcome {
        switch (left, right) {
        case (.timestamp(let a), .timestamp(let b)):
            return holds(a.date.timeIntervalSince1970, op, b.date.timeIntervalSince1970) ? .pass : .fail
        case (.boolean(let a), .boolean(let b)):
            switch op {
            case .eq: return a == b ? .pass : .fail
            case .ne: return a != b ? .pass : .fail
            default: return .undetermined
            }
        default:
            guard let (low, high) = left.bounds, case .number(let target)? = Optional(right) else { return .undetermined }
            // A known number is one end twice: decided by one comparison.
            if case .number = left { return holds(low, op, target) ? .pass : .fail }
            if op == .eq || op == .ne, low != high {
                guard target < low || target > high else { return .undetermined }
                return op == .ne ? .pass : .fail
            }
            let atLow = holds(low, op, target)
            let atHigh = holds(high, op, target)
            return atLow == atHigh ? (atLow ? .pass : .fail) : .undetermined
        }
    }

    static func holds<T: Comparable>(_ a: T, _ op: ComparisonOperator, _ b: T) -> Bool {
        switch op {
        case .ge: a >= b
        case .gt: a > b
        case .le: a <= b
        case .lt: a < b
        case .eq: a == b
        case .ne: a != b
        }
    }

    /// The fraction of a score's weight earned, or nil when undetermined.
    func score(_ scale: Scale) -> (Decimal?, Explanation) {
        switch scale {
        case .whenTrue(let rule, _):
            let (outcome, explanation) = evaluate(rule)
            switch outcome {
            case .pass: return (1, explanation)
            case .fail: return (0, explanation)
            case .undetermined: return (nil, explanation)
            }
        case .linear(let name, let zeroOperand, let fullOperand, _):
            let (value, definition) = read(name)
            let type = definition?.type ?? .number
            let label = definition?.label ?? .same(name)
            guard case .number(let zero)? = resolve(zeroOperand, type: type),
                case .number(let full)? = resolve(fullOperand, type: type), full != zero
            else { return (nil, .invalidScale(label: label)) }
            let fullText = describe(fullOperand, value: .number(full), type: type, unit: definition?.unit)
            let shown = Explanation.FactShown(label: label, value: value, type: type, unit: unit(of: definition))
            let fraction: (Decimal) -> Decimal = { max(0, min(1, ($0 - zero) / (full - zero))) }
            return (bounded(value, fraction), .linear(shown, full: fullText))
        case .steps(let name, let steps, _):
            let (value, definition) = read(name)
            let type = definition?.type ?? .number
            let shown = Explanation.FactShown(label: definition?.label ?? .same(name), value: value, type: type)
            let fraction: (Decimal) -> Decimal = { number in steps.last { $0.atLeast <= number }?.fraction ?? 0 }
            return (bounded(value, fraction), .steps(shown))
        case .marked, .mixed:
            // Juror input is applied by `decide`, which knows the criterion.
            return (nil, .text(.same("?")))
        }
    }

    /// Applies `fraction` to a number, or to both ends of a range (decided only if they agree).
    /// A known number is one end twice: its fraction is computed once.
    private func bounded(_ value: FactValue, _ fraction: (Decimal) -> Decimal) -> Decimal? {
        guard let (low, high) = value.bounds else { return nil }
        let a = fraction(low)
        if case .number = value { return a }
        return a == fraction(high) ? a : nil
    }
}

/// The comparison primitive, exposed for tests of its three-valued logic.
public enum EvaluatorProbe {
    /// The outcome of comparing two fact values with `op`: undetermined when either is missing,
    /// or when bounded values straddle the threshold.
    public static func compare(_ left: FactValue, _ op: ComparisonOperator, _ right: FactValue) -> Outcome {
        Context.compare(left, op, right)
    }
}
