import Foundation
import PTCEModel

extension Explanation {
    /// The explanation in words, both languages.
    var text: Localized {
        switch self {
        case .text(let text):
            return text
        case .comparison(let fact, let op, let operand):
            let wanted = operand.text
            return fact.stated(requiring: Localized(fr: "\(op.symbol) \(wanted.fr)", en: "\(op.symbol) \(wanted.en)"))
        case .operandNotFound(let label):
            return Localized(fr: "\(label.fr) : opérande introuvable", en: "\(label.en): operand not found")
        case .truth(let fact, let expected):
            return fact.stated(requiring: Format.fact(.boolean(expected), as: .boolean))
        case .range(let fact, let bounds):
            let required = bounds.map { ($0.op.symbol, $0.operand.text) }
            return fact.stated(
                requiring: Localized(
                    fr: required.map { "\($0.0) \($0.1.fr)" }.joined(separator: " et "),
                    en: required.map { "\($0.0) \($0.1.en)" }.joined(separator: " and ")))
        case .all(let parts):
            return Explanation.join(parts, fr: " ; ", en: "; ")
        case .any(let parts):
            return Explanation.join(parts, fr: " ; ou ", en: "; or ")
        case .negation(let inner):
            let text = inner.text
            return Localized(fr: "non (\(text.fr))", en: "not (\(text.en))")
        case .linear(let fact, let full):
            let fullText = full.text
            return fact.stated(then: Localized(fr: " (plein à \(fullText.fr))", en: " (full at \(fullText.en))"))
        case .invalidScale(let label):
            return Localized(fr: "\(label.fr) : échelle invalide", en: "\(label.en): invalid scale")
        case .steps(let fact):
            return fact.stated()
        case .awaitingMarks(let minimum, let maximum):
            return Localized(
                fr: "à noter par le jury (\(Explanation.number(minimum, .fr)) à \(Explanation.number(maximum, .fr)))",
                en: "to be marked by the jury (\(Explanation.number(minimum, .en)) to \(Explanation.number(maximum, .en)))")
        case .juryMark(let mark, let maximum):
            return Localized(
                fr: "note du jury : \(Explanation.number(mark, .fr)) / \(Explanation.number(maximum, .fr))",
                en: "jury mark: \(Explanation.number(mark, .en)) / \(Explanation.number(maximum, .en))")
        case .juryAdjustment(let computed, let adjustment):
            let text = computed.text
            let sign = adjustment >= 0 ? "+" : ""
            return Localized(
                fr: "\(text.fr) ; ajustement du jury : \(sign)\(Explanation.number(adjustment, .fr))",
                en: "\(text.en); jury adjustment: \(sign)\(Explanation.number(adjustment, .en))")
        case .points(let reason, let points, let weight, let failedMinimum):
            let text = reason.text
            let pointsText = Localized(
                fr: "\(text.fr) → \(Explanation.number(points, .fr)) / \(Explanation.number(weight, .fr)) points",
                en: "\(text.en) → \(Explanation.number(points, .en)) / \(Explanation.number(weight, .en)) points")
            guard let minimum = failedMinimum else { return pointsText }
            return Localized(
                fr: "\(pointsText.fr) ; minimum exigé : \(Explanation.number(minimum, .fr))",
                en: "\(pointsText.en); minimum required: \(Explanation.number(minimum, .en))")
        }
    }

    /// Points and marks are written with up to two decimals.
    private static func number(_ value: Decimal, _ language: Language) -> String {
        Format.number(value, places: 2, language: language)
    }

    private static func join(_ parts: [Explanation], fr: String, en: String) -> Localized {
        let texts = parts.map(\.text)
        return Localized(fr: texts.map(\.fr).joined(separator: fr), en: texts.map(\.en).joined(separator: en))
    }
}

extension Explanation.FactShown {
    /// « label : valeur », then `tail` (« (plein à …) »).
    func stated(then tail: Localized = .same("")) -> Localized {
        let shown = self.shown
        return Localized(fr: "\(label.fr) : \(shown.fr)\(tail.fr)", en: "\(label.en): \(shown.en)\(tail.en)")
    }

    /// « label : valeur ; exigé : … »: the value read and the value a rule requires.
    func stated(requiring wanted: Localized) -> Localized {
        stated(then: Localized(fr: " ; exigé : \(wanted.fr)", en: "; required: \(wanted.en)"))
    }

    /// The value with its unit (« 6,5 ETP ») and how it was reached (« oui (porteur : …) »).
    var shown: Localized {
        var shown = Format.fact(value, as: type)
        if let unit { shown = Localized(fr: "\(shown.fr) \(unit.fr)", en: "\(shown.en) \(unit.en)") }
        if let detail { shown = Localized(fr: "\(shown.fr) (\(detail.fr))", en: "\(shown.en) (\(detail.en))") }
        return shown
    }
}

extension Explanation.OperandShown {
    /// « 30 % (paramètre « Autofinancement en année 3 pour la note maximale ») », with the
    /// unit of a plain number before the reference. A parameter is named by its label, never
    /// by the id rules use.
    var text: Localized {
        var shown = Format.parameter(value, as: type)
        if let unit { shown = Localized(fr: "\(shown.fr) \(unit.fr)", en: "\(shown.en) \(unit.en)") }
        switch source {
        case .parameter(let label):
            return Localized(fr: "\(shown.fr) (paramètre « \(label.fr) »)", en: "\(shown.en) (parameter “\(label.en)”)")
        case .call(let name):
            return Localized(fr: "\(shown.fr) (\(name.fr))", en: "\(shown.en) (\(name.en))")
        case .literal:
            return shown
        }
    }
}
