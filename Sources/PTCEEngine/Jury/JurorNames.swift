import Foundation
import PTCEModel

/// How jurors are named in what the committee reads: "juré j2 (Claire Martin)", or only their
/// number ("juré 3") when the report is anonymised.
struct JurorNames {
    let jurors: [Juror]
    /// Juror ids in the order anonymised numbers follow.
    let order: [String]
    let anonymise: Bool

    /// The juror as shown, in both languages.
    func callAsFunction(_ id: String) -> Localized {
        if anonymise {
            let number = (order.firstIndex(of: id) ?? order.count) + 1
            return Localized(fr: "juré \(number)", en: "juror \(number)")
        }
        if let juror = jurors.first(where: { $0.id == id }), !juror.name.isEmpty, juror.name != id {
            return Localized(fr: "juré \(id) (\(juror.name))", en: "juror \(id) (\(juror.name))")
        }
        return Localized(fr: "juré \(id)", en: "juror \(id)")
    }

    /// One problem per juror of the panel without a mark: no sheet in the folder
    /// (`jury.sheet-missing`), or a sheet whose values are all blank (`jury.sheet-empty`).
    func missingSheets(_ sheets: LoadedMarks) -> [Problem] {
        let marking = Set(sheets.marks.map(\.juror))
        let folder = sheets.files.first.map { ($0.path as NSString).deletingLastPathComponent }
        return jurors.filter { !marking.contains($0.id) }.map { juror in
            let name = self(juror.id)
            let sheet = sheets.files.first { file in
                let base = (file.path as NSString).lastPathComponent
                return (base as NSString).deletingPathExtension == juror.id
            }
            // Where: the sheet, or where it is expected (beside the others, named after the juror).
            let expected = folder.map { ($0 as NSString).appendingPathComponent("\(juror.id).csv") } ?? juror.id
            let location = SourceLocation(file: anonymise ? name.en : sheet?.path ?? expected, line: 0)
            if sheet != nil {
                return Problem(
                    kind: .value, severity: .warning, location: location,
                    message: Localized(
                        fr:
                            "la feuille de notes du \(name.fr) ne contient aucune note : ses dossiers attendent ses notes. À faire : lui demander de remplir la colonne value, puis redéposer la feuille.",
                        en:
                            "the mark sheet of \(name.en) holds no mark: the applications they read await their marks. To do: ask them to fill in the value column, then put the sheet back."
                    ), code: "jury.sheet-empty")
            }
            let files = anonymise ? "" : " (\(juror.id).csv ou \(juror.id).xml)"
            let filesEN = anonymise ? "" : " (\(juror.id).csv or \(juror.id).xml)"
            return Problem(
                kind: .value, severity: .warning, location: location,
                message: Localized(
                    fr:
                        "aucune feuille de notes du \(name.fr) : ses dossiers attendent ses notes. À faire : lui demander sa feuille remplie\(files) et la déposer dans le dossier des notes.",
                    en:
                        "no mark sheet from \(name.en): the applications they read await their marks. To do: ask them for their filled sheet\(filesEN) and put it in the marks folder."
                ), code: "jury.sheet-missing")
        }
    }
}
