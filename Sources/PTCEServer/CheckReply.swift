import Foundation
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The answer to a check, in one language: what the API sends as JSON and the page shows.
struct CheckReply: Sendable, Codable {
    /// The file's name as sent (or `application.xml`).
    var file: String
    var language: String
    /// Why the file could not be read; empty when it was.
    var problems: [ExplainedProblem.Told]
    /// One evaluation per call asked.
    var evaluations: [EvaluationReply]
}

extension ExplainedProblem {
    /// A problem told in one language.
    struct Told: Sendable, Codable {
        var code: String
        var line: Int
        var column: Int
        var element: String?
        var message: String
        var example: String?
        var suggestion: String?
    }

    func told(_ language: Language) -> Told {
        Told(
            code: code, line: line, column: column, element: element, message: message(language), example: example,
            suggestion: suggestion)
    }
}

/// One call's verdict and every criterion.
struct EvaluationReply: Sendable, Codable {
    var call: String
    var callID: String
    var callTitle: String
    /// `eligible`, `below-threshold`, `incomplete` or `ineligible`.
    var verdict: String
    var verdictLabel: String
    var total: Decimal
    var maximum: Decimal
    var minimumTotal: Decimal?
    var criteria: [CriterionReply]
}

/// One criterion's decision, with where to look in the file.
struct CriterionReply: Sendable, Codable {
    var id: String
    /// `gate` or `score`.
    var kind: String
    var title: String
    /// `pass`, `fail` or `undetermined`.
    var outcome: String
    var points: Decimal?
    var weight: Decimal?
    var explanation: String
    var source: String
    /// What to do when the criterion fails.
    var fix: String?
    /// The elements of the file the decision read, with their line when present.
    var locations: [Place]
    /// The problem codes of what is missing for a decision, in words.
    var missing: [String]
    /// The criterion's page in the rules explorer.
    var explorer: String
    /// Facts read and parameters used (both languages, as the engine records them).
    var trace: Trace

    struct Place: Sendable, Codable {
        var path: String
        var line: Int?
    }
}

extension CheckReply {
    /// Builds the reply for `outcome`, the file's bytes giving the lines of the elements read.
    init(
        outcome: SelfCheckOutcome, problems: [ExplainedProblem], file: String, bytes: [UInt8], language: Language,
        catalog: CallCatalog
    ) {
        self.file = file
        self.language = language.rawValue
        self.problems = problems.map { $0.told(language) }
        self.evaluations = outcome.evaluations.map {
            EvaluationReply($0, bytes: bytes, language: language, catalog: catalog)
        }
    }
}

extension EvaluationReply {
    /// One call's evaluation in `language`, the file's bytes giving the lines of the elements read.
    init(_ evaluation: Evaluation, bytes: [UInt8], language: Language, catalog: CallCatalog) {
        let year = catalog.year(ofCallID: evaluation.callID) ?? evaluation.callID
        let title = catalog.file(year)?.call.title(language) ?? evaluation.callID
        self.init(
            call: year, callID: evaluation.callID, callTitle: title, verdict: evaluation.status.rawValue,
            verdictLabel: evaluation.status.label(language), total: evaluation.total, maximum: evaluation.maximum,
            minimumTotal: evaluation.minimumTotal,
            criteria: evaluation.results.map { CriterionReply($0, year: year, bytes: bytes, language: language) })
    }
}

extension CriterionReply {
    init(_ result: CriterionResult, year: String, bytes: [UInt8], language: Language) {
        let criterion = result.criterion
        let facts = (criterion.rule?.facts ?? criterion.scale?.facts ?? []).map(\.name)
        var places: [Place] = []
        for name in facts {
            guard let location = FactCatalog.byName[name]?.location else { continue }
            let path = location.split(separator: ",").first.map(String.init) ?? location
            guard !places.contains(where: { $0.path == path }) else { continue }
            places.append(Place(path: path, line: LineFinder.find(location, in: bytes)?.line))
        }
        self.init(
            id: criterion.id, kind: criterion.kind.rawValue, title: criterion.title(language), outcome: result.outcome.rawValue,
            points: result.points, weight: criterion.weight, explanation: result.explanation(language), source: criterion.source,
            fix: result.outcome == .pass ? nil : criterion.fix.map { $0(language) }, locations: places,
            missing: result.trace.missing.map { $0(language) }, explorer: "\(language.prefix)/criteria/\(year)#\(criterion.id)",
            trace: result.trace)
    }
}
