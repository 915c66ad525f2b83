import Foundation
import PTCEModel

/// How a decision is explained, kept as the values it used and written only when read.
///
/// A batch decides every criterion of every application, but most reports show few of the
/// explanations (the CSV none): the words and numbers are formatted by ``text`` on demand,
/// from the same values the decision read, so the text is the same as if written at once.
indirect enum Explanation: Sendable, Hashable {
    /// Text already written (a jury's consensus, a decoded result, a slimmed summary).
    case text(Localized)
    /// A fact compared with an operand: « label : valeur ; exigé : ≥ opérande ».
    case comparison(FactShown, ComparisonOperator, OperandShown)
    /// A comparison whose operand does not resolve.
    case operandNotFound(label: Localized)
    /// A yes-or-no fact and the value required.
    case truth(FactShown, expected: Bool)
    /// One fact between bounds: « label : valeur ; exigé : ≥ A et ≤ B ».
    case range(FactShown, [Bound])
    /// The parts of an `all`, joined by « ; ».
    case all([Explanation])
    /// The parts of an `any`, joined by « ; ou ».
    case any([Explanation])
    /// A negated rule: « non (…) ».
    case negation(Explanation)
    /// A linear scale: « label : valeur (plein à opérande) ».
    case linear(FactShown, full: OperandShown)
    /// A linear scale whose ends do not resolve or coincide.
    case invalidScale(label: Localized)
    /// A scale by steps: « label : valeur ».
    case steps(FactShown)
    /// A score awaiting the jury's marks, with the range of marks.
    case awaitingMarks(minimum: Decimal, maximum: Decimal)
    /// The jury's mark on its scale.
    case juryMark(Decimal, maximum: Decimal)
    /// A computed score and the jury's adjustment of it.
    case juryAdjustment(Explanation, Decimal)
    /// A score's points out of its weight, and the minimum it failed to reach if it did.
    case points(Explanation, points: Decimal, weight: Decimal, failedMinimum: Decimal?)

    /// A fact as an explanation shows it.
    struct FactShown: Sendable, Hashable {
        /// The fact's label.
        var label: Localized
        /// The value read.
        var value: FactValue
        /// The type the value is written as.
        var type: ValueType
        /// The unit written after a plain number, if shown.
        var unit: Localized?
        /// How the value was reached, if the fact says it.
        var detail: Localized?
    }

    /// An operand as an explanation shows it: its value and where it comes from.
    struct OperandShown: Sendable, Hashable {
        /// The value in force.
        var value: ParameterValue
        /// The type of the fact it is compared with.
        var type: ValueType
        /// The unit written after a plain number, if shown.
        var unit: Localized?
        /// Where the value comes from.
        var source: Source

        /// Where an operand's value comes from.
        enum Source: Sendable, Hashable {
            /// Written in the rule.
            case literal
            /// A parameter of the criteria file, by its label.
            case parameter(Localized)
            /// A property of the call, by its label.
            case call(Localized)
        }
    }

    /// One bound of a range.
    struct Bound: Sendable, Hashable {
        /// The comparison the bound makes.
        var op: ComparisonOperator
        /// The operand compared with.
        var operand: OperandShown
    }
}
