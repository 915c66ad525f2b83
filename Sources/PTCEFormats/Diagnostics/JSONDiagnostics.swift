import Foundation
public import PTCEModel
import PTCEEngine

/// One JSON document per run: the summary, every problem, and for `criteria test` every
/// scenario. Field names, severities (`error`, `warning`) and codes never change with the
/// language; each message is given in both languages.
///
/// ```json
/// {
///   "command": "lint", "format": "ptce-criteria-diagnostics", "formatVersion": 1,
///   "summary": { "files": 1, "errors": 2, "warnings": 0 },
///   "problems": [ { "file": "ptce-2015.xml", "line": 41, "severity": "error",
///                   "code": "lint.unknown-fact", "check": "unknown-fact",
///                   "message": { "fr": "…", "en": "…" } } ],
///   "tool": { "name": "ptce", "version": "0.1.0" }
/// }
/// ```
/// `line` and `column` are 1-based and left out when unknown.
public struct JSONDiagnostics: DiagnosticRenderer {
    /// A renderer.
    public init() {}

    /// The document, pretty-printed with sorted keys, ending with a newline.
    public func render(_ run: CriteriaRun, language: Language) -> String {
        let document = Document(
            command: run.command.rawValue,
            summary: Summary(
                files: run.files.count, errors: run.errors, warnings: run.warnings,
                passed: run.command == .test ? run.passed : nil, failed: run.command == .test ? run.failed : nil,
                covered: run.coverage?.covered, criteria: run.coverage?.total),
            problems: run.problems.map(Entry.init),
            scenarios: run.command == .test
                ? run.scenarios.map { result in
                    Scenario(
                        file: result.file, name: result.name, line: result.line > 0 ? result.line : nil,
                        status: result.passed ? "passed" : "failed", failures: result.failures.map(Entry.init))
                } : nil,
            tool: Tool(name: "ptce", version: run.toolVersion))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The version of this document's layout; it grows only by new optional fields.
    public static let formatVersion = 1

    struct Document: Encodable {
        var format = "ptce-criteria-diagnostics"
        var formatVersion = JSONDiagnostics.formatVersion
        var command: String
        var summary: Summary
        var problems: [Entry]
        var scenarios: [Scenario]?
        var tool: Tool
    }

    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var passed: Int?
        var failed: Int?
        var covered: Int?
        var criteria: Int?
    }

    struct Entry: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var severity: String
        var code: String
        var check: String?
        var message: Localized

        init(_ problem: Problem) {
            file = problem.location.file
            line = problem.location.line > 0 ? problem.location.line : nil
            column = problem.location.line > 0 && problem.location.column > 0 ? problem.location.column : nil
            severity = problem.severity.rawValue
            code = problem.code
            check = problem.check
            message = problem.message
        }
    }

    struct Scenario: Encodable {
        var file: String
        var name: String
        var line: Int?
        var status: String
        var failures: [Entry]
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }
}
