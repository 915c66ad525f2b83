import Foundation
import PTCEFormats
import PTCEModel
import PTCEPipeline
import Synchronization
import TestSupport
import Testing

/// Work on every core, handed back in input order.
@Suite struct ParallelTests {
    /// Early items are made the slowest, so later ones finish first and must wait their turn.
    @Test func resultsReachTheConsumerInInputOrderWhateverFinishesFirst() {
        let seen = Mutex<[Int]>([])
        let count = 200
        Parallel.forEachInOrder(count, threads: 4) { index in
            if index % 50 == 0 { usleep(20_000) }
            return index * 3
        } consume: { index, value in
            #expect(value == index * 3)
            seen.withLock { $0.append(index) }
        }
        #expect(seen.withLock { $0 } == Array(0..<count))
    }

    @Test func noWorkMeansNoCall() {
        let calls = Atomic(0)
        Parallel.forEachInOrder(0, threads: 2) {
            $0
        } consume: { _, _ in
            calls.add(1, ordering: .relaxed)
        }
        #expect(calls.load(ordering: .relaxed) == 0)
    }

    /// The streaming validation gives what the collecting one gives, file by file, in order.
    @Test func streamingValidationMatchesTheCollectedResults() throws {
        let files = InputFiles.expand([Repository.path("SampleApplications")]).files
        let collected = try ValidateJob.run(files, threads: 2)
        let streamed = Mutex<[ValidateJob.Result]>([])
        try ValidateJob.run(files, threads: 2) { result in streamed.withLock { $0.append(result) } }
        let summary: (ValidateJob.Result) -> String = { result in
            switch result {
            case .valid(let file, let application): "valid \(file) \(application.identity.name)"
            case .invalid(let file, let problems): "invalid \(file) \(problems.map(\.code))"
            }
        }
        #expect(streamed.withLock { $0.map(summary) } == collected.map(summary))
        #expect(collected.contains { if case .invalid = $0 { true } else { false } })
    }
}
