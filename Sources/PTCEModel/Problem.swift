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
    public var location: SourceLocation
    public var message: Localized
    /// The identifier of the check that found it (criteria lint), shown as `[check-id]`.
    public var check: String?
    /// A stable identifier of the problem, independent of its wording and language
    /// (`value.siren-check-digit`, `xml.schema`, `policy.doctype`, `lint.unknown-fact`…).
    public var code: String

    public init(
        kind: Kind, severity: Severity = .error, location: SourceLocation, message: Localized, check: String? = nil,
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
        let label =
            switch (severity, language) {
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
            Problem(kind: .input, location: SourceLocation(file: file, line: 0), message: Localized(fr: fr, en: en), code: code)
        ])
    }
}

/// Several problems found in one file, thrown together.
public struct ProblemList: Error, Sendable {
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }
}
