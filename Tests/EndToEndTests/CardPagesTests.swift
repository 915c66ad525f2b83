import Foundation
import TestSupport
import Testing

/// Beyond `HTMLReport.cardPageThreshold` (300) evaluated applications, the HTML report's cards
/// are pages of their own in `report-cards/`, linked from the report, installed with it, and
/// removed by a later run that writes none.
@Suite(.serialized) struct CardPagesTests {
    @Test func aBatchBeyondTheThresholdHasOnePagePerCardAndASmallIndex() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("lot")
        let out = folder.appendingPathComponent("rapport")
        // 360 files: some are unreadable (no card), more than 300 are evaluated.
        let synth = try PTCEBinary.run(["synth", "--count", "360", "--seed", "7", "--out", corpus.path])
        #expect(synth.status == 0, "\(synth.stderr)")
        let rank = try PTCEBinary.run([
            "rank", corpus.path, "--call", "2015", "--as-of", "2015-09-15", "--format", "html,json", "--out", out.path,
        ])
        #expect(rank.status == 0 || rank.status == 1, "\(rank.stderr)")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json")))
            as? [String: Any]
        let counts = try #require(json?["counts"] as? [String: Int])
        let evaluated = counts["received"]! - counts["unreadable"]! - counts["duplicates"]!
        #expect(evaluated > 300, "the corpus must cross the threshold")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("report-cards").path)
        #expect(pages.count == evaluated && pages.allSatisfy { $0.hasPrefix("app-") && $0.hasSuffix(".html") })
        let index = String(decoding: try Data(contentsOf: out.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(!index.contains("<article class=\"card\""), "the index holds no card")
        let page = try #require(pages.sorted().first)
        #expect(index.contains("href=\"report-cards/\(page)\""), "the index links to each page")
        let card = String(
            decoding: try Data(contentsOf: out.appendingPathComponent("report-cards").appendingPathComponent(page)), as: UTF8.self
        )
        #expect(card.hasPrefix("<!DOCTYPE html>") && card.contains("<article class=\"card\"") && card.contains("../report.html"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".ptce-") && $0 != ".ptce.lock" }
                .isEmpty, "nothing left of the staging")

        // A small batch into the same folder: cards back in the report, the pages folder removed.
        let again = try PTCEBinary.run([
            "rank", Repository.path("SampleApplications"), "--call", "2015", "--format", "html", "--out", out.path,
        ])
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report-cards").path))
        let small = String(decoding: try Data(contentsOf: out.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(small.contains("<article class=\"card\"") && !small.contains("report-cards/"))
    }
}
