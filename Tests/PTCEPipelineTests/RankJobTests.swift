import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel
import PTCEPipeline
import PTCEReports
import TestSupport
import Testing

/// The ranking job the CLI and a server share: async without blocking the cooperative pool,
/// cancellable, and the same bytes as the blocking call.
@Suite struct RankJobTests {
    static func request(into folder: URL, progress: @escaping @Sendable (Int) -> Void = { _ in }) throws -> RankJob.Request {
        let inputs = InputFiles.expand([Repository.path("SampleApplications")])
        let criteria = try #require(try Calls.load("2015").first)
        return RankJob.Request(
            files: inputs.files, criteria: criteria, formats: [.json, .csv], out: folder, language: .fr,
            asOf: "2015-09-15", toolVersion: "test", progress: progress)
    }

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ptce-rankjob-\(UUID().uuidString)")
    }

    @Test func theAsyncJobWritesTheSameBytesAsTheBlockingOne() async throws {
        let blocking = Self.temporaryFolder()
        let awaited = Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: blocking)
            try? FileManager.default.removeItem(at: awaited)
        }
        let first = try RankJob.run(try Self.request(into: blocking), cancelled: CancellationFlag())
        let second = try await RankJob.run(try Self.request(into: awaited))
        #expect(first.written.map { ($0 as NSString).lastPathComponent } == ["report.json", "report.csv"])
        #expect(second.batch.counts.received == first.batch.counts.received)
        for name in ["report.json", "report.csv"] {
            let a = try Data(contentsOf: blocking.appendingPathComponent(name))
            let b = try Data(contentsOf: awaited.appendingPathComponent(name))
            #expect(a == b, "\(name)")
        }
    }

    @Test func aCancelledJobInstallsNothing() async throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = try Self.request(into: folder)
        let task = Task { () async throws -> RankJob.Outcome in
            withUnsafeCurrentTask { $0?.cancel() }
            return try await RankJob.run(request)
        }
        let result = await task.result
        guard case .failure(let error) = result, case .cancelled? = error as? RankJob.Failure else {
            Issue.record("a cancelled job must fail with .cancelled, got \(result)")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.json").path))
    }

    @Test func cancellingMidBatchStopsBetweenFiles() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flag = CancellationFlag()
        var request = try Self.request(into: folder)
        request.threads = 1
        request.progress = { done in if done == 1 { flag.cancel() } }
        #expect(throws: RankJob.Failure.self) { try RankJob.run(request, cancelled: flag) }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.csv").path))
    }
}
