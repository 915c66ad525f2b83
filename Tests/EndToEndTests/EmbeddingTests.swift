import Foundation
import TestSupport
import Testing

/// The core embedded in another program (`Examples/SelfCheckExample`): an application given as
/// bytes, checked against the 2015 criteria compiled into the binary, from an empty folder with
/// no `PTCE_HOME` — no data file on disk — and a Codable outcome whose JSON carries problem codes.
@Suite struct EmbeddingTests {
    struct Outcome: Decodable {
        struct Problem: Decodable {
            var code: String
            var location: Location
        }
        struct Location: Decodable { var file: String, line: Int }
        struct Evaluation: Decodable {
            var callID: String
            var status: String
            var results: [Result]
        }
        struct Result: Decodable {
            struct Criterion: Decodable { var id: String }
            var criterion: Criterion
            var outcome: String
        }
        var problems: [Problem]
        var evaluations: [Evaluation]
    }

    @Test func theCoreChecksBytesWithoutAnyDataFile() throws {
        let example = PTCEBinary.url.deletingLastPathComponent().appendingPathComponent("SelfCheckExample")
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-embed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let process = Process()
        process.executableURL = example
        process.currentDirectoryURL = empty
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "PTCE_HOME")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let outcomes = try JSONDecoder().decode([Outcome].self, from: data)
        try #require(outcomes.count == 2)
        #expect(outcomes[0].problems.isEmpty)
        let evaluation = try #require(outcomes[0].evaluations.first)
        #expect(evaluation.callID == "ptce-2015")
        #expect(evaluation.results.contains { $0.criterion.id == "three-distinct-roles" && $0.outcome == "pass" })
        #expect(outcomes[1].evaluations.isEmpty)
        #expect(outcomes[1].problems.map(\.code) == ["value.siren-check-digit"])
        #expect(outcomes[1].problems.first?.location.file == "wrong-siren.xml")
    }
}
