import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The words of the pages, in French and English, by key. Templates read them as `{{t.key}}`.
enum PageText {
    static func table(_ language: Language) -> [String: String] {
        entries.merging(fillEntries) { first, _ in first }.mapValues { $0(language) }
    }

    /// One entry in `language` (keys with dots, which templates cannot name, are read here).
    static func text(_ key: String, _ language: Language) -> String {
        (entries[key] ?? fillEntries[key])?(language) ?? key
    }

    private static let entries: [String: Localized] = [
        "colon": Localized(fr: "\u{00A0}:", en: ":"),
        "qmark": Localized(fr: "\u{00A0}?", en: "?"),
        "skip": Localized(fr: "Aller au contenu", en: "Skip to content"),
        "tagline": Localized(fr: "appels à projets PTCE 2013 et 2015", en: "PTCE calls for projects, 2013 and 2015"),
        "navLabel": Localized(fr: "Menu principal", en: "Main menu"),
        "navCheck": Localized(fr: "Vérifier un dossier", en: "Check an application"),
        "navCriteria": Localized(fr: "Critères", en: "Criteria"),
        "navFacts": Localized(fr: "Faits", en: "Facts"),
        "switchLabel": Localized(fr: "English", en: "Français"),
        "checkTitle": Localized(fr: "Vérifier mon dossier de candidature", en: "Check my application"),
        "checkIntro": Localized(
            fr:
                "Déposez le fichier XML de votre dossier : vous saurez s’il est éligible, pourquoi, et quoi corriger. Le fichier n’est ni conservé ni transmis.",
            en:
                "Upload your application's XML file: you will see whether it is eligible, why, and what to fix. The file is neither kept nor passed on."
        ),
        "fileLabel": Localized(fr: "Fichier du dossier (XML, 4 Mo au plus)", en: "Application file (XML, 4 MB at most)"),
        "dropHint": Localized(fr: "ou glissez-déposez le fichier ici", en: "or drag and drop the file here"),
        "pasteLabel": Localized(fr: "Ou collez le contenu XML", en: "Or paste the XML content"),
        "callLegend": Localized(fr: "Appel à projets", en: "Call for projects"),
        "callDeclared": Localized(fr: "celui que déclare le dossier", en: "the one the file declares"),
        "callAll": Localized(fr: "les deux (2013 et 2015)", en: "both (2013 and 2015)"),
        "submit": Localized(fr: "Vérifier", en: "Check"),
        "checkAnother": Localized(fr: "Vérifier un autre fichier", en: "Check another file"),
        "reasonsFail": Localized(fr: "Ce qui bloque", en: "What blocks it"),
        "reasonsUndetermined": Localized(fr: "À compléter pour décider", en: "To complete for a decision"),
        "ifFails": Localized(fr: "Si elle n’est pas remplie", en: "If it is not met"),
        "resultTitle": Localized(fr: "Résultat", en: "Result"),
        "verdict": Localized(fr: "Verdict", en: "Verdict"),
        "total": Localized(fr: "Total", en: "Total"),
        "gates": Localized(fr: "Conditions d’éligibilité", en: "Eligibility conditions"),
        "scores": Localized(fr: "Critères de sélection (notes)", en: "Selection criteria (scores)"),
        "pass": Localized(fr: "rempli", en: "met"),
        "fail": Localized(fr: "non rempli", en: "not met"),
        "undetermined": Localized(fr: "indéterminé", en: "undetermined"),
        "source": Localized(fr: "Source", en: "Source"),
        "fix": Localized(fr: "À corriger", en: "To fix"),
        "where": Localized(fr: "Où dans le fichier", en: "Where in the file"),
        "line": Localized(fr: "ligne", en: "line"),
        "absent": Localized(fr: "absent du fichier", en: "not in the file"),
        "missing": Localized(fr: "À compléter", en: "To complete"),
        "rule": Localized(fr: "La règle", en: "The rule"),
        "seeRule": Localized(fr: "voir la règle", en: "see the rule"),
        "points": Localized(fr: "points", en: "points"),
        "unreadableTitle": Localized(fr: "Le fichier ne peut pas être lu", en: "The file cannot be read"),
        "unreadableIntro": Localized(
            fr: "Corrigez ces points puis déposez à nouveau le fichier :", en: "Fix these points, then upload the file again:"),
        "example": Localized(fr: "Exemple de valeur valide", en: "Example of a valid value"),
        "didYouMean": Localized(fr: "Vouliez-vous dire", en: "Did you mean"),
        "print": Localized(fr: "Imprimer", en: "Print"),
        "download": Localized(fr: "Télécharger le résultat (HTML)", en: "Download the result (HTML)"),
        "printHint": Localized(
            fr: "Pour un PDF, imprimez la page et choisissez « Enregistrer au format PDF ».",
            en: "For a PDF, print the page and choose “Save as PDF”."),
        "noFile": Localized(fr: "Choisissez un fichier ou collez le contenu XML.", en: "Choose a file or paste the XML content."),
        "criteriaTitle": Localized(fr: "Les critères de l’appel", en: "The criteria of the call"),
        "parameters": Localized(fr: "Paramètres", en: "Parameters"),
        "default": Localized(fr: "valeur par défaut", en: "default"),
        "factsRead": Localized(fr: "Faits lus", en: "Facts read"),
        "factsTitle": Localized(fr: "Les faits lus dans un dossier", en: "The facts read in an application"),
        "factsIntro": Localized(
            fr: "Chaque règle s’appuie sur ces faits, calculés à partir du fichier XML du dossier.",
            en: "Every rule relies on these facts, computed from the application's XML file."),
        "meaning": Localized(fr: "Sens", en: "Meaning"),
        "unit": Localized(fr: "Unité", en: "Unit"),
        "location": Localized(fr: "Où dans le XML", en: "Where in the XML"),
        "fact": Localized(fr: "Fait", en: "Fact"),
        "weight": Localized(fr: "poids", en: "weight"),
        "minimum": Localized(fr: "minimum", en: "minimum"),
        "gate": Localized(fr: "condition", en: "condition"),
        "score": Localized(fr: "note", en: "score"),
        "notFoundTitle": Localized(fr: "Page introuvable", en: "Page not found"),
        "errorTitle": Localized(fr: "La demande n’a pas abouti", en: "The request failed"),
        "footer": Localized(
            fr: "ptce — aucun fichier n’est conservé ; aucune ressource extérieure n’est chargée.",
            en: "ptce — no file is kept; no outside resource is loaded."),
    ]
}
