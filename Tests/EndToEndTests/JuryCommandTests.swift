import Foundation
import TestSupport
import Testing

/// The committee secretary's round trip, from the command line alone:
/// `ptce jury assign` → fill the CSV sheets (scripts/fill-sheets.py) → `ptce rank --marks`.
@Suite(.serialized) struct JuryCommandTests {
    func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ptce-\(name)-\(UUID().uuidString)")
    }

    @Test func assignFillAndRankWithMarks() throws {
        let sheets = temporary("sheets")
        let filled = temporary("filled")
        let report = temporary("report")
        defer { [sheets, filled, report].forEach { try? FileManager.default.removeItem(at: $0) } }

        let assign = try PTCEBinary.run([
            "jury", "assign", "SampleApplications", "--call", "2015", "--jurors", "SampleApplications/jury/jures.csv",
            "--readers", "3", "--out", sheets.path, "--lang", "en",
        ])
        #expect(assign.status == 0, "\(assign.stderr)")
        #expect(assign.stdout.contains("8 eligible application(s), 6 juror(s), 3 reader(s) each; load spread: 0"))
        #expect(assign.stdout.contains("conflict: j3 does not read pollens-2015"))
        #expect(assign.stdout.contains("conflict: j5 does not read tetris-2015 — declared conflict of interest"))
        for juror in ["j1", "j2", "j3", "j4", "j5", "j6"] {
            #expect(FileManager.default.fileExists(atPath: sheets.appendingPathComponent("\(juror).csv").path))
            #expect(FileManager.default.fileExists(atPath: sheets.appendingPathComponent("\(juror).xml").path))
        }
        let fill = Process()
        fill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fill.arguments = [
            "python3", Repository.path("scripts/fill-sheets.py"), sheets.path, filled.path, "--conflicted-mark",
            "j3:pollens-2015",
        ]
        try fill.run()
        fill.waitUntilExit()
        #expect(fill.terminationStatus == 0)

        let rank = try PTCEBinary.run([
            "rank", "SampleApplications", "--call", "2015", "--jurors", "SampleApplications/jury/jures.xml", "--marks",
            filled.path,
            "--out", report.path, "--as-of", "2015-09-15", "--lang", "en", "--format", "md,json",
        ])
        #expect(rank.status == 0, "\(rank.stderr)")
        // The conflicted mark is refused naming the juror (and their name), the application and the
        // criterion's title, on the sheet's line.
        let refusal = try #require(rank.stderr.split(separator: "\n").first { $0.contains("j3 (Anne Lefèvre)") })
        #expect(refusal.contains("pollens-2015") && refusal.contains("Innovative character"))
        #expect(refusal.hasPrefix(filled.appendingPathComponent("j3.csv").path + ":"))
        let markdown = String(decoding: try Data(contentsOf: report.appendingPathComponent("report.md")), as: UTF8.self)
        #expect(markdown.contains("## To discuss in committee"))
        // Disagreements name the criterion by its title and each juror with their mark.
        let disagreement = try #require(
            markdown.split(separator: "\n").first { $0.contains("Innovative character") && $0.contains("juror j") })
        #expect(!disagreement.contains(" innovation"))
        #expect(markdown.contains("| Criterion | Marks | Consensus (median) |"))
        #expect(markdown.contains("### Mark sheets"))
        let json =
            try JSONSerialization.jsonObject(with: try Data(contentsOf: report.appendingPathComponent("report.json")))
            as? [String: Any]
        let jury = try #require(json?["jury"] as? [String: Any])
        #expect(jury["aggregate"] as? String == "median")
        #expect((jury["marksFiles"] as? [Any])?.count == 6)
        #expect((json?["counts"] as? [String: Int])?["pendingMarks"] == 0)

        // A juror's sheet goes missing: the run says whose, in the terminal and in the report.
        try FileManager.default.removeItem(at: filled.appendingPathComponent("j6.csv"))
        let again = try PTCEBinary.run([
            "rank", "SampleApplications", "--call", "2015", "--jurors", "SampleApplications/jury/jures.xml", "--marks",
            filled.path, "--out", report.path, "--as-of", "2015-09-15", "--format", "json",
        ])
        #expect(again.status == 0, "\(again.stderr)")
        let missing = again.stderr.split(separator: "\n").filter { $0.contains("j6 (Pierre Garnier)") }
        #expect(missing.count == 1, "one line for the juror, not one per mark: \(again.stderr)")
        let reported =
            try JSONSerialization.jsonObject(with: try Data(contentsOf: report.appendingPathComponent("report.json")))
            as? [String: Any]
        let refused = ((reported?["jury"] as? [String: Any])?["refusedMarks"] as? [[String: Any]]) ?? []
        #expect(refused.contains { (($0["message"] as? [String: String])?["fr"] ?? "").contains("j6 (Pierre Garnier)") })
    }

    @Test func theCommittedExampleSheetsAreWhatAssignWrites() throws {
        let sheets = temporary("example")
        defer { try? FileManager.default.removeItem(at: sheets) }
        let assign = try PTCEBinary.run([
            "jury", "assign", "SampleApplications", "--call", "2015", "--jurors", "SampleApplications/jury/jures.csv",
            "--readers", "3", "--out", sheets.path,
        ])
        #expect(assign.status == 0)
        let committed = Repository.root.appendingPathComponent("SampleApplications/jury/sheets")
        let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: sheets.path).sorted()))
        for name in names {
            #expect(
                try Data(contentsOf: sheets.appendingPathComponent(name))
                    == Data(contentsOf: committed.appendingPathComponent(name)),
                "\(name)")
        }
    }

    @Test func anonymisedJurorsDoNotAppearByIdInTheReport() throws {
        let report = temporary("anonymous")
        defer { try? FileManager.default.removeItem(at: report) }
        let rank = try PTCEBinary.run([
            "rank", "SampleApplications", "--call", "2015", "--jurors", "SampleApplications/jury/jures.xml",
            "--marks", "SampleApplications/jury/marks", "--anonymise-jurors", "--out", report.path, "--format", "md",
        ])
        #expect(rank.status == 0)
        let markdown = String(decoding: try Data(contentsOf: report.appendingPathComponent("report.md")), as: UTF8.self)
        #expect(markdown.contains("juré 1 : "))
        for id in ["j1", "j2", "j3", "j4", "j5", "j6"] {
            #expect(!markdown.contains(id), "\(id) appears in an anonymised report")
        }
    }

    @Test func applicationsAwaitingMarksStillHaveTheirCsvRow() throws {
        let report = temporary("pending")
        defer { try? FileManager.default.removeItem(at: report) }
        let rank = try PTCEBinary.run([
            "rank", "SampleApplications", "--call", "2015", "--jurors", "SampleApplications/jury/jures.xml",
            "--marks", "SampleApplications/jury/marks", "--min-marks", "5", "--out", report.path, "--format", "csv",
        ])
        #expect(rank.status == 0)
        let csv = String(decoding: try Data(contentsOf: report.appendingPathComponent("report.csv")), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 32, "a header and every input")
        #expect(rows.filter { $0.contains(";en attente de notes;") }.count == 8)
    }

    @Test func marksWithoutJurorsIsAUsageError() throws {
        let result = try PTCEBinary.run([
            "rank", "SampleApplications", "--call", "2015", "--out", "/tmp/x", "--marks", "SampleApplications/jury/marks",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--marks et --jurors vont ensemble"))
    }
}
