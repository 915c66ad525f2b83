import Foundation
import TestSupport
import Testing

/// `ptce check` and `ptce criteria …` on the shipped samples and criteria.
@Suite struct CheckCommandTests {
    /// The verdicts `SampleApplications/README.md` promises: file → (2015, 2013).
    static func promisedVerdicts() throws -> [(file: String, v2015: String, v2013: String)] {
        let text = String(decoding: try Repository.bytes("SampleApplications/README.md"), as: UTF8.self)
        var rows: [(String, String, String)] = []
        for line in text.split(separator: "\n") where line.hasPrefix("| `") && line.contains(".xml`") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 5, !cells[0].contains("invalid") else { continue }
            let file = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            guard FileManager.default.fileExists(atPath: Repository.path("SampleApplications/\(file)")),
                cells.count >= 5
            else { continue }
            rows.append((file, status(cells[3]), status(cells[4])))
        }
        return rows
    }

    /// The status word the CLI prints in English for a README verdict cell.
    static func status(_ cell: String) -> String {
        let lower = cell.lowercased()
        if lower.hasPrefix("eligible, below threshold") { return "eligible, below threshold" }
        if lower.hasPrefix("eligible") { return "eligible" }
        if lower.hasPrefix("incomplete") { return "incomplete" }
        if lower.hasPrefix("ineligible") { return "ineligible" }
        return "?\(cell)"
    }

    @Test func everySampleGetsTheVerdictItsReadmePromises() throws {
        let rows = try Self.promisedVerdicts()
        let samples = try FileManager.default.contentsOfDirectory(atPath: Repository.path("SampleApplications"))
            .filter { $0.hasSuffix(".xml") }
        #expect(Set(rows.map(\.file)) == Set(samples), "the README lists every sample")
        for row in rows {
            let result = try PTCEBinary.run(["check", "--lang", "en", "--call", "all", "SampleApplications/\(row.file)"])
            let comparison = try #require(result.stdout.components(separatedBy: "Calls compared").last)
            #expect(comparison.contains("ptce-2015  \(row.v2015) —"), "\(row.file) under 2015: \(comparison)")
            #expect(comparison.contains("ptce-2013  \(row.v2013) —"), "\(row.file) under 2013: \(comparison)")
        }
    }

    @Test func checkDefaultsToTheCallTheFileDeclaresAndSaysWhenTheyDiffer() throws {
        let byDefault = try PTCEBinary.run(["check", "--lang", "en", "SampleApplications/le-phares-2013.xml"])
        #expect(byDefault.stdout.contains("[ptce-2013]"))
        #expect(!byDefault.stderr.contains("Note"))
        let other = try PTCEBinary.run(["check", "--lang", "en", "--call", "2015", "SampleApplications/le-phares-2013.xml"])
        #expect(other.stdout.contains("[ptce-2015]"))
        #expect(other.stderr.contains("2013"))
    }

    @Test func aDraftWithoutSubmissionTimeIsCheckedButNotRankedAsComplete() throws {
        let text = String(decoding: try Repository.bytes("SampleApplications/pollens-2015.xml"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("<submittedAt>") }
            .joined(separator: "\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.xml")
        try Data(text.utf8).write(to: draft)
        let check = try PTCEBinary.run(["check", "--lang", "en", draft.path])
        #expect(check.status == 0, "a self-check does not require the time the platform records")
        #expect(check.stdout.contains("Verdict: ELIGIBLE"))
        let rank = try PTCEBinary.run([
            "rank", draft.path, "--call", "2015", "--format", "csv", "--out", folder.appendingPathComponent("out").path,
        ])
        let csv = String(decoding: try Data(contentsOf: folder.appendingPathComponent("out/report.csv")), as: UTF8.self)
        #expect(rank.status == 0)
        #expect(csv.contains(";incomplet;"), "the jury needs the submission time")
    }

    @Test func checkExplainsAndSaysWhatToFix() throws {
        let result = try PTCEBinary.run(["check", "--lang", "en", "SampleApplications/pole-sud-aquitaine-2015.xml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Verdict: INELIGIBLE"))
        #expect(result.stdout.contains("✘ Path to self-financing"))
        #expect(result.stdout.contains("To fix or complete"))
        #expect(result.stdout.contains("own-resources share, year 3: 10%"))
    }

    @Test func incompleteApplicationNamesWhatIsMissing() throws {
        let result = try PTCEBinary.run(["check", "SampleApplications/culture-cooperation-2015.xml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("INCOMPLET"))
        #expect(result.stdout.contains("ajoutez <budget><year index=\"1\">"))
        #expect(result.stdout.contains("ajoutez <innovation"))
    }

    @Test func eligibleApplicationExitsZero() throws {
        let result = try PTCEBinary.run(["check", "SampleApplications/pollens-2015.xml", "--call", "2015"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ÉLIGIBLE — total 78 / 85 (+ 15 points à noter par le jury)"))
    }

    @Test func aParameterChangedInACopyOfTheCriteriaChangesTheVerdict() throws {
        let original = String(decoding: try Repository.bytes("Criteria/ptce-2015.xml"), as: UTF8.self)
        let edited = original.replacingOccurrences(
            of: "<parameter name=\"selfFinancingFloor\" type=\"percent\" default=\"0\">",
            with: "<parameter name=\"selfFinancingFloor\" type=\"percent\" default=\"40\">")
        #expect(edited != original)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-2015-floor40-\(UUID().uuidString).xml")
        try Data(edited.utf8).write(to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let before = try PTCEBinary.run(["check", "--lang", "en", "SampleApplications/pollens-2015.xml", "--call", "2015"])
        let after = try PTCEBinary.run(["check", "--lang", "en", "SampleApplications/pollens-2015.xml", "--call", copy.path])
        #expect(before.stdout.contains("Verdict: ELIGIBLE"))
        #expect(after.stdout.contains("Verdict: INELIGIBLE"))
        // The parameter by its label, never its id.
        #expect(after.stdout.contains("required: > 40% (parameter “Self-financing floor in year 3 (strictly above)”)"))
        let overridden = try PTCEBinary.run(
            ["check", "--lang", "en", "SampleApplications/pollens-2015.xml", "--set", "selfFinancingFloor=40"])
        #expect(overridden.stdout.contains("Verdict: INELIGIBLE"))
    }

    @Test func unknownOverrideIsAClearUsageError() throws {
        let result = try PTCEBinary.run(["check", "SampleApplications/pollens-2015.xml", "--set", "nope=1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("paramètre inconnu"))
    }

    @Test func criteriaLintIsClean() throws {
        let result = try PTCEBinary.run(["criteria", "lint", "Criteria/"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("2 fichier(s) de critères, 0 erreur(s), 0 avertissement(s)"))
    }

    @Test func criteriaTestPassesWithFullCoverage() throws {
        let result = try PTCEBinary.run(["criteria", "test", "--strict", "Criteria/"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" passed, 0 failed"))
        #expect(!result.stdout.contains("[coverage]"))
    }

    @Test func criteriaTestFailsOnAWrongExpectation() throws {
        let result = try PTCEBinary.run(["criteria", "test", "Tests/PTCEEngineTests/Fixtures/failing.tests.xml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 passed, 2 failed"))
    }

    @Test func factsAreListed() throws {
        let result = try PTCEBinary.run(["facts", "--lang", "en"])
        #expect(result.status == 0)
        for name in ["essEnterpriseCount", "conventionalBusinessCount", "ownResourcesShareY3", "largestLocalAuthorityShare"] {
            #expect(result.stdout.contains(name))
        }
    }
}
