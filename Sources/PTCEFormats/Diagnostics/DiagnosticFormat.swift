public import PTCEModel
import PTCEEngine

/// The output formats of `ptce criteria lint` and `ptce criteria test`.
///
/// `text` is for people, in their language; the others are for tools, with severities,
/// codes and field names that never change with the language.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line[:col]: erreur|error: message [check]`, as compilers print.
    case text
    /// One JSON document (see ``JSONDiagnostics``).
    case json
    /// GitHub Actions workflow commands, shown as annotations (see ``GitHubAnnotations``).
    case github
    /// A SARIF 2.1.0 log, for code-scanning tools (see ``SARIFLog``).
    case sarif
    /// JUnit XML test results, for `criteria test` only (see ``JUnitReport``).
    case junit

    /// The renderer of a machine format; nil for `text`, which the command line writes itself.
    public var renderer: (any DiagnosticRenderer)? {
        switch self {
        case .text: nil
        case .json: JSONDiagnostics()
        case .github: GitHubAnnotations()
        case .sarif: SARIFLog()
        case .junit: JUnitReport()
        }
    }
}

/// Writes what a criteria run found in one machine format.
public protocol DiagnosticRenderer: Sendable {
    /// The whole output for `run`, messages in `language`.
    func render(_ run: CriteriaRun, language: Language) -> String
}
