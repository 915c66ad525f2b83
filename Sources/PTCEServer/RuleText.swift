import Foundation
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// A criterion's rule or scale written for a reader, as indented lines: facts by their
/// label, operators as words, parameters with their value in force.
struct RuleText {
    var language: Language
    var criteria: CriteriaFile

    /// One line of the rule, with its depth in the rule's tree.
    struct Line: Sendable {
        var depth: Int
        var text: String
    }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    private func fact(_ name: String) -> String {
        FactCatalog.byName[name].map { "\($0.label(language)) (\(name))" } ?? name
    }

    private func operand(_ operand: Operand) -> String {
        switch operand {
        case .literal(let text): return text
        case .parameter(let name):
            let value = criteria.parameter(name).map { "\($0.defaultValue)" } ?? "?"
            return t("paramètre \(name) (\(value) par défaut)", "parameter \(name) (default \(value))")
        case .call(let property):
            return t("propriété de l’appel « \(property) »", "call property “\(property)”")
        }
    }

    private func comparison(_ op: ComparisonOperator) -> String {
        switch op {
        case .ge: t("au moins", "at least")
        case .gt: t("plus de", "more than")
        case .le: t("au plus", "at most")
        case .lt: t("moins de", "less than")
        case .eq: t("égal à", "equal to")
        case .ne: t("différent de", "other than")
        }
    }

    func lines(_ criterion: Criterion) -> [Line] {
        if let rule = criterion.rule { return lines(rule, depth: 0) }
        if let scale = criterion.scale { return lines(scale, weight: criterion.weight ?? 0, depth: 0) }
        return []
    }

    private func lines(_ rule: Rule, depth: Int) -> [Line] {
        switch rule {
        case .compare(let name, let op, let value, _):
            return [Line(depth: depth, text: "\(fact(name)) : \(comparison(op)) \(operand(value))")]
        case .isTrue(let name, _):
            return [Line(depth: depth, text: t("\(fact(name)) : oui", "\(fact(name)): yes"))]
        case .isFalse(let name, _):
            return [Line(depth: depth, text: t("\(fact(name)) : non", "\(fact(name)): no"))]
        case .all(let rules, _):
            return [Line(depth: depth, text: t("toutes ces conditions :", "all of these conditions:"))]
                + rules.flatMap { lines($0, depth: depth + 1) }
        case .any(let rules, _):
            return [Line(depth: depth, text: t("au moins une de ces conditions :", "at least one of these conditions:"))]
                + rules.flatMap { lines($0, depth: depth + 1) }
        case .not(let inner, _):
            return [Line(depth: depth, text: t("il est faux que :", "it is not the case that:"))] + lines(inner, depth: depth + 1)
        }
    }

    private func lines(_ scale: Scale, weight: Decimal, depth: Int) -> [Line] {
        switch scale {
        case .linear(let name, let zero, let full, _):
            return [
                Line(
                    depth: depth,
                    text: t(
                        "\(fact(name)) : 0 point à \(operand(zero)), les \(weight) points à \(operand(full)), proportionnel entre les deux",
                        "\(fact(name)): 0 points at \(operand(zero)), all \(weight) points at \(operand(full)), proportional in between"
                    ))
            ]
        case .steps(let name, let steps, _):
            return [Line(depth: depth, text: t("\(fact(name)), par paliers :", "\(fact(name)), in steps:"))]
                + steps.map { step in
                    Line(
                        depth: depth + 1,
                        text: t(
                            "à partir de \(step.atLeast) : \(step.fraction * 100) % des points",
                            "from \(step.atLeast): \(step.fraction * 100) % of the points"))
                }
        case .whenTrue(let rule, _):
            return [Line(depth: depth, text: t("tous les points si :", "all the points when:"))] + lines(rule, depth: depth + 1)
        case .marked(let marks, _):
            return [
                Line(
                    depth: depth,
                    text: t(
                        "noté par le jury de \(marks.min) à \(marks.max) :",
                        "marked by the jury from \(marks.min) to \(marks.max):"))
            ]
                + marks.levels.map { Line(depth: depth + 1, text: "\($0.value) — \($0.meaning(language))") }
        case .mixed(let base, let adjust, _, _):
            return lines(base, weight: weight, depth: depth)
                + [
                    Line(
                        depth: depth,
                        text: t("puis ajusté par le jury de ±\(adjust) points", "then adjusted by the jury by ±\(adjust) points"))
                ]
        }
    }
}
