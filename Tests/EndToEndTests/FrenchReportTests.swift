import Foundation
import TestSupport
import Testing

/// Every sentence a French jury reads is French: the French reports (HTML, Markdown, CSV) of
/// the samples, the hostile corpus and an office document renamed `.xml` carry no English left
/// over from a library (libxml2, Foundation) or from our own fallbacks.
@Suite(.serialized) struct FrenchReportTests {
    /// English words that no French sentence of ours uses: two of them in one stretch of text
    /// make an English sentence.
    static let englishWords: Set<String> = [
        "the", "is", "are", "was", "could", "not", "be", "been", "with", "this", "that", "expected", "operation",
        "completed", "found", "element", "attribute", "value", "document", "file", "error", "failed", "allowed", "missing",
        "valid", "invalid", "spreadsheet", "processing", "see", "fix", "here", "unable", "cannot", "does", "has", "have",
    ]

    /// The stretches of `text` a reader sees, with tags, scripts, styles, file names and
    /// hashes taken out (a file name is the applicant's, not a sentence of ours).
    static func readableText(_ text: String) -> [String] {
        var text = text
        for pattern in [
            #"(?s)<script.*?</script>"#, #"(?s)<style.*?</style>"#, #"<[^>]+>"#, #"[\w./<>+-]*\.xml\b"#, #"\b[0-9a-f]{64}\b"#,
            #"&[a-z]+;"#,
        ] {
            text = text.replacingOccurrences(of: pattern, with: "\n", options: .regularExpression)
        }
        return text.components(separatedBy: CharacterSet(charactersIn: "\n|;")).filter { !$0.isEmpty }
    }

    /// The stretches of `text` with two English words or more.
    static func englishSentences(_ text: String) -> [String] {
        readableText(text).filter { stretch in
            let words = stretch.lowercased().components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }
            return Set(words).intersection(englishWords).count >= 2
        }
    }

    @Test func theDetectorFindsLibraryEnglish() {
        #expect(!FrenchReportTests.englishSentences("<li>The operation could not be completed</li>").isEmpty)
        #expect(!FrenchReportTests.englishSentences("Element 'x': This element is not expected.").isEmpty)
        #expect(FrenchReportTests.englishSentences("<li>le fichier n’a pas pu être lu jusqu’au bout</li>").isEmpty)
    }

    @Test func frenchReportsHaveNoEnglishSentence() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-french-\(UUID().uuidString)")
        let inputs = folder.appendingPathComponent("dossiers")
        let out = folder.appendingPathComponent("rapport")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        // A word-processing document renamed .xml: a zip file.
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 60)).write(to: inputs.appendingPathComponent("lettre.xml"))
        let result = try PTCEBinary.run([
            "rank", Repository.path("SampleApplications"), Repository.path("Tests/HostileInputs"), inputs.path, "--call",
            "2015", "--out", out.path, "--as-of", "2015-09-15", "--lang", "fr",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["report.html", "report.md", "report.csv"] {
            let text = String(decoding: try Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
            let english = FrenchReportTests.englishSentences(text)
            #expect(english.isEmpty, "\(name): \(english.prefix(5))")
        }
    }
}
