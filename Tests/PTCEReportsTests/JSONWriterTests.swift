import Foundation
import PTCEEngine
import PTCEModel
@testable import PTCEReports
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

/// ``JSONWriter`` writes the report's entries without `JSONEncoder`: every byte must be the
/// encoder's (`JSONReport.encoder()`), which stays the reference through the entries' `Encodable`
/// conformance.
@Suite struct JSONWriterTests {
    func encoded(_ value: some Encodable) throws -> [UInt8] { [UInt8](try JSONReport.encoder().encode(value)) }

    /// Every sample application, readable or not, under both calls: its entry as the encoder
    /// writes it.
    @Test(arguments: ["2015", "2013"])
    func entriesAreTheEncodersBytes(_ call: String) throws {
        let files =
            InputFiles.expand([Repository.path("SampleApplications"), Repository.path("Tests/HostileInputs")]).files
        let criteria = try #require(try Calls.load(call).first)
        let evaluator = Evaluator(criteria: criteria)
        let entries = Batch(loader: try ApplicationLoader.standard(), evaluator: evaluator).run(files)
        let batch = RankedBatch(entries: entries, criteria: criteria, parameters: evaluator.parameters)
        let summaries = batch.ranking + batch.belowThreshold + batch.incomplete + batch.ineligible + batch.pendingMarks
        #expect(summaries.count > 10 && !batch.unreadable.isEmpty, "readable and unreadable files both")
        for summary in summaries {
            #expect(JSONReport.entry(summary) == (try encoded(JSONReport.ApplicationEntry(summary))), "\(summary.file)")
        }
        for item in batch.unreadable {
            let entry = JSONReport.ApplicationEntry(unreadable: item.file, sha256: item.sha256, problems: item.problems)
            var json = JSONWriter()
            entry.write(to: &json)
            #expect(json.bytes == (try encoded(entry)), "\(item.file)")
        }
    }

    /// Escapes, characters kept raw, key order (bytes, not case or numbers) and numbers.
    @Test func textKeysAndNumbersAreWrittenAsTheEncoderWritesThem() throws {
        let texts = [
            "", "plain", "quote \" backslash \\ slash / end", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F} C0",
            "\u{7F}\u{85}\u{9B} DEL C1", "é ü 中文 🇫🇷 \u{200F}\u{2028}\u{2029}", "\r\n",
        ]
        for text in texts {
            var json = JSONWriter()
            json.string(text)
            #expect(json.bytes == (try encoded(text)), "\(Array(text.unicodeScalars))")
        }
        let keys = ["b": 1, "B": 2, "a10": 3, "a9": 4, "a": 5, "é": 6, "z": 7, "_": 8, "A": 9, "ab": 10]
        var json = JSONWriter()
        json.object(keys) { $0.number($1) }
        #expect(json.bytes == (try encoded(keys)))
        let numbers: [Decimal] = [0, 1, -1, 150000, 0.25, 0.0001, -3.5, 1_234_567.89, Decimal(string: "1e30")!]
        json = JSONWriter()
        json.array(numbers) { $0.number($1) }
        #expect(json.bytes == (try encoded(numbers)))
        let values: [JSONValue] = [.number(2.5), .boolean(true), .boolean(false), .text("a\"b"), .range(1, 2), .null]
        json = JSONWriter()
        json.array(values) { $1.write(to: &$0) }
        #expect(json.bytes == (try encoded(values)))
        let empty: [String: Int] = [:]
        json = JSONWriter()
        json.object(empty) { $0.number($1) }
        json.raw(",")
        json.array([Int]()) { $0.number($1) }
        #expect(json.bytes == Array("{},[]".utf8))
    }
}
