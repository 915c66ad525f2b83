import Foundation
import TestSupport
import Testing

/// "What if": `ptce rank --compare-set` / `--compare-criteria` and `ptce criteria diff`, on the
/// built binary. Codes and structure are asserted; the wording is pinned by the golden files.
@Suite(.serialized) struct CompareCommandTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ptce-compare-\(UUID().uuidString)")
    }

    func rank(_ arguments: [String]) throws -> (CommandResult, URL) {
        let out = temporaryFolder()
        let result = try PTCEBinary.run(
            ["rank", "SampleApplications", "--call", "2015"] + arguments + ["--out", out.path, "--as-of", "2015-09-15"])
        return (result, out)
    }

    func contents(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    func json(_ folder: URL, _ name: String) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: try Data(contentsOf: folder.appendingPathComponent(name)))
                as? [String: Any])
    }

    static let formats = ["html", "md", "json", "csv"]

    @Test(arguments: [
        ("set", ["--max-per-region", "1", "--compare-set", "selfFinancingFloor=40", "--compare-set", "jobsForFullMarks=20"]),
        ("criteria-2013", ["--compare-criteria", "Criteria/ptce-2013.xml"]),
    ])
    func comparisonReportsMatchTheirGoldenFiles(_ name: String, _ arguments: [String]) throws {
        let (result, out) = try rank(arguments)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(result.status == 0, "\(result.stderr)")
        for format in Self.formats {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.\(format)").path))
            if let difference = try Golden.check(
                try contents(out, "comparaison.\(format)"),
                against: "Tests/EndToEndTests/Snapshots/compare-\(name)-comparaison.\(format)")
            {
                Issue.record(Comment(rawValue: difference))
            }
        }
    }

    @Test func compareSetTellsWhoEntersAndLeavesAndWhy() throws {
        let (result, out) = try rank(["--compare-set", "selfFinancingFloor=25", "--format", "json"])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(out, "comparaison.json")
        #expect(report["format"] as? String == "ptce-comparison")
        #expect(report["formatVersion"] as? Int == 1)
        let differences = try #require(report["differences"] as? [[String: Any]])
        // The one cause: the parameter, its value before and after, and the criteria it reaches.
        #expect(differences.count == 1)
        #expect(differences.first?["subject"] as? String == "parameter")
        #expect(differences.first?["id"] as? String == "selfFinancingFloor")
        #expect(differences.first?["aspect"] as? String == "value")
        let affects: [String] = differences.first?["affects"] as? [String] ?? []
        #expect(!affects.isEmpty)
        let applications = try #require(report["applications"] as? [[String: Any]])
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["applications"] == applications.count)
        let moves = Set(applications.compactMap { $0["movement"] as? String })
        #expect(moves.isSubset(of: ["enters", "leaves", "staysFunded", "staysOut"]))
        #expect(applications.filter { $0["movement"] as? String == "enters" }.count == counts["entering"])
        #expect(applications.filter { $0["movement"] as? String == "leaves" }.count == counts["leaving"])
        // A stricter floor makes someone ineligible: a status change is listed with its standing on each side.
        let changed = applications.filter {
            ($0["base"] as? [String: Any])?["status"] as? String != ($0["alternative"] as? [String: Any])?["status"] as? String
        }
        #expect(!changed.isEmpty)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("comparaison.json").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("comparaison.html").path))
    }

    @Test func compareCriteriaListsRulesOnlyOneSideHas() throws {
        let (result, out) = try rank(["--compare-criteria", "2013", "--format", "json,csv", "--lang", "en"])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(out, "comparaison.json")
        let differences = try #require(report["differences"] as? [[String: Any]])
        let aspects = Set(differences.compactMap { $0["aspect"] as? String })
        #expect(aspects.isSuperset(of: ["added", "removed", "callTitle"]))
        for difference in differences {
            let before = try #require(difference["before"] as? [String: String])
            #expect(before["fr"] != nil && before["en"] != nil, "both languages")
        }
        let csv = try contents(out, "comparaison.csv")
        let rows = csv.split(separator: "\r\n")
        let applications = try #require(report["applications"] as? [Any])
        #expect(rows.count == applications.count + 1, "a header, then a row per application")
    }

    @Test func aLaterRunWithoutComparisonRemovesTheOldOne() throws {
        let (first, out) = try rank(["--compare-set", "jobsForFullMarks=20"])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("comparaison.md").path))
        let second = try PTCEBinary.run([
            "rank", "SampleApplications", "--call", "2015", "--out", out.path, "--as-of", "2015-09-15",
        ])
        #expect(second.status == 0)
        for format in Self.formats {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("comparaison.\(format)").path))
        }
    }

    @Test(arguments: [
        (["--compare-set", "noSuchParameter=1"], Int32(64)),
        (["--compare-set", "selfFinancingFloor=150"], Int32(64)),
        (["--compare-criteria", "no/such/criteria.xml"], Int32(2)),
    ])
    func wrongComparisonsAreRefused(_ arguments: [String], _ status: Int32) throws {
        let (result, out) = try rank(arguments)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(result.status == status, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("comparaison.md").path))
    }

    // MARK: - ptce criteria diff

    @Test(arguments: [("text", "fr"), ("markdown", "fr"), ("markdown", "en"), ("json", "fr")])
    func criteriaDiffMatchesItsGoldenFiles(_ format: String, _ language: String) throws {
        let result = try PTCEBinary.run([
            "criteria", "diff", "Criteria/ptce-2015.xml", "Criteria/ptce-2013.xml", "--format", format, "--lang", language,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let name = "criteria-diff-2015-2013-\(language).\(format == "markdown" ? "md" : format == "json" ? "json" : "txt")"
        if let difference = try Golden.check(result.stdout, against: "Tests/EndToEndTests/Snapshots/\(name)") {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func anEditedCopyShowsItsWeightAndParameterChanges() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOfFile: Repository.path("Criteria/ptce-2015.xml"), encoding: .utf8)
        // Five points move from the value chain to innovation (the weights still total 100).
        let edits = [
            (#"<criterion id="innovation" kind="score" weight="15">"#, #"<criterion id="innovation" kind="score" weight="20">"#),
            (#"<criterion id="value-chain" kind="score" weight="10">"#, #"<criterion id="value-chain" kind="score" weight="5">"#),
        ]
        for (old, new) in edits {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let copy = folder.appendingPathComponent("ptce-2015-edited.xml")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let result = try PTCEBinary.run(["criteria", "diff", "2015", copy.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "ptce-criteria-diff")
        let changes = try #require(document["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["id"] as? String } == ["value-chain", "innovation"])
        #expect(changes.allSatisfy { $0["subject"] as? String == "criterion" && $0["aspect"] as? String == "weight" })

        let same = try PTCEBinary.run(["criteria", "diff", "2015", "Criteria/ptce-2015.xml", "--format", "json"])
        #expect(same.status == 0)
        let none = try #require(try JSONSerialization.jsonObject(with: Data(same.stdout.utf8)) as? [String: Any])
        #expect((none["changes"] as? [Any])?.isEmpty == true)
    }

    @Test func criteriaDiffRefusesWhatItCannotRead() throws {
        let missing = try PTCEBinary.run(["criteria", "diff", "2015", "no/such/file.xml"])
        #expect(missing.status == 2)
        let format = try PTCEBinary.run(["criteria", "diff", "2015", "2013", "--format", "pdf"])
        #expect(format.status == 64)
    }
}
