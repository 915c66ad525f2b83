public import Foundation
import PTCEModel
import XMLSafe
public import PTCEEngine
public import PTCEFormats
import PTCEReports

/// Evaluates many files: each is read, validated, decoded, evaluated and summarised, and its
/// document and model are dropped as soon as the summary is taken. Files are shared between
/// worker threads; results come back in input order whatever the scheduling.
public struct Batch: Sendable {
    /// Reads, validates and decodes each file.
    public let loader: ApplicationLoader
    /// Evaluates each application under one call.
    public let evaluator: Evaluator

    /// A batch reading with `loader` and evaluating with `evaluator`.
    public init(loader: ApplicationLoader, evaluator: Evaluator) {
        self.loader = loader
        self.evaluator = evaluator
    }

    /// One entry per file, in the order of `files`. `progress` is called with the number of
    /// files done so far (from worker threads). `keep`, when given, runs in the worker on each
    /// summary and returns what the batch keeps of it: a report renders there what belongs to
    /// one application and keeps only what the ranking needs (see ``ApplicationSummary/slimmed()``).
    public func run(
        _ files: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int) -> Void)? = nil, keep: (@Sendable (ApplicationSummary) -> ApplicationSummary)? = nil,
        cancelled: CancellationFlag? = nil
    ) -> [BatchEntry] {
        Parallel.map(files.count, threads: threads, done: progress) { index in
            // Once cancelled, the remaining files are only listed, not read.
            if cancelled?.isCancelled == true { return .unreadable(file: files[index], sha256: nil, problems: []) }
            let entry = evaluate(files[index])
            guard let keep, case .evaluated(let summary) = entry else { return entry }
            return .evaluated(keep(summary))
        }
    }

    /// Reads and evaluates one file, keeping only its summary.
    public func evaluate(_ file: String) -> BatchEntry {
        evaluate(file, with: [evaluator])[0]
    }

    /// Reads one file once and evaluates it with each of `evaluators` (the same rules under
    /// two sets of parameters, or two criteria files): one entry per evaluator, in order.
    public func evaluate(_ file: String, with evaluators: [Evaluator]) -> [BatchEntry] {
        let bytes: [UInt8]
        do {
            bytes = try FileInput.read(file, limit: loader.reader.limits.maxFileBytes)
        } catch {
            return evaluators.map { _ in .unreadable(file: file, sha256: nil, problems: error.problems) }
        }
        let digest = sha256Hex(bytes)
        do {
            let application = try loader.load(bytes: bytes, path: file)
            return evaluators.map { evaluator in
                .evaluated(ApplicationSummary(application: application, file: file, sha256: digest, evaluator: evaluator))
            }
        } catch {
            return evaluators.map { _ in .unreadable(file: file, sha256: digest, problems: error.problems) }
        }
    }
}
