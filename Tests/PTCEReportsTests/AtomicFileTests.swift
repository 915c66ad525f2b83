import Foundation
import PTCEReports
import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct AtomicFileTests {
    struct Interrupted: Error {}

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func anInterruptedWriteLeavesThePreviousReportIntact() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("report.md")
        try AtomicFile.write(Array("previous report\n".utf8), to: report)
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: report) { handle in
                try handle.write(contentsOf: Array("half of a new rep".utf8))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: report, encoding: .utf8) == "previous report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.md"], "no temporary file left")
    }

    @Test func aCompleteWriteReplacesTheReport() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("report.csv")
        try AtomicFile.write(Array("old".utf8), to: report)
        try AtomicFile.write(Array("new".utf8), to: report)
        #expect(try String(contentsOf: report, encoding: .utf8) == "new")
    }
}
