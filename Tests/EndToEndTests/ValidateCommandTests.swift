import Foundation
import TestSupport
import Testing

/// `ptce validate`, run as a user would run the built binary.
@Suite struct ValidateCommandTests {
    static let samples = Repository.path("SampleApplications")

    static func xmlFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
    }

    @Test func samplesFolderValidSamplesOKInvalidOnesLocated() throws {
        let result = try PTCEBinary.run(["validate", "SampleApplications"])
        #expect(result.status == 1, "invalid/ holds broken files")
        let valid = try Self.xmlFiles(Self.samples)
        let invalid = try Self.xmlFiles(Self.samples + "/invalid")
        #expect(valid.count >= 16)
        for file in valid {
            #expect(result.stdout.contains("OK SampleApplications/\(file) "), "\(file)")
        }
        for file in invalid {
            let text = String(decoding: try Repository.bytes("SampleApplications/invalid/\(file)"), as: UTF8.self)
            let match = try #require(text.firstMatch(of: /Expected at line (\d+)/), "\(file) states its expected line")
            #expect(result.stdout.contains("SampleApplications/invalid/\(file):\(match.1):"), "\(file) at line \(match.1)")
            #expect(!result.stdout.contains("OK SampleApplications/invalid/\(file)"))
        }
        let total = valid.count + invalid.count
        #expect(
            result.stdout.contains("\(valid.count) valide(s), \(invalid.count) invalide(s) sur \(total) fichier(s)"),
            "nothing skipped")
    }

    @Test func externalEntityNeverLeaksFileContents() throws {
        let result = try PTCEBinary.run(["validate", "SampleApplications/invalid/doctype-xxe.xml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("doctype-xxe.xml:7:"))
        #expect(result.stdout.contains("DOCTYPE"))
        #expect(!(result.stdout + result.stderr).contains("root:"))
    }

    @Test func billionLaughsIsRefused() throws {
        var declarations = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE application [\(declarations)]>\n<application>&l9;</application>"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("laughs-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try PTCEBinary.run(["validate", "--lang", "en", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains(":2: error: DOCTYPE or entity declaration refused"))
    }

    @Test func englishMessagesOnRequest() throws {
        let result = try PTCEBinary.run(["validate", "--lang", "en", "SampleApplications/invalid/budget-unbalanced.xml"])
        #expect(result.stdout.contains("error: <year>: budget year 2 does not balance"))
        #expect(result.stdout.contains("0 valid, 1 invalid of 1 file(s)"))
    }

    @Test func worksFromAnyWorkingDirectory() throws {
        let result = try PTCEBinary.run(
            ["validate", Repository.path("SampleApplications/pollens-2015.xml")], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("OK "))
    }

    @Test func missingPathIsAnErrorNotASilentSkip() throws {
        let result = try PTCEBinary.run(["validate", "no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("erreur : chemin introuvable : no-such-folder"))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try PTCEBinary.run(["validate", "--lang", "en", empty.path])
        #expect(none.status == 2)
        #expect(none.stderr.contains("error: no .xml file in"))
    }

    @Test func schemaCommandPrintsTheSchemaAndItsPath() throws {
        let path = try PTCEBinary.run(["schema", "--path"])
        #expect(path.status == 0)
        #expect(FileManager.default.fileExists(atPath: path.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let schema = try PTCEBinary.run(["schema"])
        #expect(schema.stdout.contains("targetNamespace=\"urn:x-ptce:application:1\""))
    }

    @Test func helpHasExamplesAndVersionIsPrinted() throws {
        let help = try PTCEBinary.run(["--help"])
        #expect(help.stdout.contains("ptce validate SampleApplications"))
        let version = try PTCEBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }
}
