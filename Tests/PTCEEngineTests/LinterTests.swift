import Foundation
import PTCEEngine
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct LinterTests {
    /// Loads a copy of the 2015 criteria with `edit` applied, and lints it.
    func lint(_ edit: (String) -> String) throws -> [Problem] {
        let original = String(decoding: try Repository.bytes("Criteria/ptce-2015.xml"), as: UTF8.self)
        let edited = edit(original)
        #expect(edited != original, "the edit applies")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString).xml").path
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            return CriteriaLinter.lint(try CriteriaLoader.standard().load(path: path))
        } catch {
            return error.problems
        }
    }

    /// The line of the first occurrence of `needle` in the shipped 2015 file.
    func line(of needle: String) throws -> Int {
        let text = String(decoding: try Repository.bytes("Criteria/ptce-2015.xml"), as: UTF8.self)
        let prefix = try #require(text.range(of: needle)).lowerBound
        return text[..<prefix].filter { $0 == "\n" }.count + 1
    }

    @Test func shippedCriteriaAreClean() throws {
        for call in Calls.shipped {
            let file = try CriteriaLoader.standard().load(path: try #require(Calls.resolve(call).first))
            #expect(CriteriaLinter.lint(file).isEmpty, "call \(call)")
        }
    }

    @Test func unknownFactIsLocated() throws {
        let found = try lint { $0.replacingOccurrences(of: "fact=\"legalPersonCount\"", with: "fact=\"legalPersonsCount\"") }
        let error = try #require(found.first { $0.check == "unknown-fact" })
        #expect(error.severity == .error)
        #expect(error.location.line == (try line(of: "fact=\"legalPersonCount\"")))
        #expect(error.code == "lint.unknown-fact")
        #expect(error.message.en.contains("legalPersonsCount"), "the message names the fact")
    }

    @Test func duplicateIdIsLocatedAtTheSecondUse() throws {
        let found = try lint {
            $0.replacingOccurrences(of: "<criterion id=\"activity-territory\"", with: "<criterion id=\"innovative-project\"")
        }
        let error = try #require(found.first { $0.check == "duplicate-id" })
        #expect(error.location.line == (try line(of: "<criterion id=\"activity-territory\"")))
    }

    @Test func weightsMustSumTo100() throws {
        let found = try lint {
            $0.replacingOccurrences(
                of: "id=\"value-chain\" kind=\"score\" weight=\"10\"", with: "id=\"value-chain\" kind=\"score\" weight=\"5\"")
        }
        let error = try #require(found.first { $0.check == "weights" })
        #expect(error.message.en.contains("95"))
    }

    @Test func missingEnglishTitleIsLocated() throws {
        let found = try lint { $0.replacingOccurrences(of: "<en>Pooling and cooperation</en>", with: "<en></en>") }
        let error = try #require(found.first { $0.check == "translation" })
        // On the line of the empty <en>, not on the <criterion> above it.
        #expect(error.location.line == (try line(of: "<criterion id=\"pooling-cooperation\"")) + 1)
        #expect(error.location.line == (try line(of: "<fr>Mutualisation et coopération</fr>")))
        #expect(error.message.en.contains("English"))
    }

    @Test func typeMismatchIsFound() throws {
        let found = try lint {
            $0.replacingOccurrences(
                of: "<compare fact=\"legalPersonCount\" op=\"ge\" param=\"minLegalPersons\"/>",
                with: "<compare fact=\"legalPersonCount\" op=\"ge\" call=\"deadline\"/>")
        }
        #expect(found.contains { $0.check == "type-mismatch" })
    }

    @Test func unknownParameterAndInconsistentDatesAreFound() throws {
        let found = try lint {
            $0.replacingOccurrences(of: "param=\"minLegalPersons\"", with: "param=\"minimumLegalPersons\"")
                .replacingOccurrences(
                    of: "<opens>2015-04-21T00:00:00+02:00</opens>", with: "<opens>2015-07-21T00:00:00+02:00</opens>")
        }
        #expect(found.contains { $0.check == "unknown-parameter" })
        #expect(found.contains { $0.check == "dates" })
    }

    @Test func schemaViolationIsReportedAsXsd() throws {
        let found = try lint { $0.replacingOccurrences(of: "kind=\"gate\"", with: "kind=\"barrier\"") }
        #expect(found.first?.check == "xsd")
        #expect(found.first?.severity == .error)
    }
}

@Suite struct ScenarioRunnerTests {
    @Test func shippedScenariosPassWithFullCoverage() throws {
        let paths = InputFiles.expand([Repository.path("Criteria")]).files.filter { $0.hasSuffix(".tests.xml") }
        #expect(paths.count == 2)
        let report = ScenarioRunner().run(try paths.map { try ScenarioFile.load(path: $0) })
        #expect(report.failed == 0, "\(report.failures.map { $0.formatted(.en) })")
        #expect(report.passed > 0)
        #expect(report.coverageGaps.isEmpty, "\(report.coverageGaps.map { $0.formatted(.en) })")
    }

    @Test func aWrongExpectationMakesTheRunnerFail() throws {
        let file = try ScenarioFile.load(path: Repository.path("Tests/PTCEEngineTests/Fixtures/failing.tests.xml"))
        let report = ScenarioRunner().run([file])
        #expect(report.failed == 2)
        #expect(report.passed == 1)
        #expect(report.failures.contains { $0.message.en.contains("expected status ineligible, got eligible") })
        #expect(report.failures.contains { $0.message.en.contains("three-legal-persons: expected fail, got pass") })
        #expect(!report.coverageGaps.isEmpty, "one file does not cover every criterion")
    }
}
