import Foundation
import TestSupport
import Testing

/// `ptce rank` on the samples: golden reports, determinism, every input accounted for.
@Suite(.serialized) struct RankCommandTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ptce-rank-\(UUID().uuidString)")
    }

    func rank(_ arguments: [String]) throws -> (CommandResult, URL) {
        let out = temporaryFolder()
        let result = try PTCEBinary.run(["rank"] + arguments + ["--out", out.path, "--as-of", "2015-09-15"])
        return (result, out)
    }

    func contents(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    @Test(arguments: ["2015", "2013"])
    func reportsMatchTheirGoldenFiles(_ call: String) throws {
        let (result, out) = try rank(["SampleApplications", "--call", call])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["report.html", "report.md", "report.json", "report.csv"] {
            if let difference = try Golden.check(
                try contents(out, name), against: "Tests/EndToEndTests/Snapshots/\(call)-\(name)")
            {
                Issue.record(Comment(rawValue: difference))
            }
        }
    }

    @Test func sameInputsInAnotherOrderGiveTheSameBytes() throws {
        let files =
            try FileManager.default.contentsOfDirectory(atPath: Repository.path("SampleApplications"))
            .filter { $0.hasSuffix(".xml") }.map { "SampleApplications/\($0)" } + ["SampleApplications/invalid"]
        let (first, a) = try rank(files.sorted() + ["--call", "2015"])
        let (second, b) = try rank(files.sorted().reversed() + ["--call", "2015", "--threads", "1"])
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        #expect(first.status == 0 && second.status == 0)
        for name in ["report.html", "report.md", "report.json", "report.csv"] {
            #expect(try contents(a, name) == contents(b, name), "\(name)")
        }
    }

    @Test func everyInputIsInExactlyOneSection() throws {
        let (result, out) = try rank(["SampleApplications", "--call", "2015", "--format", "json"])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(result.status == 0)
        let json =
            try JSONSerialization.jsonObject(with: try Data(contentsOf: out.appendingPathComponent("report.json")))
            as? [String: Any]
        let applications = try #require(json?["applications"] as? [[String: Any]])
        let files = applications.compactMap { ($0["application"] as? [String: Any])?["file"] as? String }
        #expect(Set(files).count == files.count, "no file twice")
        let inputs =
            try FileManager.default.contentsOfDirectory(atPath: Repository.path("SampleApplications")).filter {
                $0.hasSuffix(".xml")
            }.count
            + FileManager.default.contentsOfDirectory(atPath: Repository.path("SampleApplications/invalid")).filter {
                $0.hasSuffix(".xml")
            }.count
        #expect(files.count == inputs)
        let counts = try #require(json?["counts"] as? [String: Int])
        #expect(counts["received"] == inputs)
        let sections = ["unreadable", "ineligible", "incomplete", "eligible", "belowThreshold"].compactMap { counts[$0] }
        #expect(sections.reduce(0, +) == inputs, "counts add up")
        #expect(json?["version"] as? Int == 2)
    }

    @Test func csvHasABomAndTheChosenSeparator() throws {
        let (_, out) = try rank(["SampleApplications", "--call", "2015", "--format", "csv", "--csv-separator", ","])
        defer { try? FileManager.default.removeItem(at: out) }
        let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent("report.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let header = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")[0]
        #expect(header.hasPrefix("fichier,section,rang,nom,statut,total,"))
    }

    @Test func htmlIsSelfContained() throws {
        let (_, out) = try rank(["SampleApplications", "--call", "2015", "--format", "html", "--lang", "en"])
        defer { try? FileManager.default.removeItem(at: out) }
        let html = try contents(out, "report.html")
        #expect(html.contains("<svg"))
        #expect(html.contains("<html lang=\"en\">"))
        // One inline script (sorting, filtering), nothing loaded.
        #expect(!html.contains("<script src") && !html.contains("<link"))
        #expect(!html.contains("http://") && !html.contains("https://"), "no external resource")
        #expect(!html.contains("{{"), "every template tag rendered")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let result = try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", "/tmp/x", "--format", "pdf"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--format pdf"))
    }
}

/// The HTML report in a real browser: rendered to PNG and PDF, no request leaves the page.
@Suite struct RenderReportTests {
    static var hasChromium: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: hasChromium, "needs chromium (apt-get install chromium); .ci/run installs it"))
    func htmlRendersInChromiumWithoutExternalRequests() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-render-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let html = out.appendingPathComponent("report.html")
        let rank = try PTCEBinary.run([
            "rank", "SampleApplications", "--call", "2015", "--out", out.path, "--format", "html", "--as-of", "2015-09-15",
        ])
        #expect(rank.status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Repository.path("scripts/render-report.sh"), html.path, out.path]
        process.currentDirectoryURL = Repository.root
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("external requests: none"))
        let png = try Data(contentsOf: out.appendingPathComponent("report.png"))
        #expect(png.count > 10_000 && png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a real PNG")
        let pdf = try Data(contentsOf: out.appendingPathComponent("report.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }
}
