public import PTCEModel
import PTCEEngine

/// GitHub Actions workflow commands: one `::error …::message` or `::warning …::message` line
/// per problem, which the runner shows as an annotation on the file and line.
///
/// `::error file=Criteria/ptce-2015.xml,line=12,col=3,title=lint.unknown-fact::message`:
/// `line` and `col` only when known (1-based), `title` the problem's stable code. Values are
/// escaped as GitHub's toolkit does (`%` → `%25`, CR → `%0D`, LF → `%0A`; in properties also
/// `:` → `%3A` and `,` → `%2C`). The last line is the plain summary, which the runner prints.
public struct GitHubAnnotations: DiagnosticRenderer {
    /// A renderer.
    public init() {}

    /// The annotation lines, then the summary line.
    public func render(_ run: CriteriaRun, language: Language) -> String {
        var lines = run.problems.map { line(for: $0, language: language) }
        lines.append(summary(run))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One workflow command for `problem`.
    public func line(for problem: Problem, language: Language) -> String {
        let command = problem.severity == .error ? "error" : "warning"
        var properties = ["file=\(Self.escapeProperty(problem.location.file))"]
        if problem.location.line > 0 {
            properties.append("line=\(problem.location.line)")
            if problem.location.column > 0 { properties.append("col=\(problem.location.column)") }
        }
        properties.append("title=\(Self.escapeProperty(problem.code))")
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(CriteriaRun.message(problem, language)))"
    }

    /// The closing line: counts, in English whatever the language, for logs and scripts.
    func summary(_ run: CriteriaRun) -> String {
        switch run.command {
        case .lint: "\(run.files.count) criteria file(s), \(run.errors) error(s), \(run.warnings) warning(s)"
        case .test: "\(run.passed) passed, \(run.failed) failed"
        }
    }

    /// A command's message, escaped as the toolkit's `escapeData`.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A command's property value, escaped as the toolkit's `escapeProperty`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
