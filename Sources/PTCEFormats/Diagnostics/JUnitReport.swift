public import PTCEModel
import PTCEEngine

/// JUnit XML test results for `ptce criteria test`, as CI servers read them (Jenkins,
/// GitLab, GitHub test-report actions).
///
/// One `<testsuite>` per scenario file, one `<testcase>` per scenario (its `classname` the
/// scenario file, its `name` the scenario's), with a `<failure>` per missed expectation:
/// `type` is the problem's stable code, `message` the message, the text `path:line: message`.
/// Problems outside any scenario make suites of their own: a scenario file that cannot be
/// read, or a criteria file that fails lint, is a suite named after the file with one
/// `<testcase>` in `<error>` per problem; coverage gaps are the `coverage` suite, one
/// `<testcase>` per criterion, `<skipped>` (never tested that way) or, with `--strict`,
/// `<failure>`. Times are 0: results do not depend on the machine.
public struct JUnitReport: DiagnosticRenderer {
    /// A renderer.
    public init() {}

    /// The document, ending with a newline.
    public func render(_ run: CriteriaRun, language: Language) -> String {
        var xml = XMLWriter()
        let attached = Set(run.scenarios.flatMap(\.failures))
        let loose = run.problems.filter { !attached.contains($0) }
        let coverage = loose.filter { $0.check == "coverage" }
        let others = loose.filter { $0.check != "coverage" }
        var otherFiles: [String] = []
        for problem in others where !otherFiles.contains(problem.location.file) { otherFiles.append(problem.location.file) }
        let scenarioFiles = run.files.filter { file in run.scenarios.contains { $0.file == file } }
        xml.open(
            "testsuites",
            [
                "name": "ptce criteria test", "tests": "\(run.scenarios.count + coverage.count + others.count)",
                "failures": "\(run.scenarios.count { !$0.passed } + coverage.count { $0.severity == .error })",
                "errors": "\(others.count)",
                "time": "0",
            ])
        for file in scenarioFiles {
            let results = run.scenarios.filter { $0.file == file }
            suite(&xml, name: file, tests: results.count, failures: results.count { !$0.passed }) { xml in
                for result in results {
                    xml.open("testcase", ["name": result.name, "classname": file, "time": "0"], empty: result.passed)
                    guard !result.passed else { continue }
                    result.failures.forEach { problem($0, as: "failure", in: &xml, language) }
                    xml.close("testcase")
                }
            }
        }
        for file in otherFiles {
            let problems = others.filter { $0.location.file == file }
            suite(&xml, name: file, tests: problems.count, errors: problems.count) { xml in
                for item in problems {
                    xml.open("testcase", ["name": item.formatted(language), "classname": file, "time": "0"])
                    problem(item, as: "error", in: &xml, language)
                    xml.close("testcase")
                }
            }
        }
        if !coverage.isEmpty {
            let failing = coverage.count { $0.severity == .error }
            suite(&xml, name: "coverage", tests: coverage.count, failures: failing, skipped: coverage.count - failing) { xml in
                for gap in coverage {
                    xml.open(
                        "testcase", ["name": CriteriaRun.message(gap, language), "classname": gap.location.file, "time": "0"])
                    problem(gap, as: gap.severity == .error ? "failure" : "skipped", in: &xml, language)
                    xml.close("testcase")
                }
            }
        }
        xml.close("testsuites")
        return xml.text
    }

    private func suite(
        _ xml: inout XMLWriter, name: String, tests: Int, failures: Int = 0, errors: Int = 0, skipped: Int = 0,
        _ body: (inout XMLWriter) -> Void
    ) {
        xml.open(
            "testsuite",
            [
                "name": name, "tests": "\(tests)", "failures": "\(failures)", "errors": "\(errors)",
                "skipped": "\(skipped)", "time": "0",
            ])
        body(&xml)
        xml.close("testsuite")
    }

    private func problem(_ problem: Problem, as element: String, in xml: inout XMLWriter, _ language: Language) {
        let message = CriteriaRun.message(problem, language)
        if element == "skipped" {
            xml.element(element, ["message": message], text: "")
        } else {
            xml.element(element, ["message": message, "type": problem.code], text: problem.formatted(language))
        }
    }
}
