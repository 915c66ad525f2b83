import Foundation
import TestSupport
import Testing

/// A batch that trusts its inputs less: copies of one application are ranked once, and text or
/// file names a terminal would obey are shown escaped everywhere.
@Suite(.serialized) struct BatchSafetyTests {
    static let sample = "SampleApplications/pollens-2015.xml"
    static let name = "POLLENS – Pôle local d’économie solidaire du Roannais"

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    func json(_ folder: URL) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json")))
                as? [String: Any])
    }

    func rank(_ input: URL, _ out: URL, _ extra: [String] = []) throws -> CommandResult {
        try PTCEBinary.run(["rank", input.path, "--call", "2015", "--out", out.path, "--as-of", "2015-09-15"] + extra)
    }

    /// Writes `bytes` under a file name given as bytes (it may not be UTF-8).
    func write(_ bytes: [UInt8], in folder: URL, name: [UInt8]) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }

    @Test func threeCopiesAndARenamedCopyAreRankedOnceWithTheFundingUnchanged() throws {
        let sample = String(decoding: try Repository.bytes(Self.sample), as: UTF8.self)
        let batch = try temporaryFolder()
        let single = try temporaryFolder()
        let (out, alone) = (try temporaryFolder(), try temporaryFolder())
        defer { [batch, single, out, alone].forEach { try? FileManager.default.removeItem(at: $0) } }
        for name in ["a.xml", "b.xml", "c.xml"] { try Data(sample.utf8).write(to: batch.appendingPathComponent(name)) }
        try Data(sample.utf8).write(to: single.appendingPathComponent("a.xml"))
        // The renamed copy: other indentation, and the name in other case and punctuation.
        let renamed = sample.replacingOccurrences(of: "\n  ", with: "\n    ")
            .replacingOccurrences(of: Self.name, with: "Pollens — pôle local d'économie solidaire du roannais")
        try Data(renamed.utf8).write(to: batch.appendingPathComponent("d.xml"))
        let result = try rank(batch, out)
        #expect(try rank(single, alone).status == 0)
        #expect(result.status == 0, "\(result.stderr)")

        let report = try json(out)
        let entries = try #require(report["applications"] as? [[String: Any]])
        let ranked = entries.filter { $0["section"] as? String == "ranked" }
        let duplicates = entries.filter { $0["section"] as? String == "duplicate" }
        #expect(
            ranked.compactMap { ($0["application"] as? [String: Any])?["file"] as? String } == [
                batch.appendingPathComponent("a.xml").path
            ])
        #expect(
            duplicates.compactMap { (($0["application"] as? [String: Any])?["file"] as? NSString)?.lastPathComponent } == [
                "b.xml", "c.xml", "d.xml",
            ])
        #expect(duplicates.allSatisfy { $0["duplicateOf"] as? String == batch.appendingPathComponent("a.xml").path })
        #expect(
            duplicates.compactMap { $0["duplicateReason"] as? String } == [
                "identical-bytes", "identical-bytes", "same-application",
            ])
        #expect(duplicates.allSatisfy { $0["award"] == nil && $0["rank"] == nil }, "never funded, never ranked")
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["received"] == 4 && counts["duplicates"] == 3 && counts["eligible"] == 1 && counts["funded"] == 1)
        let funding = try #require(report["funding"] as? NSDictionary)
        #expect(funding == (try json(alone)["funding"] as? NSDictionary), "the funding walk is the one of the single file")
        #expect(
            ranked.first?["award"] as? NSNumber == (try json(alone)["applications"] as? [[String: Any]])?.first?["award"]
                as? NSNumber)

        // Every format lists the three copies with the file they repeat.
        let markdown = try text(out, "report.md")
        let html = try text(out, "report.html")
        let csv = try text(out, "report.csv").components(separatedBy: "\r\n")
        // File names relative to the batch's folder.
        for path in ["b.xml", "c.xml", "d.xml"] {
            let original = "a.xml"
            #expect(markdown.split(separator: "\n").contains { $0.hasPrefix("| \(path) | ") && $0.contains(" | \(original) | ") })
            #expect(html.contains("<tr><td><code>\(path)</code></td>"))
            #expect(csv.contains { $0.hasPrefix("\(path);doublon;;") && $0.hasSuffix(";\(original)") })
        }
        #expect(html.contains("<section id=\"duplicates\">") && html.contains("class=\"duplicates-note\""))
        #expect(result.stdout.contains("3 doublons écartés"))
    }

    /// `c1-csi-name.xml` of the hostile-input reproducers: U+009B (CSI) and U+202E (right-to-left
    /// override) in the application's name.
    static func csiApplication() throws -> [UInt8] {
        let sample = String(decoding: try Repository.bytes(sample), as: UTF8.self)
        return Array(sample.replacingOccurrences(of: name, with: "POLLENS \u{9B}31m rouge \u{9B}0m \u{202E}gnp.exe").utf8)
    }

    static let escapedName = "POLLENS <U+009B>31m rouge <U+009B>0m <U+202E>gnp.exe"

    /// Whether `text` holds a character a terminal or a viewer would obey (line breaks and tabs aside).
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0xFEFF: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    @Test func controlCharactersInTheTextAreShownEscapedAndNeutralisedInReports() throws {
        let folder = try temporaryFolder()
        let out = try temporaryFolder()
        defer { [folder, out].forEach { try? FileManager.default.removeItem(at: $0) } }
        let file = folder.appendingPathComponent("c1-csi-name.xml")
        try Data(try Self.csiApplication()).write(to: file)
        let validate = try PTCEBinary.run(["validate", file.path])
        let check = try PTCEBinary.run(["check", file.path, "--call", "2015"])
        for result in [validate, check] {
            #expect(result.stdout.contains(Self.escapedName), "\(result.stdout)")
            #expect(!Self.hasRawControl(result.stdout + result.stderr))
        }
        #expect(try rank(folder, out).status == 0)
        #expect(try text(out, "report.md").contains("POLLENS &lt;U+009B&gt;31m"))
        #expect(try text(out, "report.html").contains("POLLENS &lt;U+009B&gt;31m rouge &lt;U+009B&gt;0m &lt;U+202E&gt;gnp.exe"))
        #expect(try text(out, "report.csv").contains(Self.escapedName))
        let json = try text(out, "report.json")
        #expect(json.contains("POLLENS \\u009b31m rouge \\u009b0m \\u202egnp.exe"), "JSON escapes, the data kept")
        let entries = try #require(try self.json(out)["applications"] as? [[String: Any]])
        #expect(
            (entries.first?["application"] as? [String: Any])?["name"] as? String
                == "POLLENS \u{9B}31m rouge \u{9B}0m \u{202E}gnp.exe")
        for name in ["report.md", "report.html", "report.csv", "report.json"] {
            #expect(!Self.hasRawControl(try text(out, name)), "\(name)")
        }
    }

    @Test func fileNamesWithControlCharactersOrNotUTF8AreShownEscapedAndRead() throws {
        let folder = try temporaryFolder()
        let out = try temporaryFolder()
        defer { [folder, out].forEach { try? FileManager.default.removeItem(at: $0) } }
        let sample = try Repository.bytes(Self.sample)
        try write(sample, in: folder, name: Array("evil\u{1B}[2J\nname.xml".utf8))
        try write(sample, in: folder, name: Array("caf".utf8) + [0xE9] + Array(".xml".utf8))
        let validate = try PTCEBinary.run(["validate", folder.path])
        #expect(validate.status == 0, "both files read under their own bytes: \(validate.stdout)")
        #expect(validate.stdout.contains("/caf<0xE9>.xml — "))
        #expect(validate.stdout.contains("/evil<U+001B>[2J<U+000A>name.xml — "))
        #expect(!Self.hasRawControl(validate.stdout) && !validate.stdout.contains("\u{FFFD}"))
        #expect(try rank(folder, out, ["--format", "json,md"]).status == 0)
        let entries = try #require(try json(out)["applications"] as? [[String: Any]])
        let files = entries.compactMap { (($0["application"] as? [String: Any])?["file"] as? NSString)?.lastPathComponent }
        #expect(Set(files) == ["caf<0xE9>.xml", "evil<U+001B>[2J<U+000A>name.xml"])
        #expect(Set(entries.compactMap { $0["section"] as? String }) == ["ranked", "duplicate"], "read, not refused")
        #expect(!Self.hasRawControl(try text(out, "report.md")))
    }

    @Test func aPathArgumentThatIsNotUTF8IsReadByItsBytes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(try Repository.bytes(Self.sample), in: folder, name: Array("caf".utf8) + [0xE9] + Array(".xml".utf8))
        // The argument is made by the shell from bytes: Foundation would pass a String as UTF-8.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", #"exec "$0" validate "$(printf '%s/caf\351.xml' "$1")" "$(printf '%s/no\033[2J.xml' "$1")""#,
            PTCEBinary.url.path, folder.path,
        ]
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "the second path does not exist")
        #expect(stdout.isEmpty, "nothing is read while a path is missing")
        #expect(stderr.contains("/no<U+001B>[2J.xml") && !Self.hasRawControl(stderr), "\(stderr)")
        let single = Process()
        single.executableURL = URL(fileURLWithPath: "/bin/sh")
        single.arguments = ["-c", #"exec "$0" validate "$(printf '%s/caf\351.xml' "$1")""#, PTCEBinary.url.path, folder.path]
        single.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        single.standardOutput = pipe
        try single.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        single.waitUntilExit()
        #expect(single.terminationStatus == 0, "\(text)")
        #expect(text.contains("/caf<0xE9>.xml — "))
    }

    @Test func juryAssignGivesACopyNoReader() throws {
        let folder = try temporaryFolder()
        let sheets = try temporaryFolder()
        defer { [folder, sheets].forEach { try? FileManager.default.removeItem(at: $0) } }
        let sample = try Repository.bytes(Self.sample)
        for name in ["a.xml", "b.xml"] { try Data(sample).write(to: folder.appendingPathComponent(name)) }
        let result = try PTCEBinary.run([
            "jury", "assign", folder.path, "--call", "2015", "--jurors", "SampleApplications/jury/jures.csv", "--readers", "3",
            "--out", sheets.path, "--lang", "en",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 eligible application(s)"), "\(result.stdout)")
        #expect(result.stderr.contains(folder.appendingPathComponent("b.xml").path))
        let assigned = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  j") }
        #expect(!assigned.isEmpty && assigned.allSatisfy { !$0.contains(" b") }, "\(assigned)")
    }
}
