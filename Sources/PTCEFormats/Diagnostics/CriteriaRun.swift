public import PTCEModel
public import PTCEEngine

/// What one `ptce criteria lint` or `ptce criteria test` run found, ready to be written in
/// any ``DiagnosticFormat``.
public struct CriteriaRun: Sendable {
    /// The subcommand that ran.
    public enum Command: String, Sendable, Codable {
        /// `ptce criteria lint`.
        case lint
        /// `ptce criteria test`.
        case test
    }

    /// The subcommand that ran.
    public var command: Command
    /// The files examined: criteria files for `lint`, scenario files for `test`.
    public var files: [String]
    /// Every finding, in the order to show them: errors and failures first, then warnings.
    public var problems: [Problem]
    /// For `test`: every scenario run, with its failures.
    public var scenarios: [ScenarioResult]
    /// For `test`: criteria tested both ways, and all criteria.
    public var coverage: (covered: Int, total: Int)?
    /// The version of `ptce`, for the tool descriptions of SARIF and JUnit.
    public var toolVersion: String

    /// A run from what it found.
    public init(
        command: Command, files: [String], problems: [Problem], scenarios: [ScenarioResult] = [],
        coverage: (covered: Int, total: Int)? = nil, toolVersion: String
    ) {
        self.command = command
        self.files = files
        self.problems = problems
        self.scenarios = scenarios
        self.coverage = coverage
        self.toolVersion = toolVersion
    }

    /// Problems of severity error.
    public var errors: Int { problems.count { $0.severity == .error } }
    /// Problems of severity warning.
    public var warnings: Int { problems.count { $0.severity == .warning } }
    /// Scenarios that passed.
    public var passed: Int { scenarios.count { $0.passed } }
    /// Scenarios that failed or could not run, and scenario files that could not be read.
    public var failed: Int {
        let unreadable = files.count { file in
            !scenarios.contains { $0.file == file } && problems.contains { $0.location.file == file && $0.severity == .error }
        }
        return scenarios.count { !$0.passed } + (command == .test ? unreadable : 0)
    }

    /// A message with its check id, as the text format ends it: `message [check]`.
    public static func message(_ problem: Problem, _ language: Language) -> String {
        problem.message(language) + (problem.check.map { " [\($0)]" } ?? "")
    }
}
