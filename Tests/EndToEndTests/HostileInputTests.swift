import Foundation
import TestSupport
import Testing

/// The hostile corpus (`Tests/HostileInputs`) through `validate`, `check` and `rank`: every file
/// refused with its located reason, in both languages, and none lost by `rank`.
@Suite(.serialized) struct HostileInputTests {
    struct Expectation: Sendable {
        var file: String
        var line: Int
        var english: String
        var french: String
    }

    static let corpus = "Tests/HostileInputs"
    /// The files of the corpus that must be accepted: UTF-16 with a byte-order mark, a summary
    /// of two paragraphs, and a 20,000-character summary ending in a line break (once 7 s of
    /// schema-pattern backtracking).
    static let accepted: Set<String> = ["utf16-with-bom.xml", "multiline-summary.xml", "regex-stress-fail.xml"]

    static func expectations() throws -> [Expectation] {
        let text = String(decoding: try Repository.bytes("\(corpus)/expected.tsv"), as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expectation(file: cells[0], line: Int(cells[1]) ?? -1, english: cells[2], french: cells[3])
        }
    }

    @Test func everyCorpusFileHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path(Self.corpus)).filter {
            $0.hasSuffix(".xml")
        }
        #expect(files.count >= 25)
        #expect(Set(try Self.expectations().map(\.file)) == Set(files).subtracting(Self.accepted))
    }

    @Test func validateRefusesEachFileWithItsReasonInBothLanguages() throws {
        for expectation in try Self.expectations() {
            let path = "\(Self.corpus)/\(expectation.file)"
            let english = try PTCEBinary.run(["validate", "--lang", "en", path])
            let french = try PTCEBinary.run(["validate", path])
            #expect(english.status == 1, "\(expectation.file)")
            #expect(english.stdout.contains("\(path):\(expectation.line):"), "\(expectation.file): \(english.stdout)")
            #expect(english.stdout.contains(expectation.english), "\(expectation.file): \(english.stdout)")
            #expect(french.stdout.contains(expectation.french), "\(expectation.file): \(french.stdout)")
            #expect(!(english.stdout + english.stderr).contains("root:x:0:0"), "no file content leaks")
        }
    }

    @Test(arguments: HostileInputTests.accepted.sorted()) func acceptedFilesAreAccepted(file: String) throws {
        let result = try PTCEBinary.run(["validate", "\(Self.corpus)/\(file)"])
        #expect(result.status == 0, "\(file): \(result.stdout)")
    }

    @Test func checkRefusesEachFileToo() throws {
        for expectation in try Self.expectations() {
            let path = "\(Self.corpus)/\(expectation.file)"
            let result = try PTCEBinary.run(["check", "--lang", "en", path])
            #expect(result.status == 1, "\(expectation.file)")
            #expect(result.stdout.contains(expectation.english), "\(expectation.file): \(result.stdout)")
        }
    }

    @Test func rankListsEveryFileWithItsReason() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try PTCEBinary.run([
            "rank", Self.corpus, "--call", "2015", "--out", out.path, "--format", "json", "--lang", "en",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json =
            try JSONSerialization.jsonObject(with: try Data(contentsOf: out.appendingPathComponent("report.json")))
            as? [String: Any]
        let applications = try #require(json?["applications"] as? [[String: Any]])
        let unreadable = applications.filter { $0["section"] as? String == "unreadable" }
        for expectation in try Self.expectations() {
            let entry = unreadable.first {
                (($0["application"] as? [String: Any])?["file"] as? String)?.hasSuffix("/\(expectation.file)") == true
            }
            let problems = try #require(
                (entry?["application"] as? [String: Any])?["problems"] as? [[String: Any]],
                "\(expectation.file) listed as unreadable")
            let first = try #require(problems.first)
            #expect(first["line"] as? Int == expectation.line, "\(expectation.file)")
            let message = first["message"] as? [String: String]
            #expect(message?["en"]?.contains(expectation.english) == true, "\(expectation.file)")
            #expect(message?["fr"]?.contains(expectation.french) == true, "\(expectation.file)")
        }
        #expect(
            applications.count == (try Self.expectations()).count + Self.accepted.count,
            "every file once, the accepted ones evaluated")
    }

    /// Inputs too large to commit, made on the fly.
    @Test func generatedGiantsAreRefusedByTheirLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-giants-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let attributes = (0..<100_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let giants: [(String, Data, String)] = [
            (
                "nested-100000.xml",
                Data((String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)).utf8),
                "nesting too deep: more than 64 levels"
            ),
            (
                "attributes-100000.xml",
                Data(("<application " + (0..<100_000).map { "a\($0)=\"\"" }.joined(separator: " ") + "/>").utf8),
                "has more than 32 attributes"
            ),
            (
                "attribute-50MB.xml", Data(("<application a=\"" + String(repeating: "x", count: 50 * 1024 * 1024) + "\"/>").utf8),
                "the limit is 4194304 bytes"
            ),
            (
                "elements-100000.xml", Data(("<a>" + String(repeating: "<b/>", count: 100_000) + "</a>").utf8),
                "too many elements: more than 50000"
            ),
            // Reproducers of issue 14 (make-slow.py): a quote in a comment or a CDATA section
            // once blinded the screen, UTF-16 was not screened.
            (
                "comment-desync-many-attrs.xml", Data(("<?xml version=\"1.0\"?>\n<!-- <x ' -->\n<a " + attributes + "/>\n").utf8),
                "element <a> has more than 32 attributes"
            ),
            (
                "cdata-desync-many-attrs.xml",
                Data(("<?xml version=\"1.0\"?>\n<r><![CDATA[<x ']]><a " + attributes + "/></r>\n").utf8),
                "element <a> has more than 32 attributes"
            ),
            (
                "utf16-many-attrs.xml",
                Data(
                    [0xFF, 0xFE]
                        + ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a " + attributes + "/>\n").utf16.flatMap {
                            [UInt8($0 & 0xFF), UInt8($0 >> 8)]
                        }),
                "element <a> has more than 32 attributes"
            ),
        ]
        for (name, data, _) in giants { try data.write(to: folder.appendingPathComponent(name)) }
        for (name, _, message) in giants {
            let result = try PTCEBinary.run(["validate", "--lang", "en", folder.appendingPathComponent(name).path])
            #expect(result.status == 1, "\(name)")
            #expect(result.stdout.contains(message), "\(name): \(result.stdout)")
        }
    }
}
