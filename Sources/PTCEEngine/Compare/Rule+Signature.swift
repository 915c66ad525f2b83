import Foundation

extension Operand {
    /// The operand as a short key, the same for the same meaning wherever it is written.
    public var signature: String {
        switch self {
        case .parameter(let name): "param:\(name)"
        case .literal(let text): "literal:\(text)"
        case .call(let property): "call:\(property)"
        }
    }

    /// The parameter the operand names, if any.
    var parameterName: String? {
        if case .parameter(let name) = self { return name }
        return nil
    }
}

extension Rule {
    /// The rule's logic as a key that ignores where it is written (lines): two rules with the
    /// same signature decide every application the same way.
    public var signature: String {
        switch self {
        case .compare(let fact, let op, let operand, _): "\(fact) \(op.rawValue) \(operand.signature)"
        case .isTrue(let fact, _): "\(fact) is true"
        case .isFalse(let fact, _): "\(fact) is false"
        case .all(let rules, _): "all(" + rules.map(\.signature).joined(separator: ", ") + ")"
        case .any(let rules, _): "any(" + rules.map(\.signature).joined(separator: ", ") + ")"
        case .not(let rule, _): "not(" + rule.signature + ")"
        }
    }

    /// Every operand the rule compares with, in order.
    var operands: [Operand] {
        switch self {
        case .compare(_, _, let operand, _): [operand]
        case .isTrue, .isFalse: []
        case .all(let rules, _), .any(let rules, _): rules.flatMap(\.operands)
        case .not(let rule, _): rule.operands
        }
    }
}

extension Scale {
    /// The scale's logic as a key that ignores lines (see ``Rule/signature``).
    public var signature: String {
        switch self {
        case .linear(let fact, let zero, let full, _): "linear(\(fact), \(zero.signature), \(full.signature))"
        case .steps(let fact, let steps, _):
            "steps(\(fact), " + steps.map { "\($0.atLeast):\($0.fraction)" }.joined(separator: ", ") + ")"
        case .whenTrue(let rule, _): "when(\(rule.signature))"
        case .marked(let marks, _): "marked(\(marks.min), \(marks.max), \(marks.step))"
        case .mixed(let base, let adjust, let step, _): "mixed(\(base.signature), ±\(adjust), \(step))"
        }
    }

    /// Every operand the scale reads, in order.
    var operands: [Operand] {
        switch self {
        case .linear(_, let zero, let full, _): [zero, full]
        case .steps, .marked: []
        case .whenTrue(let rule, _): rule.operands
        case .mixed(let base, _, _, _): base.operands
        }
    }
}

extension Criterion {
    /// The parameters the criterion reads: in its rule or scale, its minimum, its adjustment
    /// margin, and through the facts it reads (see ``FactDefinition/parameters``).
    public var parametersRead: Set<String> {
        var names = Set((rule?.operands ?? []).compactMap(\.parameterName))
        names.formUnion((scale?.operands ?? []).compactMap(\.parameterName))
        if let minimumParameter { names.insert(minimumParameter) }
        if let adjustParameter { names.insert(adjustParameter) }
        let facts = (rule?.facts ?? []) + (scale?.facts ?? [])
        for fact in facts { names.formUnion(FactCatalog.byName[fact.name]?.parameters ?? []) }
        return names
    }
}
