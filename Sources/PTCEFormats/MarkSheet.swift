import CSV
import Foundation
public import PTCEEngine
public import PTCEModel

/// A juror's blank mark sheet: one line per assigned application and juror-marked criterion,
/// as CSV (for a spreadsheet) and XML (`Schemas/marks.xsd`).
public struct MarkSheet {
    public var juror: Juror
    /// Assigned applications: id and name.
    public var applications: [(id: String, name: String)]
    public var criteria: CriteriaFile
    public var language: Language

    public init(juror: Juror, applications: [(id: String, name: String)], criteria: CriteriaFile, language: Language) {
        self.juror = juror
        self.applications = applications
        self.criteria = criteria
        self.language = language
    }

    var marked: [(Criterion, JurorInput)] {
        criteria.criteria.compactMap { criterion in criterion.scale?.jurorInput.map { (criterion, $0) } }
    }

    /// "0 à 5, pas de 0,5" / "−5 à +5 points, pas de 0,5".
    func scale(_ input: JurorInput) -> String {
        let n = { (value: Decimal) in Format.number(value, places: 2, language: language) }
        switch input {
        case .mark(let marks):
            let meanings = marks.levels.map { "\(n($0.value)) = \($0.meaning(language))" }.joined(separator: " ; ")
            return language == .fr
                ? "note de \(n(marks.min)) à \(n(marks.max)), pas de \(n(marks.step)) — \(meanings)"
                : "mark from \(n(marks.min)) to \(n(marks.max)), steps of \(n(marks.step)) — \(meanings)"
        case .adjustment(let limit, let step):
            return language == .fr
                ? "ajustement de -\(n(limit)) à +\(n(limit)) points, pas de \(n(step)) (0 : pas d’ajustement)"
                : "adjustment from -\(n(limit)) to +\(n(limit)) points, steps of \(n(step)) (0: no adjustment)"
        }
    }

    /// CSV with a byte-order mark and `;`: columns juror, application, name, criterion, title,
    /// scale, value (to fill), comment.
    public func csv() throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        try writer.write(row: [
            "juror", "application", language == .fr ? "dossier" : "name", "criterion",
            language == .fr ? "critère" : "title", language == .fr ? "échelle" : "scale", "value", "comment", "call",
        ])
        for application in applications {
            for (criterion, input) in marked {
                try writer.write(row: [
                    juror.id, application.id, SafeRows.neutralise(application.name), criterion.id,
                    criterion.title(language), scale(input), "", "", criteria.call.id,
                ])
            }
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return [0xEF, 0xBB, 0xBF] + [UInt8](data)
    }

    public func xml() -> [UInt8] {
        let escape = Markup.escape
        let heading = language == .fr ? "Feuille de notes de" : "Mark sheet of"
        let instruction =
            language == .fr
            ? "Remplissez value, puis déposez la feuille dans le dossier des notes."
            : "Fill in value, then put the sheet in the marks folder."
        let title = "\(heading) \(juror.name) (\(juror.id)) — \(criteria.call.title(language)). \(instruction)"
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!-- \(comment(title)) -->",
            "<sheet xmlns=\"urn:x-ptce:marks:1\" juror=\"\(escape(juror.id))\" call=\"\(escape(criteria.call.id))\">",
        ]
        for application in applications {
            lines.append("  <!-- \(comment(application.name)) -->")
            for (criterion, input) in marked {
                let attributes = [
                    "application=\"\(escape(application.id))\"", "criterion=\"\(escape(criterion.id))\"",
                    "scale=\"\(escape(scale(input)))\"", "value=\"\"",
                ]
                lines.append("  <mark \(attributes.joined(separator: " "))/>")
            }
        }
        lines.append("</sheet>")
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Text for a comment, which a person reads and no program does. References are not
    /// decoded in comments, so nothing is escaped there; only `--`, which a comment cannot hold
    /// (XML 1.0 § 2.5), is shown as `—`. Attribute values keep their text exactly.
    private func comment(_ text: String) -> String {
        text.replacingOccurrences(of: "--", with: "—")
    }
}
