import Foundation
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline
import Testing
import XMLSafe

/// The machine formats of `ptce criteria lint|test`, on problems built by hand: escaping,
/// columns, counts.
@Suite struct DiagnosticRendererTests {
    static func problem(
        _ file: String, line: Int, column: Int = 0, severity: Problem.Severity = .error, check: String = "unknown-fact",
        en: String = "unknown fact", fr: String = "fait inconnu"
    ) -> Problem {
        Problem(
            kind: .value, severity: severity, location: SourceLocation(file: file, line: line, column: column),
            message: Localized(fr: fr, en: en), check: check)
    }

    static func lint(_ problems: [Problem]) -> CriteriaRun {
        CriteriaRun(command: .lint, files: ["c.xml"], problems: problems, toolVersion: "9.9.9")
    }

    @Test func githubEscapesMessagesAndPropertiesAsTheToolkitDoes() {
        let problem = Self.problem("dir, with: odd.xml", line: 3, column: 7, en: "50% done\nnext line\r")
        let line = GitHubAnnotations().line(for: problem, language: .en)
        #expect(
            line
                == "::error file=dir%2C with%3A odd.xml,line=3,col=7,title=lint.unknown-fact::50%25 done%0Anext line%0D [unknown-fact]"
        )
    }

    @Test func githubGivesLineAndColumnOnlyWhenKnown() {
        let renderer = GitHubAnnotations()
        #expect(renderer.line(for: Self.problem("a.xml", line: 4), language: .en).hasPrefix("::error file=a.xml,line=4,title="))
        #expect(
            renderer.line(for: Self.problem("a.xml", line: 0, column: 5), language: .en).hasPrefix("::error file=a.xml,title="))
        let warning = Self.problem("a.xml", line: 2, severity: .warning, check: "coverage")
        #expect(
            renderer.line(for: warning, language: .fr).hasPrefix("::warning file=a.xml,line=2,title=lint.coverage::fait inconnu"))
        let output = renderer.render(Self.lint([warning]), language: .en)
        #expect(output.hasSuffix("\n1 criteria file(s), 0 error(s), 1 warning(s)\n"))
    }

    @Test func jsonOmitsUnknownLinesAndColumns() throws {
        let run = Self.lint([Self.problem("a.xml", line: 0, column: 3), Self.problem("b.xml", line: 5, column: 2)])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONDiagnostics().render(run, language: .fr).utf8)) as? [String: Any])
        let problems = try #require(document["problems"] as? [[String: Any]])
        #expect(problems[0]["line"] == nil && problems[0]["column"] == nil)
        #expect(problems[1]["line"] as? Int == 5 && problems[1]["column"] as? Int == 2)
        #expect(problems[1]["severity"] as? String == "error")
        #expect((problems[1]["message"] as? [String: String])?["en"] == "unknown fact")
    }

    @Test func sarifRegionsAndURIs() throws {
        let run = Self.lint([
            Self.problem("Critères/a b.xml", line: 0), Self.problem("/abs/c.xml", line: 4, column: 9, severity: .warning),
        ])
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(SARIFLog().render(run, language: .en).utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let locations = results.compactMap { ($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any] }
        #expect((locations[0]["artifactLocation"] as? [String: String])?["uri"] == "Crit%C3%A8res/a%20b.xml")
        #expect(locations[0]["region"] == nil, "no line known: no region, never line 0")
        #expect((locations[1]["artifactLocation"] as? [String: String])?["uri"] == "file:///abs/c.xml")
        let region = try #require(locations[1]["region"] as? [String: Int])
        #expect(region == ["startLine": 4, "startColumn": 9])
        #expect(results.map { $0["level"] as? String } == ["error", "warning"])
        let rules = try #require(
            (((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]
                as? [[String: Any]])
        #expect(rules.count == 1, "one rule per code")
    }

    @Test func junitCountsAndEscapes() throws {
        let failure = Self.problem("s.tests.xml", line: 9, check: "scenario", en: "expected <pass> & got \"fail\"\u{1}")
        let gap = Self.problem(
            "c.xml", line: 2, severity: .warning, check: "coverage", en: "criterion x is never tested both ways")
        let run = CriteriaRun(
            command: .test, files: ["s.tests.xml"], problems: [failure, gap],
            scenarios: [
                ScenarioResult(file: "s.tests.xml", name: "good", line: 3, failures: []),
                ScenarioResult(file: "s.tests.xml", name: "bad", line: 8, failures: [failure]),
            ], toolVersion: "9.9.9")
        let xml = JUnitReport().render(run, language: .en)
        let root = try XMLReader().read(bytes: Array(xml.utf8), path: "junit.xml")
        #expect(root.name == "testsuites")
        #expect(root.attributes["tests"] == "3" && root.attributes["failures"] == "1" && root.attributes["errors"] == "0")
        let suites = root.children("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["s.tests.xml", "coverage"])
        let message = try #require(suites[0].children("testcase").last?.child("failure")?.attributes["message"])
        #expect(message == "expected <pass> & got \"fail\" [scenario]", "escaped, and U+0001 (not allowed in XML) dropped")
        #expect(suites[1].attributes["skipped"] == "1")
        #expect(suites[1].children("testcase").first?.child("skipped") != nil)
    }

    @Test func suggestionsFindTheNearestName() {
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.editDistance("", "abc") == 3)
        #expect(Suggestions.nearest(to: "legalPersonCont", among: FactCatalog.all.map(\.name)) == "legalPersonCount")
        #expect(Suggestions.nearest(to: "LegalPersonCount", among: ["legalPersonCount"]) == "legalPersonCount")
        #expect(Suggestions.nearest(to: "zzzzzz", among: FactCatalog.all.map(\.name)) == nil)
    }

    @Test(arguments: [
        ("../SampleApplications/pollens-2015.xml", "S", "S/pollens-2015.xml"),
        ("../../../SampleApplications/pollens-2015.xml", "S/", "S/pollens-2015.xml"),
        ("../SampleApplications/invalid/x.xml", "S", "S/invalid/x.xml"),
        ("x.xml", "S", "S/x.xml"),
        ("/abs/x.xml", "S", "/abs/x.xml"),
    ])
    func samplePaths(path: String, samples: String, expected: String) {
        #expect(ScenarioFile.samplePath(path, in: samples) == expected)
    }
}
