import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// Runs self-checks for the pages and the API: the call asked is checked against the shipped
/// calls, the evaluation runs through the ``CheckGate``, and problems are explained.
struct CheckService: Sendable {
    let catalog: CallCatalog
    let gate: CheckGate
    let explainer = ProblemExplainer()

    /// The outcome of a check, with its problems explained.
    struct Result: Sendable {
        var outcome: SelfCheckOutcome
        var problems: [ExplainedProblem]

        func reply(file: String, bytes: [UInt8], language: Language, catalog: CallCatalog) -> CheckReply {
            CheckReply(outcome: outcome, problems: problems, file: file, bytes: bytes, language: language, catalog: catalog)
        }
    }

    /// Checks `bytes` under `call` (a value of ``CallCatalog/acceptedCalls`` or nil for the
    /// call the file declares). Throws ``CheckGate/Busy`` when the server is saturated.
    func check(bytes: [UInt8], name: String, call: String?) async throws -> Result {
        let explainer = explainer
        let catalog = catalog
        return try await gate.run {
            // The criteria loaded at start, never re-read: `files` knows only the shipped calls.
            let outcome = SelfCheck.check(bytes: bytes, name: name, call: call) { spec throws(ProblemList) in
                try catalog.files(spec)
            }
            return Result(outcome: outcome, problems: outcome.problems.map(explainer.explain))
        }
    }

    /// Evaluates an application already in memory under one shipped call, as a self-check:
    /// the fill-in form's verdict while its fields do not yet make a valid file.
    func evaluate(_ application: Application, call: String) async throws -> Evaluation? {
        guard let criteria = catalog.file(call) else { return nil }
        return try await gate.run {
            var evaluator = Evaluator(criteria: criteria)
            evaluator.selfCheck = true
            return evaluator.evaluate(application)
        }
    }
}
