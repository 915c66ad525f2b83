import Foundation
import PTCEModel

extension Context {
    /// Three-valued evaluation of a rule, with its explanation.
    func evaluate(_ rule: Rule) -> (Outcome, Localized) {
        switch rule {
        case .compare(let name, let op, let operand, _):
            return compare(name, op, operand)
        case .isTrue(let name, _), .isFalse(let name, _):
            var expected = true
            if case .isFalse = rule { expected = false }
            let (value, definition) = read(name)
            let label = definition?.label ?? .same(name)
            let wanted = Format.fact(.boolean(expected), as: .boolean)
            var shown = Format.fact(value, as: .boolean)
            if let detail = definition?.detail(for: application, parameters: evaluator.parameters) {
                shown = Localized(fr: "\(shown.fr) (\(detail.fr))", en: "\(shown.en) (\(detail.en))")
            }
            let text = Localized(
                fr: "\(label.fr) : \(shown.fr) ; exigé : \(wanted.fr)", en: "\(label.en): \(shown.en); required: \(wanted.en)")
            guard case .boolean(let actual) = value else { return (.undetermined, text) }
            return (actual == expected ? .pass : .fail, text)
        case .all(let rules, _):
            let parts = rules.map { evaluate($0) }
            let outcome: Outcome =
                parts.contains { $0.0 == .fail } ? .fail : parts.contains { $0.0 == .undetermined } ? .undetermined : .pass
            if let range = rangeText(rules) { return (outcome, range) }
            return (outcome, join(parts.map(\.1), fr: " ; ", en: "; "))
        case .any(let rules, _):
            let parts = rules.map { evaluate($0) }
            let outcome: Outcome =
                parts.contains { $0.0 == .pass } ? .pass : parts.contains { $0.0 == .undetermined } ? .undetermined : .fail
            return (outcome, join(parts.map(\.1), fr: " ; ou ", en: "; or "))
        case .not(let inner, _):
            let (outcome, text) = evaluate(inner)
            let flipped: Outcome = outcome == .pass ? .fail : outcome == .fail ? .pass : .undetermined
            return (flipped, Localized(fr: "non (\(text.fr))", en: "not (\(text.en))"))
        }
    }

    /// "date de dépôt : X ; exigé : ≥ A et ≤ B" for an `all` of comparisons of one fact.
    private func rangeText(_ rules: [Rule]) -> Localized? {
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
        let label = definition?.label ?? .same(fact)
        let shown = withUnit(Format.fact(self.fact(fact), as: type), definition)
        let required = bounds.compactMap { op, operand in
            resolve(operand, type: type).map { (op, describe(operand, value: $0, type: type, unit: definition?.unit)) }
        }
        return Localized(
            fr: "\(label.fr) : \(shown.fr) ; exigé : " + required.map { "\($0.0.symbol) \($0.1.fr)" }.joined(separator: " et "),
            en: "\(label.en): \(shown.en); required: " + required.map { "\($0.0.symbol) \($0.1.en)" }.joined(separator: " and "))
    }

    /// Appends the unit of a plain number ("6,5 ETP"); percents, euros and counts show their own.
    func withUnit(_ text: Localized, _ definition: FactDefinition?) -> Localized {
        guard let definition, definition.type == .number else { return text }
        return Localized(fr: "\(text.fr) \(definition.unit.fr)", en: "\(text.en) \(definition.unit.en)")
    }

    private func join(_ texts: [Localized], fr: String, en: String) -> Localized {
        Localized(fr: texts.map(\.fr).joined(separator: fr), en: texts.map(\.en).joined(separator: en))
    }

    private func compare(_ name: String, _ op: ComparisonOperator, _ operand: Operand) -> (Outcome, Localized) {
        let (value, definition) = read(name)
        let type = definition?.type ?? .number
        let label = definition?.label ?? .same(name)
        guard let right = resolve(operand, type: type) else {
            return (.undetermined, Localized(fr: "\(label.fr) : opérande introuvable", en: "\(label.en): operand not found"))
        }
        var shown = withUnit(Format.fact(value, as: type), definition)
        if let detail = definition?.detail(for: application, parameters: evaluator.parameters) {
            shown = Localized(fr: "\(shown.fr) (\(detail.fr))", en: "\(shown.en) (\(detail.en))")
        }
        let wanted = describe(operand, value: right, type: type, unit: definition?.unit)
        let text = Localized(
            fr: "\(label.fr) : \(shown.fr) ; exigé : \(op.symbol) \(wanted.fr)",
            en: "\(label.en): \(shown.en); required: \(op.symbol) \(wanted.en)")
        return (Context.compare(value, op, right.asFact), text)
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
    func score(_ scale: Scale) -> (Decimal?, Localized) {
        switch scale {
        case .whenTrue(let rule, _):
            let (outcome, text) = evaluate(rule)
            switch outcome {
            case .pass: return (1, text)
            case .fail: return (0, text)
            case .undetermined: return (nil, text)
            }
        case .linear(let name, let zeroOperand, let fullOperand, _):
            let (value, definition) = read(name)
            let type = definition?.type ?? .number
            let label = definition?.label ?? .same(name)
            guard case .number(let zero)? = resolve(zeroOperand, type: type),
                case .number(let full)? = resolve(fullOperand, type: type), full != zero
            else { return (nil, Localized(fr: "\(label.fr) : échelle invalide", en: "\(label.en): invalid scale")) }
            let fullText = describe(fullOperand, value: .number(full), type: type, unit: definition?.unit)
            let shown = withUnit(Format.fact(value, as: type), definition)
            let text = Localized(
                fr: "\(label.fr) : \(shown.fr) (plein à \(fullText.fr))",
                en: "\(label.en): \(shown.en) (full at \(fullText.en))")
            let fraction: (Decimal) -> Decimal = { max(0, min(1, ($0 - zero) / (full - zero))) }
            return (bounded(value, fraction), text)
        case .steps(let name, let steps, _):
            let (value, definition) = read(name)
            let type = definition?.type ?? .number
            let label = definition?.label ?? .same(name)
            let text = Localized(
                fr: "\(label.fr) : \(Format.fact(value, as: type).fr)", en: "\(label.en): \(Format.fact(value, as: type).en)")
            let fraction: (Decimal) -> Decimal = { number in steps.last { $0.atLeast <= number }?.fraction ?? 0 }
            return (bounded(value, fraction), text)
        case .marked, .mixed:
            // Juror input is applied by `decide`, which knows the criterion.
            return (nil, .same("?"))
        }
    }

    /// Applies `fraction` to a number, or to both ends of a range (decided only if they agree).
    private func bounded(_ value: FactValue, _ fraction: (Decimal) -> Decimal) -> Decimal? {
        guard let (low, high) = value.bounds else { return nil }
        let a = fraction(low)
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
