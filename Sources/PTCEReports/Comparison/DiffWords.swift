import Foundation
import PTCEEngine
import PTCEModel

/// The values of a ``CriteriaDiff`` in words a jury member reads, on one line each: facts by
/// their label, parameters by their label and value in force, rules with "et" / "ou".
struct DiffWords {
    let language: Language
    /// The side the value belongs to: its file (parameter labels, criterion titles) and values.
    let file: CriteriaFile
    let values: ParameterValues

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
    private func number(_ value: Decimal) -> String { Format.number(value, places: 2, language: language) }

    /// A criterion's title on this side, or its id.
    func title(_ id: String) -> String { file.criteria.first { $0.id == id }?.title(language) ?? id }

    func fact(_ name: String) -> String { FactCatalog.byName[name]?.label(language) ?? name }

    /// A parameter by its label, with its value in force.
    func parameter(_ name: String) -> String {
        guard let parameter = file.parameter(name) else { return name }
        let value = values[name] ?? parameter.defaultValue
        let label = parameter.label(language)
        return "\(Format.parameter(value, as: parameter.type)(language)) (" + t("« \(label) »", "“\(label)”") + ")"
    }

    func operand(_ operand: Operand) -> String {
        switch operand {
        case .literal(let text): text
        case .parameter(let name): parameter(name)
        case .call(let property): t("« \(property) » de l’appel", "the call’s “\(property)”")
        }
    }

    func comparison(_ op: ComparisonOperator) -> String {
        switch op {
        case .ge: t("au moins", "at least")
        case .gt: t("plus de", "more than")
        case .le: t("au plus", "at most")
        case .lt: t("moins de", "less than")
        case .eq: t("égal à", "equal to")
        case .ne: t("différent de", "other than")
        }
    }

    func rule(_ rule: Rule, nested: Bool = false) -> String {
        switch rule {
        case .compare(let name, let op, let value, _): return "\(fact(name)) \(comparison(op)) \(operand(value))"
        case .isTrue(let name, _): return t("\(fact(name)) : oui", "\(fact(name)): yes")
        case .isFalse(let name, _): return t("\(fact(name)) : non", "\(fact(name)): no")
        case .all(let rules, _), .any(let rules, _):
            let joiner: String
            if case .all = rule { joiner = t(" et ", " and ") } else { joiner = t(" ou ", " or ") }
            let text = rules.map { self.rule($0, nested: true) }.joined(separator: joiner)
            return nested ? "(\(text))" : text
        case .not(let inner, _): return t("non (\(self.rule(inner)))", "not (\(self.rule(inner)))")
        }
    }

    func scale(_ scale: Scale, weight: Decimal?) -> String {
        let all = weight.map { t("les \(number($0)) points", "all \(number($0)) points") } ?? t("tous les points", "all points")
        switch scale {
        case .linear(let name, let zero, let full, _):
            return t(
                "\(fact(name)) : 0 point à \(operand(zero)), \(all) à \(operand(full)), proportionnel entre les deux",
                "\(fact(name)): 0 points at \(operand(zero)), \(all) at \(operand(full)), proportional in between")
        case .steps(let name, let steps, _):
            let list = steps.map {
                t(
                    "dès \(number($0.atLeast)) : \(number($0.fraction * 100)) %",
                    "from \(number($0.atLeast)): \(number($0.fraction * 100)) %")
            }
            return t("\(fact(name)) par paliers — ", "\(fact(name)) in steps — ") + list.joined(separator: " ; ")
        case .whenTrue(let rule, _): return t("\(all) si \(self.rule(rule))", "\(all) when \(self.rule(rule))")
        case .marked(let marks, _):
            return t(
                "noté par le jury de \(number(marks.min)) à \(number(marks.max)), par pas de \(number(marks.step))",
                "marked by the jury from \(number(marks.min)) to \(number(marks.max)), steps of \(number(marks.step))")
        case .mixed(let base, let adjust, _, _):
            return self.scale(base, weight: weight)
                + t(
                    " ; puis ajusté par le jury de ±\(number(adjust)) points",
                    "; then adjusted by the jury by ±\(number(adjust)) points")
        }
    }

    func criterion(_ criterion: Criterion) -> String {
        switch criterion.kind {
        case .gate: return ComparisonLabel.gate(language) + (criterion.rule.map { " : " + rule($0) } ?? "")
        case .score:
            let points = criterion.weight.map { t(" sur \(number($0)) points", " out of \(number($0)) points") } ?? ""
            return ComparisonLabel.score(language) + points
                + (criterion.scale.map { " — " + scale($0, weight: criterion.weight) } ?? "")
        }
    }

    func tieBreak(_ keys: [TieBreakKey]) -> String {
        guard !keys.isEmpty else { return ComparisonLabel.nothing(language) }
        return keys.map { key in
            let target =
                switch key.target {
                case .criterion(let id): title(id)
                case .fact(let name): fact(name)
                }
            let direction = key.descending ? ComparisonLabel.descending : ComparisonLabel.ascending
            return "\(target) (\(direction(language)))"
        }.joined(separator: t(", puis ", ", then "))
    }

    /// One side of a change in words.
    func value(_ value: CriteriaDiff.Value, weight: Decimal? = nil) -> String {
        switch value {
        case .parameter(let value, let type): Format.parameter(value, as: type)(language)
        case .amount(let amount): Format.euros(amount, language: language)
        case .points(let points): "\(number(points)) \(ComparisonLabel.pointsUnit(language))"
        case .date(let date): Format.timestamp(date)(language)
        case .text(let text): text(language)
        case .criterion(let criterion): self.criterion(criterion)
        case .rule(let rule): self.rule(rule)
        case .scale(let scale): self.scale(scale, weight: weight)
        case .operand(let operand): self.operand(operand)
        case .parameterName(let name): parameter(name)
        case .tieBreak(let keys): tieBreak(keys)
        case .none: "—"
        }
    }
}
