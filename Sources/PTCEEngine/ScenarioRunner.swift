import Foundation
public import PTCEModel
import XMLSafe

/// Runs scenario files and reports failures and coverage.
public struct ScenarioRunner {
    /// The outcome of a run.
    public struct Report: Sendable {
        public var passed = 0
        public var failed = 0
        /// Why each failed scenario failed, located at the expectation.
        public var failures: [Problem] = []
        /// Criteria never asserted both as pass and as fail (warnings).
        public var coverageGaps: [Problem] = []
        /// Criteria per criteria file, and the outcomes asserted for each.
        public var coverage: [String: [String: Set<Outcome>]] = [:]
    }

    public init() {}

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
                report.failures += error.problems.isEmpty
                    ? [problem(file.path, 1, fr: "fichier de critères illisible : \(file.criteriaPath)", en: "criteria file unreadable: \(file.criteriaPath)")]
                    : error.problems
                continue
            }
            var seen = report.coverage[criteria.path] ?? [:]
            for criterion in criteria.criteria where seen[criterion.id] == nil { seen[criterion.id] = [] }
            for scenario in file.scenarios {
                let failures = run(scenario, in: file, criteria: criteria, loader: applicationLoader, seen: &seen)
                if failures.isEmpty { report.passed += 1 } else { report.failed += 1 }
                report.failures += failures
            }
            report.coverage[criteria.path] = seen
        }
        for (path, seen) in report.coverage.sorted(by: { $0.key < $1.key }) {
            let criteria = (try? criteriaLoader?.load(path: path))?.criteria ?? []
            for criterion in criteria {
                let outcomes = seen[criterion.id] ?? []
                let lacking = [Outcome.pass, .fail].filter { !outcomes.contains($0) }
                guard !lacking.isEmpty else { continue }
                let names = lacking.map(\.rawValue).joined(separator: ", ")
                var gap = problem(
                    path, criterion.line,
                    fr: "le critère \(criterion.id) n’est jamais testé en \(names)",
                    en: "criterion \(criterion.id) is never tested as \(names)")
                gap.severity = .warning
                gap.check = "coverage"
                report.coverageGaps.append(gap)
            }
        }
        return report
    }

    private func problem(_ file: String, _ line: Int, fr: String, en: String) -> Problem {
        Problem(kind: .value, location: XMLLocation(file: file, line: line), message: Localized(fr: fr, en: en), check: "scenario")
    }

    private func run(
        _ scenario: Scenario, in file: ScenarioFile, criteria: CriteriaFile, loader: ApplicationLoader?,
        seen: inout [String: Set<Outcome>]
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
            return [problem(file.path, scenario.line, fr: "« \(scenario.name) » : candidature illisible", en: "“\(scenario.name)”: application unreadable")]
                + error.problems
        }
        var overrides: [String: ParameterValue] = [:]
        var failures: [Problem] = []
        for (name, text, line) in scenario.overrides {
            guard let parameter = criteria.parameter(name), let value = CriteriaValues.parse(text, as: parameter.type) else {
                failures.append(problem(file.path, line, fr: "paramètre ou valeur invalide : \(name)=\(text)", en: "invalid parameter or value: \(name)=\(text)"))
                continue
            }
            overrides[name] = value
        }
        let evaluation = Evaluator(criteria: criteria, overrides: overrides).evaluate(application)
        let prefix = Localized(fr: "« \(scenario.name) » : ", en: "“\(scenario.name)”: ")
        func fail(_ line: Int, fr: String, en: String) {
            failures.append(problem(file.path, line, fr: prefix.fr + fr, en: prefix.en + en))
        }
        for expectation in scenario.expectations {
            if let status = expectation.status, evaluation.status != status {
                fail(expectation.line, fr: "statut attendu \(status.rawValue), obtenu \(evaluation.status.rawValue)",
                     en: "expected status \(status.rawValue), got \(evaluation.status.rawValue)")
            }
            if let total = expectation.total, abs((evaluation.total - total) as Decimal) > expectation.tolerance {
                fail(expectation.line, fr: "total attendu \(total), obtenu \(evaluation.total)", en: "expected total \(total), got \(evaluation.total)")
            }
            for id in expectation.criteria {
                guard let result = evaluation.results.first(where: { $0.id == id }) else {
                    fail(expectation.line, fr: "critère inconnu \(id)", en: "unknown criterion \(id)")
                    continue
                }
                if let outcome = expectation.outcome {
                    seen[id, default: []].insert(outcome)
                    if result.outcome != outcome {
                        fail(expectation.line, fr: "\(id) : attendu \(outcome.rawValue), obtenu \(result.outcome.rawValue) — \(result.explanation.fr)",
                             en: "\(id): expected \(outcome.rawValue), got \(result.outcome.rawValue) — \(result.explanation.en)")
                    }
                }
                if let points = expectation.points {
                    let actual = result.points ?? -1
                    if abs((actual - points) as Decimal) > expectation.tolerance {
                        fail(expectation.line, fr: "\(id) : \(points) points attendus, obtenu \(result.points.map { "\($0)" } ?? "aucun")",
                             en: "\(id): expected \(points) points, got \(result.points.map { "\($0)" } ?? "none")")
                    }
                }
            }
        }
        return failures
    }
}
