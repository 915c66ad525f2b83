import Foundation
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// A problem with an uploaded file, told to an applicant: plain words in both languages,
/// where it is, an example of a valid value and a "did you mean" when one is known.
struct ExplainedProblem: Sendable, Codable, Equatable {
    /// The problem's stable code (`xml.schema`, `value.siren-check-digit`, `policy.doctype`…).
    var code: String
    var line: Int
    var column: Int
    /// The element the problem is about, when known.
    var element: String?
    var message: Localized
    /// A value that would be accepted here, when there is one to give.
    var example: String?
    /// The known name or code closest to a misspelt one.
    var suggestion: String?
}

/// Turns the reader's problems into ``ExplainedProblem``s, never showing libxml2's wording:
/// schema messages are recognised by their shape and told again from the schema's words.
struct ProblemExplainer: Sendable {
    var vocabulary = SchemaVocabulary.application

    func explain(_ problem: Problem) -> ExplainedProblem {
        var explained = ExplainedProblem(
            code: problem.code, line: problem.location.line, column: problem.location.column, element: nil,
            message: problem.message, example: nil, suggestion: nil)
        switch problem.kind {
        case .schema: schema(raw(problem.message.en), into: &explained)
        case .syntax: syntax(raw(problem.message.en), into: &explained)
        case .value: value(problem, into: &explained)
        case .input, .policy: break
        }
        return explained
    }

    /// libxml2's text inside the reader's English sentence.
    private func raw(_ english: String) -> String {
        var text = english
        for prefix in ["does not follow the schema: ", "malformed XML: "] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        for suffix in [" — see `ptce schema`", " — fix the syntax at this place"] where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The first capture of `pattern` in `text`, and the following ones.
    private func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<found.numberOfRanges).map { index in
            Range(found.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }

    private func names(_ list: String) -> [String] {
        list.split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        .filter { !$0.isEmpty }
    }

    private func schema(_ text: String, into explained: inout ExplainedProblem) {
        if let parts = match(
            #"^Element '([^']+)': This element is not expected\.(?: Expected is (?:one of )?\( ?(.*?) ?\))?"#, text)
        {
            let element = parts[0]
            let expected = names(parts[1])
            explained.element = element
            explained.suggestion =
                EditDistance.suggestion(for: element, among: expected)
                ?? (vocabulary.elements.contains(element)
                    ? nil : EditDistance.suggestion(for: element, among: vocabulary.elements))
            let wanted = expected.map { "<\($0)>" }.joined(separator: ", ")
            if !vocabulary.elements.contains(element) {
                explained.message = Localized(
                    fr: "l’élément <\(element)> n’existe pas dans le format des dossiers"
                        + (wanted.isEmpty ? "" : " ; à cet endroit, le format attend \(wanted)"),
                    en: "there is no element <\(element)> in the application format"
                        + (wanted.isEmpty ? "" : "; at this place the format expects \(wanted)"))
            } else {
                explained.message = Localized(
                    fr: "l’élément <\(element)> n’est pas à sa place"
                        + (wanted.isEmpty ? "" : " : à cet endroit, le format attend d’abord \(wanted)"),
                    en: "element <\(element)> is out of place"
                        + (wanted.isEmpty ? "" : ": at this place the format first expects \(wanted)"))
            }
            return
        }
        if let parts = match(#"^Element '([^']+)': Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)"#, text) {
            let wanted = names(parts[1]).map { "<\($0)>" }.joined(separator: ", ")
            explained.element = parts[0]
            explained.message = Localized(
                fr: "il manque un élément dans <\(parts[0])> : ajoutez \(wanted)",
                en: "an element is missing in <\(parts[0])>: add \(wanted)")
            return
        }
        if let parts = match(#"^Element '([^']+)'(?:, attribute '([^']+)')?: \[facet '(\w+)'\] The value '(.*?)'"#, text) {
            let (element, attribute, facet, value) = (parts[0], parts[1], parts[2], parts[3])
            let name = attribute.isEmpty ? element : attribute
            let place = place(element: element, attribute: attribute)
            explained.element = element
            explained.example = vocabulary.example(for: name)
            let why: Localized
            switch facet {
            case "enumeration":
                let allowed = vocabulary.allowedValues(for: name) ?? []
                explained.suggestion = EditDistance.suggestion(for: value, among: allowed)
                let list = allowed.prefix(8).joined(separator: ", ") + (allowed.count > 8 ? "…" : "")
                why = Localized(
                    fr: "« \(value) » n’est pas un code reconnu (codes permis : \(list))",
                    en: "“\(value)” is not a known code (allowed codes: \(list))")
            case "fractionDigits":
                why = Localized(
                    fr: "« \(value) » a trop de décimales (deux au plus pour un montant)",
                    en: "“\(value)” has too many decimals (two at most for an amount)")
            case "minInclusive", "minExclusive":
                why = Localized(
                    fr: "« \(value) » est trop petit (un montant n’est jamais négatif)",
                    en: "“\(value)” is too small (an amount is never negative)")
            case "maxInclusive", "maxExclusive":
                why = Localized(fr: "« \(value) » est trop grand", en: "“\(value)” is too large")
            default:
                why = Localized(fr: "« \(value) » n’a pas la forme attendue", en: "“\(value)” does not have the expected form")
            }
            explained.message = Localized(fr: "\(place.fr) : \(why.fr)", en: "\(place.en): \(why.en)")
            return
        }
        if let parts = match(#"^Element '([^']+)'(?:, attribute '([^']+)')?: '(.*?)' is not a valid value"#, text) {
            let (element, attribute, value) = (parts[0], parts[1], parts[2])
            let place = place(element: element, attribute: attribute)
            explained.element = element
            explained.example = vocabulary.example(for: attribute.isEmpty ? element : attribute)
            let duplicate = text.contains("xs:ID")
            explained.message =
                duplicate
                ? Localized(
                    fr:
                        "\(place.fr) : l’identifiant « \(value) » est déjà utilisé ou mal formé (une lettre, puis lettres ou chiffres)",
                    en: "\(place.en): identifier “\(value)” is already used or malformed (a letter, then letters or digits)")
                : Localized(
                    fr: "\(place.fr) : « \(value) » n’est pas une valeur valide ici",
                    en: "\(place.en): “\(value)” is not a valid value here")
            return
        }
        if let parts = match(#"^Element '([^']+)': The attribute '([^']+)' is required but missing"#, text) {
            explained.element = parts[0]
            explained.message = Localized(
                fr: "<\(parts[0])> : ajoutez l’attribut \(parts[1])", en: "<\(parts[0])>: add the attribute \(parts[1])")
            return
        }
        if let parts = match(#"^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed"#, text) {
            explained.element = parts[0]
            explained.suggestion = EditDistance.suggestion(for: parts[1], among: vocabulary.attributes)
            explained.message = Localized(
                fr: "<\(parts[0])> : l’attribut \(parts[1]) n’existe pas dans le format",
                en: "<\(parts[0])>: there is no attribute \(parts[1]) in the format")
            return
        }
        if text.contains("No matching global declaration available for the validation root") {
            let element = match(#"^Element '([^']+)'"#, text)?.first
            explained.element = element
            explained.suggestion = element.flatMap { EditDistance.suggestion(for: $0, among: ["application"]) }
            explained.example = #"<application xmlns="urn:x-ptce:application:1" call="2015">"#
            explained.message = Localized(
                fr:
                    "ce n’est pas un dossier de candidature PTCE : la racine doit être <application> dans l’espace de noms urn:x-ptce:application:1",
                en: "this is not a PTCE application: the root must be <application> in namespace urn:x-ptce:application:1")
            return
        }
        explained.message = Localized(
            fr: "le dossier ne suit pas le format des candidatures à cet endroit — comparez avec un dossier d’exemple",
            en: "the application does not follow the format at this place — compare with a sample application")
    }

    private func place(element: String, attribute: String) -> Localized {
        attribute.isEmpty
            ? Localized(fr: "la valeur de <\(element)>", en: "the value of <\(element)>")
            : Localized(fr: "l’attribut \(attribute) de <\(element)>", en: "attribute \(attribute) of <\(element)>")
    }

    private func syntax(_ text: String, into explained: inout ExplainedProblem) {
        if let parts = match(#"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)"#, text) {
            explained.element = parts[0]
            explained.example = "<\(parts[0])>…</\(parts[0])>"
            explained.message = Localized(
                fr:
                    "la balise <\(parts[0])> ouverte ligne \(parts[1]) n’est pas fermée avant </\(parts[2])> : ajoutez </\(parts[0])>",
                en: "tag <\(parts[0])> opened on line \(parts[1]) is not closed before </\(parts[2])>: add </\(parts[0])>")
            return
        }
        if text.contains("Premature end of data") || text.contains("EndTag") || text.contains("end of data") {
            explained.message = Localized(
                fr: "le fichier s’arrête avant la fin du dossier : une balise n’est pas fermée",
                en: "the file ends before the application does: a tag is not closed")
            return
        }
        if text.contains("xmlParseEntityRef") || text.contains("EntityRef") {
            explained.example = "&amp;"
            explained.message = Localized(
                fr: "un « & » seul n’est pas permis en XML : écrivez &amp;", en: "a bare “&” is not allowed in XML: write &amp;")
            return
        }
        explained.message = Localized(
            fr:
                "le fichier n’est pas du XML bien formé à cet endroit : vérifiez que chaque balise ouverte est fermée et que < et & sont écrits &lt; et &amp;",
            en:
                "the file is not well-formed XML at this place: check that every opened tag is closed and that < and & are written &lt; and &amp;"
        )
    }

    private func value(_ problem: Problem, into explained: inout ExplainedProblem) {
        switch problem.code {
        case "value.siren-check-digit", "value.natural-person-siren":
            explained.example = SchemaVocabulary.examples["Siren"]
        case "value.siret-check-digit", "value.siret-siren-mismatch":
            explained.example = SchemaVocabulary.examples["Siret"]
        default:
            break
        }
        if let element = match(#"^<([^>]+)>"#, problem.message.en)?.first {
            explained.element = element
            explained.example = explained.example ?? vocabulary.example(for: element)
        }
    }
}
