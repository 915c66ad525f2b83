import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel
import Testing

/// The XML mark sheet a juror fills in: what is written is what is read back.
@Suite struct MarkSheetTests {
    /// A juror id with `--` (and markup characters) comes back exactly: only the comments,
    /// which no program reads, show `--` otherwise.
    @Test func aJurorIdWithTwoHyphensRoundTrips() throws {
        let criteria = try #require(try Calls.load("2015").first)
        let juror = Juror(id: "dupont--martin<&\"'>", name: "Anne -- Dupont", organisation: "Réseau")
        let sheet = MarkSheet(
            juror: juror, applications: [("pollens-2015", "Pôle -- Pollens & « Sud »")], criteria: criteria, language: .fr)
        // The juror fills in every value.
        let filled = String(decoding: sheet.xml(), as: UTF8.self).replacingOccurrences(of: "value=\"\"", with: "value=\"3\"")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sheet.xml").path
        try Data(filled.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = MarkSheets.read(sheets: [path])
        #expect(loaded.problems.isEmpty, "\(loaded.problems.map { $0.message.en })")
        #expect(!loaded.marks.isEmpty)
        #expect(loaded.marks.allSatisfy { $0.juror == juror.id && $0.application == "pollens-2015" })
    }
}
