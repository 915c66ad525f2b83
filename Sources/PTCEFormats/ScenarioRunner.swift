import Foundation
public import PTCEModel
import XMLSafe
public import PTCEEngine

/// Runs scenario files and reports failures and coverage.
public struct ScenarioRunner {
    /// The outcome of a run.
    public struct Report: Sendable {
        /// Scenarios whose expectations all held.
        public var passed = 0
        /// Scenarios that failed or could not run.
        public var failed = 0
        /// Why each failed scenario failed, located at the expectation.
        public var failures: [Problem] = []
        /// Gates never asserted both as pass and as fail, scores never asserted both earning
        /// points and earning none (warnings).
        public var coverageGaps: [Problem] = []
        /// Criteria per criteria file, and what the scenarios asserted of each.
        public var coverage: [String: [String: Set<Observation>]] = [:]
        /// Every scenario, in the order run, with why it failed (for JUnit and JSON reports).
        public var results: [ScenarioResult] = []
        /// The lint errors of criteria files whose scenarios were not run: scenarios are only
        /// meaningful on criteria that pass `ptce criteria lint`.
        public var lintErrors: [Problem] = []

        /// Criteria whose coverage is complete, and all criteria.
        public var coverageCount: (covered: Int, total: Int) {
            var covered = 0
            var total = 0
            for (path, seen) in coverage {
                for (id, observations) in seen {
                    total += 1
                    let kind = kinds[path]?[id] ?? .gate
                    if Observation.required(for: kind).isSubset(of: observations) { covered += 1 }
                }
            }
            return (covered, total)
        }

        var kinds: [String: [String: Criterion.Kind]] = [:]
    }

    /// What a scenario asserted of a criterion.
    public enum Observation: String, Sendable, Hashable {
        /// A gate asserted to pass, to fail, or to stay undetermined.
        case pass, fail, undetermined
        /// A score asserted with more than 0 points.
        case earnsPoints
        /// A score asserted with 0 points.
        case earnsNothing

        /// What full coverage requires: both directions.
        static func required(for kind: Criterion.Kind) -> Set<Observation> {
            kind == .gate ? [.pass, .fail] : [.earnsPoints, .earnsNothing]
        }
    }

    /// A runner with the shipped schemas.
    public init() {}

    /// Runs every scenario of `files`, each against the criteria file it names.
    public func run(_ files: [ScenarioFile]) -> Report {
        var report = Report()
        let applicationLoader = try? ApplicationLoader.standard()
        let criteriaLoader = try? CriteriaLoader.standard()
        for file in files {
            let criteria: CriteriaFile
            do throws(ProblemList) {
                guard let criteriaLoader else { throw ProblemList([]) }
                criteria = try criteriaLoader.load(path: file.criteriaPath)
            } catch {
                report.failed += file.scenarios.count
                let problems =
                    error.problems.isEmpty
                    ? [
                        problem(
                            file.path, 1, fr: "fichier de critères illisible : \(file.criteriaPath)",
                            en: "criteria file unreadable: \(file.criteriaPath)")
                    ]
                    : error.problems
                report.failures += problems
                report.results += file.scenarios.map {
                    ScenarioResult(file: file.path, name: $0.name, line: $0.line, failures: problems)
                }
                continue
            }
            let lintErrors = CriteriaLinter.lint(criteria).filter { $0.severity == .error }
            guard lintErrors.isEmpty else {
                report.lintErrors += lintErrors
                let refusal = problem(
                    file.path, 1,
                    fr:
                        "\(criteria.path) ne passe pas `ptce criteria lint` (\(lintErrors.count) erreur(s)) : scénarios non lancés",
                    en: "\(criteria.path) fails `ptce criteria lint` (\(lintErrors.count) error(s)): scenarios not run",
                    check: "lint", code: "scenario.criteria-fail-lint")
                report.failures.append(refusal)
                report.failed += file.scenarios.count
                report.results += file.scenarios.map {
                    ScenarioResult(file: file.path, name: $0.name, line: $0.line, failures: [refusal])
                }
                continue
            }
            var seen = report.coverage[criteria.path] ?? [:]
            for criterion in criteria.criteria where seen[criterion.id] == nil {
                seen[criterion.id] = []
                report.kinds[criteria.path, default: [:]][criterion.id] = criterion.kind
            }
            for scenario in file.scenarios {
                let failures = run(scenario, in: file, criteria: criteria, loader: applicationLoader, seen: &seen)
                if failures.isEmpty { report.passed += 1 } else { report.failed += 1 }
                report.failures += failures
                report.results.append(
                    ScenarioResult(file: file.path, name: scenario.name, line: scenario.line, failures: failures))
            }
            report.coverage[criteria.path] = seen
        }
        for (path, seen) in report.coverage.sorted(by: { $0.key < $1.key }) {
            let criteria = (try? criteriaLoader?.load(path: path))?.criteria ?? []
            for criterion in criteria {
                let lacking = Observation.required(for: criterion.kind).subtracting(seen[criterion.id] ?? [])
                guard !lacking.isEmpty else { continue }
                let (fr, en) =
                    criterion.kind == .gate
                    ? ("jamais testé à la fois en réussite (pass) et en échec (fail)", "never tested both as pass and as fail")
                    : (
                        "jamais testé à la fois avec des points et avec 0 point",
                        "never tested both earning points and earning none"
                    )
                var gap = problem(
                    path, criterion.line, fr: "le critère \(criterion.id) n’est \(fr)", en: "criterion \(criterion.id) is \(en)")
                gap.severity = .warning
                gap.check = "coverage"
                report.coverageGaps.append(gap)
            }
        }
        return report
    }

    private func problem(
        _ file: String, _ line: Int, fr: String, en: String, check: String = "scenario", code: String? = nil
    ) -> Problem {
        Problem(
            kind: .value, location: SourceLocation(file: file, line: line), message: Localized(fr: fr, en: en), check: check,
            code: code)
    }

    private func run(
        _ scenario: Scenario, in file: ScenarioFile, criteria: CriteriaFile, loader: ApplicationLoader?,
        seen: inout [String: Set<Observation>]
    ) -> [Problem] {
        let application: Application
        do throws(ProblemList) {
            switch scenario.source {
            case .path(let path):
                guard let loader else { throw ProblemList([]) }
                application = try loader.load(path: path)
            case .inline(let element):
                application = try ApplicationDecoder.decode(element, file: file.path)
            }
        } catch {
            var place = Localized(fr: "", en: "")
            if case .path(let path) = scenario.source {
                place = Localized(
                    fr: " : \(path) (chemin relatif au fichier de scénarios ; --samples DOSSIER pour un autre dossier)",
                    en: ": \(path) (path relative to the scenario file; --samples DIR for another folder)")
            }
            return [
                problem(
                    file.path, scenario.line, fr: "« \(scenario.name) » : candidature illisible\(place.fr)",
                    en: "“\(scenario.name)”: application unreadable\(place.en)")
            ] + error.problems
        }
        var overrides: [String: ParameterValue] = [:]
        var failures: [Problem] = []
        for (name, text, line) in scenario.overrides {
            guard let parameter = criteria.parameter(name), let value = CriteriaValues.parse(text, as: parameter.type) else {
                failures.append(
                    problem(
                        file.path, line, fr: "paramètre ou valeur invalide : \(name)=\(text)",
                        en: "invalid parameter or value: \(name)=\(text)"))
                continue
            }
            overrides[name] = value
        }
        let evaluation = Evaluator(criteria: criteria, overrides: overrides)
            .evaluate(application, jury: scenario.jury.isEmpty ? nil : scenario.jury)
        let prefix = Localized(fr: "« \(scenario.name) » : ", en: "“\(scenario.name)”: ")
        func fail(_ line: Int, fr: String, en: String) {
            failures.append(problem(file.path, line, fr: prefix.fr + fr, en: prefix.en + en))
        }
        for expectation in scenario.expectations {
            if let status = expectation.status, evaluation.status != status {
                fail(
                    expectation.line, fr: "statut attendu \(status.rawValue), obtenu \(evaluation.status.rawValue)",
                    en: "expected status \(status.rawValue), got \(evaluation.status.rawValue)")
            }
            if let total = expectation.total, abs((evaluation.total - total) as Decimal) > expectation.tolerance {
                fail(
                    expectation.line, fr: "total attendu \(total), obtenu \(evaluation.total)",
                    en: "expected total \(total), got \(evaluation.total)")
            }
            for id in expectation.criteria {
                guard let result = evaluation.results.first(where: { $0.id == id }) else {
                    fail(expectation.line, fr: "critère inconnu \(id)", en: "unknown criterion \(id)")
                    continue
                }
                if let outcome = expectation.outcome {
                    seen[id, default: []].insert(Observation(rawValue: outcome.rawValue)!)
                    if result.outcome != outcome {
                        fail(
                            expectation.line,
                            fr:
                                "\(id) : attendu \(outcome.rawValue), obtenu \(result.outcome.rawValue) — \(result.explanation.fr)",
                            en: "\(id): expected \(outcome.rawValue), got \(result.outcome.rawValue) — \(result.explanation.en)")
                    }
                }
                if let points = expectation.points {
                    seen[id, default: []].insert(points > 0 ? .earnsPoints : .earnsNothing)
                    let actual = result.points ?? -1
                    if abs((actual - points) as Decimal) > expectation.tolerance {
                        fail(
                            expectation.line,
                            fr: "\(id) : \(points) points attendus, obtenu \(result.points.map { "\($0)" } ?? "aucun")",
                            en: "\(id): expected \(points) points, got \(result.points.map { "\($0)" } ?? "none")")
                    }
                }
            }
        }
        return failures
    }
}
