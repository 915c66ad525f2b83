import Foundation
import PTCEModel

/// Why a juror's mark is refused and what to do about it, for the secretary who reads the list:
/// the wording of every refusal, in one place, each with its code (`jury.conflict`…).
enum MarkRefusal {
    /// The sheet was written for another call.
    case otherCall(sheet: String, batch: String)
    /// The juror's id is not in the jurors file.
    case unknownJuror(String)
    /// No application of the batch has this id.
    case unknownApplication(String)
    /// The criterion is not one the jury marks (or not in this call).
    case notMarked
    /// The juror may not read this application; the reason is nil when the report is anonymised
    /// (a SIREN or a declared conflict would tell who the juror is).
    case conflict(Localized?)
    /// The value is outside the scale, or between two of its steps.
    case offScale(Decimal, JurorInput)

    /// The stable code, independent of the wording.
    var code: String {
        switch self {
        case .otherCall: "jury.other-call"
        case .unknownJuror: "jury.unknown-juror"
        case .unknownApplication: "jury.unknown-application"
        case .notMarked: "jury.not-marked-criterion"
        case .conflict: "jury.conflict"
        case .offScale: "jury.off-scale"
        }
    }

    private static func n(_ value: Decimal, _ language: Language) -> String {
        Format.number(value, places: 2, language: language)
    }

    /// What is wrong.
    var wrong: Localized {
        switch self {
        case .otherCall(let sheet, let batch):
            Localized(
                fr: "la feuille est celle de l’appel \(sheet), ce lot est classé selon \(batch)",
                en: "the sheet is for call \(sheet), this batch is ranked under \(batch)")
        case .unknownJuror(let id):
            Localized(fr: "le juré « \(id) » n’est pas dans le fichier des jurés", en: "juror “\(id)” is not in the jurors file")
        case .unknownApplication(let id):
            Localized(fr: "aucun dossier « \(id) » dans ce lot", en: "no application “\(id)” in this batch")
        case .notMarked:
            Localized(fr: "ce critère n’est pas noté par le jury", en: "this criterion is not marked by the jury")
        case .conflict(let reason?):
            Localized(
                fr: "le juré est en conflit d’intérêts avec ce dossier (\(reason.fr))",
                en: "the juror is in conflict with this application (\(reason.en))")
        case .conflict(nil):
            Localized(
                fr: "le juré est en conflit d’intérêts avec ce dossier",
                en: "the juror is in conflict with this application")
        case .offScale(let value, let input):
            Localized(
                fr:
                    "\(Self.n(value, .fr)) n’est pas sur l’échelle (de \(Self.n(input.range.lowerBound, .fr)) à \(Self.n(input.range.upperBound, .fr)), par pas de \(Self.n(input.step, .fr)))",
                en:
                    "\(Self.n(value, .en)) is off the scale (\(Self.n(input.range.lowerBound, .en)) to \(Self.n(input.range.upperBound, .en)), steps of \(Self.n(input.step, .en)))"
            )
        }
    }

    /// What to do.
    var todo: Localized {
        switch self {
        case .otherCall:
            Localized(
                fr: "reprendre la feuille écrite par « ptce jury assign » pour cet appel",
                en: "use the sheet “ptce jury assign” wrote for this call")
        case .unknownJuror:
            Localized(
                fr: "corriger l’identifiant du juré (colonne juror) ou l’ajouter au fichier des jurés",
                en: "correct the juror’s id (column juror) or add the juror to the jurors file")
        case .unknownApplication:
            Localized(
                fr: "corriger l’identifiant du dossier (colonne application : le nom du fichier sans .xml)",
                en: "correct the application’s id (column application: the file name without .xml)")
        case .notMarked:
            Localized(
                fr: "retirer cette ligne : seuls les critères de la feuille d’origine sont notés",
                en: "remove this row: only the criteria of the original sheet are marked")
        case .conflict:
            Localized(
                fr: "retirer cette note : un juré en conflit ne note pas ce dossier",
                en: "remove this mark: a conflicted juror does not mark this application")
        case .offScale(let value, let input):
            Localized(
                fr:
                    "écrire une note de l’échelle, par exemple \(Self.nearest(value, input).map { Self.n($0, .fr) }.joined(separator: " ou "))",
                en:
                    "write a mark on the scale, for example \(Self.nearest(value, input).map { Self.n($0, .en) }.joined(separator: " or "))"
            )
        }
    }

    /// The one or two values on the scale nearest to `value`.
    static func nearest(_ value: Decimal, _ input: JurorInput) -> [Decimal] {
        let range = input.range
        guard value > range.lowerBound else { return [range.lowerBound] }
        guard value < range.upperBound else { return [range.upperBound] }
        var steps = (value - range.lowerBound) / input.step
        var down = Decimal()
        NSDecimalRound(&down, &steps, 0, .down)
        let below = range.lowerBound + down * input.step
        let above = Swift.min(below + input.step, range.upperBound)
        return below == above ? [below] : [below, above]
    }

    /// The refusal as people read it: who, which application and criterion, what is wrong, what to do.
    func message(juror: Localized, application: String, criterion: Localized) -> Localized {
        Localized(
            fr:
                "note refusée — \(juror.fr), dossier \(application), critère « \(criterion.fr) » : \(wrong.fr). À faire : \(todo.fr).",
            en:
                "mark refused — \(juror.en), application \(application), criterion “\(criterion.en)”: \(wrong.en). To do: \(todo.en)."
        )
    }
}
