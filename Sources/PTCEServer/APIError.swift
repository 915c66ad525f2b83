import Hummingbird
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// An error answered by the API: an HTTP status, a stable code, a message in the requested
/// language and, for a refused file, each located problem.
struct APIError: Sendable, Codable {
    var status: Int
    var code: String
    var message: String
    var problems: [ExplainedProblem.Told]

    /// The JSON body: `{"error": {...}}`.
    struct Body: Codable { var error: APIError }

    var response: Response { .json(Body(error: self), status: HTTPResponse.Status(code: status)) }

    static func make(_ status: Int, _ code: String, _ message: Localized, _ language: Language) -> APIError {
        APIError(status: status, code: code, message: message(language), problems: [])
    }

    /// The status for a file refused with `problems`: 415 for a file that is not XML at all,
    /// 422 for well-formed XML that is not an application, 400 for anything unreadable.
    static func status(for problems: [ExplainedProblem]) -> Int {
        if problems.contains(where: { $0.code == "policy.compressed" }) { return 415 }
        if problems.allSatisfy({ $0.code.hasPrefix("xml.schema") || $0.code.hasPrefix("value.") }) { return 422 }
        return 400
    }

    /// The refusal of a file, its first problem as the message.
    static func refused(_ problems: [ExplainedProblem], language: Language) -> APIError {
        let first = problems.first
        let place = first.map { $0.line > 0 ? (language == .fr ? "ligne \($0.line) : " : "line \($0.line): ") : "" } ?? ""
        return APIError(
            status: status(for: problems), code: first?.code ?? "input.unreadable",
            message: place + (first?.message(language) ?? ""), problems: problems.map { $0.told(language) })
    }
}
