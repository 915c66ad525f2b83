public import XMLSafe
import Foundation

/// A located problem with an input file, in both languages.
///
/// Every refusal a user sees is one of these: file, line, column, and what to do.
public struct Problem: Sendable, Hashable, Codable, Error {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// What kind of check found the problem.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The file could not be read (missing, unreadable, too large).
        case input
        /// The file is not well-formed XML.
        case syntax
        /// A construct or a size refused by the security policy.
        case policy
        /// The document does not follow the XML schema.
        case schema
        /// The values break a rule the schema cannot express (check digits, totals, …).
        case value
    }

    public var kind: Kind
    public var severity: Severity
    public var location: XMLLocation
    public var message: Localized
    /// The identifier of the check that found it (criteria lint), shown as `[check-id]`.
    public var check: String?
    /// A stable identifier of the problem, independent of its wording and language
    /// (`value.siren-check-digit`, `xml.schema`, `policy.doctype`, `lint.unknown-fact`…).
    public var code: String

    public init(
        kind: Kind, severity: Severity = .error, location: XMLLocation, message: Localized, check: String? = nil,
        code: String? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.location = location
        self.message = message
        self.check = check
        self.code = code ?? check.map { "lint.\($0)" } ?? kind.rawValue
    }

    /// `path:line:col: error: message` (`path:line:` when the column is unknown, `path:` when
    /// the line is too), the form editors understand, with control characters
    /// and bidirectional overrides visibly escaped (see ``VisibleText``).
    public func formatted(_ language: Language) -> String {
        let label = switch (severity, language) {
        case (.error, .fr): "erreur"
        case (.error, .en): "error"
        case (.warning, .fr): "avertissement"
        case (.warning, .en): "warning"
        }
        let suffix = check.map { " [\($0)]" } ?? ""
        // A problem with the whole file (missing, too large…) has no line to show; columns are
        // 1-based and shown only when known (libxml2 gives none for schema errors).
        let place =
            location.line <= 0
            ? location.file
            : location.column > 0 ? "\(location.file):\(location.line):\(location.column)" : "\(location.file):\(location.line)"

        // File names and quoted input reach terminals and reports: shown, never obeyed.
        return VisibleText.escape("\(place): \(label): \(message(language))\(suffix)")
    }
}

extension ProblemList {
    /// A file that cannot be read at all (missing, not a file, no data folder): one input problem.
    public static func input(_ file: String, code: String = "input.unreadable", fr: String, en: String) -> ProblemList {
        ProblemList([
            Problem(kind: .input, location: XMLLocation(file: file, line: 0), message: Localized(fr: fr, en: en), code: code)
        ])
    }
}

extension Problem {
    /// Translates a reader diagnostic into a bilingual problem.
    public init(_ diagnostic: XMLDiagnostic) {
        let kind: Kind = switch diagnostic.stage {
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
                message = Localized(
                    fr: "XML mal formé : \(LibXMLMessages.french(text) ?? text) — corrigez la syntaxe à cet endroit",
                    en: "malformed XML: \(text) — fix the syntax at this place")
            case .schema:
                message = Localized(
                    fr: "non conforme au schéma : \(LibXMLMessages.french(text) ?? text) — voir `ptce schema`",
                    en: "does not follow the schema: \(text) — see `ptce schema`")
            case .input, .policy:
                message = .same(text)
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
        self.init(kind: kind, location: diagnostic.location, message: message, code: code)
    }

    static func describe(_ refusal: XMLRefusal) -> Localized {
        switch refusal {
        case .fileTooLarge(let bytes, let limit):
            Localized(
                fr: "fichier refusé : \(bytes) octets, la limite est de \(limit) octets (XMLLimits.maxFileBytes)",
                en: "file refused: \(bytes) bytes, the limit is \(limit) bytes (XMLLimits.maxFileBytes)")
        case .doctype:
            Localized(
                fr: "déclaration DOCTYPE ou d’entité refusée : un dossier ne doit pas contenir de DTD — supprimez la ligne <!DOCTYPE …>",
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
            Localized(
                fr: "fichier \(format) refusé : ce n’est pas du XML, et il n’est jamais décompressé — envoyez le fichier XML lui-même",
                en: "\(format) file refused: it is not XML, and it is never decompressed — send the XML file itself")
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
        case .catalogInstruction:
            Localized(
                fr: "instruction <?oasis-xml-catalog?> refusée : un dossier ne désigne pas de catalogue — supprimez-la",
                en: "<?oasis-xml-catalog?> instruction refused: an application names no catalog — remove it")
        }
    }
}
