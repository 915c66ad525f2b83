import Foundation
public import PTCEModel
public import XMLSafe
import PTCEEngine

extension Problem {
    /// Translates a reader diagnostic into a bilingual problem, worded for the kind of
    /// document read (which schema to look at, which root element is expected).
    public init(_ diagnostic: XMLDiagnostic, in document: DocumentKind = .application) {
        let kind: Kind =
            switch diagnostic.stage {
            case .input: .input
            case .syntax: .syntax
            case .policy: .policy
            case .schema: .schema
            }
        let message: Localized
        // Schema messages name elements as '{namespace}local'; the namespace is noise to a reader.
        let text = diagnostic.message.replacingOccurrences(
            of: #"\{[A-Za-z][A-Za-z0-9+.\-]*:[^}]*\}"#, with: "", options: .regularExpression)
        if let refusal = diagnostic.refusal {
            message = Problem.describe(refusal)
        } else {
            switch diagnostic.stage {
            case .syntax:
                // A message without a French wording is not shown in English to a French reader.
                let french = LibXMLMessages.french(text) ?? "erreur de syntaxe (balise, guillemet ou caractère spécial)"
                message = Localized(
                    fr: "XML mal formé : \(french) — corrigez la syntaxe à cet endroit",
                    en: "malformed XML: \(text) — fix the syntax at this place")
            case .schema:
                let french = (LibXMLMessages.french(text) ?? "cette partie du dossier ne suit pas le format")
                    .replacingOccurrences(
                        of: LibXMLMessages.expectedRoot, with: document.expectedRoot)
                message = Localized(
                    fr: "non conforme au schéma : \(french) — \(document.schemaHint.fr)",
                    en: "does not follow the schema: \(text) — \(document.schemaHint.en)")
            case .input, .policy:
                // The reader's own words are English: French readers get a French sentence.
                message = Localized(
                    fr: LibXMLMessages.french(text) ?? "le fichier n’a pas pu être lu jusqu’au bout",
                    en: text)
            }
        }
        let stageCode =
            switch diagnostic.stage {
            case .syntax: "xml.syntax"
            case .schema: "xml.schema"
            case .input: "input.unreadable"
            case .policy: "policy"
            }
        let code = diagnostic.refusal?.code ?? stageCode
        self.init(
            kind: kind,
            location: SourceLocation(
                file: diagnostic.location.file, line: diagnostic.location.line, column: diagnostic.location.column),
            message: message, code: code)
    }

    public static func describe(_ refusal: XMLRefusal) -> Localized {
        switch refusal {
        case .fileTooLarge(let bytes, let limit):
            Localized(
                fr: "fichier refusé : \(bytes) octets, la limite est de \(limit) octets (XMLLimits.maxFileBytes)",
                en: "file refused: \(bytes) bytes, the limit is \(limit) bytes (XMLLimits.maxFileBytes)")
        case .doctype:
            Localized(
                fr:
                    "déclaration DOCTYPE ou d’entité refusée : un dossier ne doit pas contenir de DTD — supprimez la ligne <!DOCTYPE …>",
                en: "DOCTYPE or entity declaration refused: an application must not contain a DTD — remove the <!DOCTYPE …> line")
        case .tooDeep(let limit):
            Localized(
                fr: "imbrication trop profonde : plus de \(limit) niveaux (XMLLimits.maxDepth)",
                en: "nesting too deep: more than \(limit) levels (XMLLimits.maxDepth)")
        case .tooManyAttributes(let element, let limit):
            Localized(
                fr: "l’élément <\(element)> a plus de \(limit) attributs (XMLLimits.maxAttributesPerElement)",
                en: "element <\(element)> has more than \(limit) attributes (XMLLimits.maxAttributesPerElement)")
        case .textTooLong(let element, let limit):
            Localized(
                fr: "texte trop long dans \(element) : plus de \(limit) octets (XMLLimits.maxTextBytes)",
                en: "text too long in \(element): more than \(limit) bytes (XMLLimits.maxTextBytes)")
        case .tooManyElements(let limit):
            Localized(
                fr: "trop d’éléments : plus de \(limit) (XMLLimits.maxElements)",
                en: "too many elements: more than \(limit) (XMLLimits.maxElements)")
        case .empty:
            Localized(fr: "le fichier est vide", en: "the file is empty")
        case .compressed(let format):
            // Office documents are zip files: say so, it is the likely mistake.
            Localized(
                fr: "fichier \(format)\(format == "zip" ? " (un document de traitement de texte ou un tableur ?)" : "") "
                    + "refusé : ce n’est pas du XML, et il n’est jamais décompressé — envoyez le fichier XML lui-même",
                en: "\(format)\(format == "zip" ? " (a word-processing or spreadsheet document?)" : "") file refused: it is "
                    + "not XML, and it is never decompressed — send the XML file itself")
        case .encoding(let encoding):
            Localized(
                fr: "encodage « \(encoding) » refusé : enregistrez le fichier en UTF-8",
                en: "encoding “\(encoding)” refused: save the file as UTF-8")
        case .invalidUTF8(let offset):
            Localized(
                fr: "octets invalides en UTF-8 (octet \(offset)) : enregistrez le fichier en UTF-8",
                en: "invalid UTF-8 bytes (byte \(offset)): save the file as UTF-8")
        case .timeLimit(let seconds):
            Localized(
                fr: "lecture interrompue : plus de \(seconds) s (XMLLimits.maxParseSeconds)",
                en: "reading stopped: more than \(seconds) s (XMLLimits.maxParseSeconds)")
        case .invalidUTF16(let offset):
            Localized(
                fr: "UTF-16 invalide (octet \(offset)) : enregistrez le fichier en UTF-8",
                en: "invalid UTF-16 (byte \(offset)): save the file as UTF-8")
        case .forbiddenCharacter(let offset):
            Localized(
                fr: "caractère interdit en XML (caractère de contrôle, octet \(offset)) : supprimez-le",
                en: "character forbidden in XML (a control character, byte \(offset)): remove it")
        case .catalogInstruction:
            Localized(
                fr: "instruction <?oasis-xml-catalog?> refusée : un dossier ne désigne pas de catalogue — supprimez-la",
                en: "<?oasis-xml-catalog?> instruction refused: an application names no catalog — remove it")
        }
    }
}
