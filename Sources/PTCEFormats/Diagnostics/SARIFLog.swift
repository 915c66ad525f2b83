import Foundation
public import PTCEModel
import PTCEEngine

/// A SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format): one run of the
/// `ptce` tool, one rule per problem code, one result per problem.
///
/// Each result has its `ruleId` (the stable code, `lint.unknown-fact`), its `level`
/// (`error` or `warning`), its message in the language asked — both languages are kept in
/// the result's `properties` — and, when the line is known, a region with `startLine` and,
/// when known, `startColumn` (both 1-based). Relative paths stay relative URI references, so
/// that code-scanning tools place them in the repository.
public struct SARIFLog: DiagnosticRenderer {
    /// The schema a SARIF 2.1.0 log declares.
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// A renderer.
    public init() {}

    /// The log, pretty-printed with sorted keys, ending with a newline.
    public func render(_ run: CriteriaRun, language: Language) -> String {
        var rules: [Rule] = []
        var index: [String: Int] = [:]
        for problem in run.problems where index[problem.code] == nil {
            index[problem.code] = rules.count
            rules.append(
                Rule(id: problem.code, name: problem.check, shortDescription: Message(text: Self.describe(problem.code))))
        }
        let results = run.problems.map { problem in
            Result(
                ruleId: problem.code, ruleIndex: index[problem.code] ?? 0, level: problem.severity.rawValue,
                message: Message(text: CriteriaRun.message(problem, language)),
                locations: [Location(physicalLocation: PhysicalLocation(problem.location))],
                properties: ["message-fr": problem.message.fr, "message-en": problem.message.en])
        }
        let log = Log(
            schema: Self.schema, version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: "ptce", semanticVersion: run.toolVersion, version: run.toolVersion, rules: rules)),
                    results: results,
                    automationDetails: AutomationDetails(id: "ptce criteria \(run.command.rawValue)/"))
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A rule's short description: its code in words.
    static func describe(_ code: String) -> String {
        code.split(separator: ".").last.map { $0.replacingOccurrences(of: "-", with: " ") } ?? code
    }

    /// A relative path or file name as a URI reference: each byte outside the unreserved
    /// characters and `/` percent-encoded (RFC 3986); an absolute path as a `file://` URI.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var automationDetails: AutomationDetails
    }

    struct AutomationDetails: Encodable {
        var id: String
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var semanticVersion: String
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String?
        var shortDescription: Message
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var properties: [String: String]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?

        init(_ location: SourceLocation) {
            artifactLocation = ArtifactLocation(uri: SARIFLog.uri(location.file))
            region =
                location.line > 0
                ? Region(startLine: location.line, startColumn: location.column > 0 ? location.column : nil) : nil
        }
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }
}
