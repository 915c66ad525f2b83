import PTCEModel

/// Why a file could not be read, told to a jury: what kind of fault, where in the file, and
/// the reader's explanation without the tooling around it (no file path, no `erreur:` label,
/// no pointer to `ptce schema`, which a jury does not run).
enum UnreadableText {
    /// One problem as a sentence: « Ligne 10 — hors du format des candidatures : … ».
    static func sentence(_ problem: Problem) -> Localized {
        let lead: Localized =
            switch problem.kind {
            case .input: Localized(fr: "fichier illisible", en: "file unreadable")
            case .syntax: Localized(fr: "ce n’est pas du XML bien formé", en: "not well-formed XML")
            case .policy: Localized(fr: "refusé par les règles de sécurité", en: "refused by the security rules")
            case .schema: Localized(fr: "hors du format des candidatures", en: "outside the application format")
            case .value: Localized(fr: "valeur impossible", en: "impossible value")
            }
        let place =
            problem.location.line > 0
            ? Localized(fr: "Ligne \(problem.location.line) — ", en: "Line \(problem.location.line) — ")
            : Localized(fr: "", en: "")
        func clean(_ text: String) -> String {
            var text = text
            for prefix in ["non conforme au schéma : ", "does not follow the schema: ", "XML mal formé : ", "malformed XML: "]
            where text.hasPrefix(prefix) {
                text.removeFirst(prefix.count)
            }
            for suffix in [
                " — voir `ptce schema`", " — see `ptce schema`", " — corrigez la syntaxe à cet endroit",
                " — fix the syntax at this place",
            ] where text.hasSuffix(suffix) {
                text.removeLast(suffix.count)
            }
            return text
        }
        return Localized(
            fr: "\(place.fr)\(lead.fr) : \(clean(problem.message.fr))",
            en: "\(place.en)\(lead.en): \(clean(problem.message.en))")
    }
}
