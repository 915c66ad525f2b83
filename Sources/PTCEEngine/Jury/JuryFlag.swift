public import Foundation
public import PTCEModel

/// A point for the committee to discuss, naming the criterion by its title and the jurors by
/// their ids (or anonymised labels).
public enum JuryFlag: Sendable, Hashable {
    /// One juror's value on a criterion, with the juror as reports show them.
    public struct Mark: Sendable, Hashable {
        /// The juror's id, or "juré 3" / "juror 3" when anonymised.
        public var juror: Localized
        /// The mark or adjustment given.
        public var value: Decimal

        public init(juror: Localized, value: Decimal) {
            self.juror = juror
            self.value = value
        }
    }

    /// Marks on a criterion further apart than the settings allow; `marks` lists every
    /// juror's value, lowest first.
    case disagreement(criterion: String, title: Localized, spread: Decimal, marks: [Mark])
    /// Fewer marks on a criterion than the settings require.
    case notEnoughMarks(criterion: String, title: Localized, count: Int, required: Int)

    /// A stable code for the flag (`jury.disagreement`, `jury.not-enough-marks`).
    public var code: String {
        switch self {
        case .disagreement: "jury.disagreement"
        case .notEnoughMarks: "jury.not-enough-marks"
        }
    }

    /// The criterion's id.
    public var criterion: String {
        switch self {
        case .disagreement(let criterion, _, _, _), .notEnoughMarks(let criterion, _, _, _): criterion
        }
    }

    /// The flag in words, in both languages: the criterion's title, the spread and who gave what.
    public var label: Localized {
        switch self {
        case .disagreement(_, let title, let spread, let marks):
            let list = { (language: Language) in
                marks.map { mark in
                    let value = Format.number(mark.value, places: 2, language: language)
                    return language == .fr ? "\(mark.juror.fr) : \(value)" : "\(mark.juror.en): \(value)"
                }.joined(separator: language == .fr ? " ; " : "; ")
            }
            return Localized(
                fr:
                    "désaccord sur « \(title.fr) » : \(Format.number(spread, places: 2, language: .fr)) point(s) d’écart entre les notes (\(list(.fr))) — à discuter avant de retenir le consensus",
                en:
                    "disagreement on “\(title.en)”: marks \(Format.number(spread, places: 2, language: .en)) point(s) apart (\(list(.en))) — to discuss before the consensus stands"
            )
        case .notEnoughMarks(_, let title, let count, let required):
            return Localized(
                fr:
                    "notes insuffisantes sur « \(title.fr) » : \(count) note(s) sur \(required) exigée(s) — le dossier attend les notes manquantes",
                en:
                    "not enough marks on “\(title.en)”: \(count) of \(required) required — the application awaits the missing marks"
            )
        }
    }
}
