public import Foundation
public import PTCEEngine

extension Batch {
    /// The entries of a batch evaluated under the batch's rules and under `alternative`, each
    /// file read and decoded once (a "what if" compares two evaluations of the same documents).
    public struct Pair: Sendable {
        /// One entry per file under the batch's evaluator, as ``Batch/run(_:threads:progress:keep:cancelled:)`` gives.
        public var base: [BatchEntry]
        /// One entry per file under the alternative evaluator, slimmed (see ``ApplicationSummary/slimmed()``).
        public var alternative: [BatchEntry]
    }

    /// Like ``run(_:threads:progress:keep:cancelled:)``, with a second evaluation of each
    /// application under `alternative`; the alternative summaries are kept slimmed.
    public func run(
        _ files: [String], alternative: Evaluator, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int) -> Void)? = nil, keep: (@Sendable (ApplicationSummary) -> ApplicationSummary)? = nil,
        cancelled: CancellationFlag? = nil
    ) -> Pair {
        let pairs = Parallel.map(files.count, threads: threads, done: progress) { index -> [BatchEntry] in
            if cancelled?.isCancelled == true {
                let entry = BatchEntry.unreadable(file: files[index], sha256: nil, problems: [])
                return [entry, entry]
            }
            var entries = evaluate(files[index], with: [evaluator, alternative])
            if case .evaluated(let summary) = entries[0], let keep { entries[0] = .evaluated(keep(summary)) }
            if case .evaluated(let summary) = entries[1] {
                // The members' SIRENs stay: the jury's conflicts are checked on the alternative too.
                var slim = summary.slimmed()
                slim.sirens = summary.sirens
                entries[1] = .evaluated(slim)
            }
            return entries
        }
        return Pair(base: pairs.map { $0[0] }, alternative: pairs.map { $0[1] })
    }
}
