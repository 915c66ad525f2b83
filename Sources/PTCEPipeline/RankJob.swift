public import Foundation
public import PTCEEngine
import PTCEFormats
public import PTCEModel
public import PTCEReports

/// The jury's ranking as a job the CLI and a server share: a batch read, validated and evaluated
/// on every core, duplicates set aside, the jury's marks applied when given, and the reports
/// written into one output folder that no other run holds, all formats installed together.
public enum RankJob {
    /// What to rank and how to report it.
    public struct Request: Sendable {
        public var files: [String]
        public var criteria: CriteriaFile
        public var overrides: [String: ParameterValue]
        public var formats: [ReportFormat]
        public var out: URL
        public var language: Language
        /// The report's date, `YYYY-MM-DD`.
        public var asOf: String
        public var toolVersion: String
        public var csvSeparator: String
        public var maxPerRegion: Int?
        public var threads: Int
        /// The jury's panel, sheets and settings, when the ranking uses their marks.
        public var jury: (jurors: [Juror], sheets: LoadedMarks, settings: JurySettings)?
        /// "What if": the same files ranked again under these rules and parameter values, and
        /// a comparison report (`comparaison.*`) written beside the jury report.
        public var alternative: (criteria: CriteriaFile, overrides: [String: ParameterValue])?
        /// Called at each named point of the output folder's life (test hooks).
        public var checkpoint: @Sendable (ReportFolder.Checkpoint) -> Void
        /// Told how many files are evaluated so far (from worker threads).
        public var progress: @Sendable (Int) -> Void
        /// Called once the batch is evaluated, before the reports are written.
        public var evaluated: @Sendable () -> Void

        public init(
            files: [String], criteria: CriteriaFile, overrides: [String: ParameterValue] = [:],
            formats: [ReportFormat] = ReportFormat.allCases, out: URL, language: Language, asOf: String,
            toolVersion: String, csvSeparator: String = ";", maxPerRegion: Int? = nil,
            threads: Int = ProcessInfo.processInfo.activeProcessorCount,
            jury: (jurors: [Juror], sheets: LoadedMarks, settings: JurySettings)? = nil,
            alternative: (criteria: CriteriaFile, overrides: [String: ParameterValue])? = nil,
            checkpoint: @escaping @Sendable (ReportFolder.Checkpoint) -> Void = { _ in },
            progress: @escaping @Sendable (Int) -> Void = { _ in }, evaluated: @escaping @Sendable () -> Void = {}
        ) {
            self.files = files
            self.criteria = criteria
            self.overrides = overrides
            self.formats = formats
            self.out = out
            self.language = language
            self.asOf = asOf
            self.toolVersion = toolVersion
            self.csvSeparator = csvSeparator
            self.maxPerRegion = maxPerRegion
            self.threads = threads
            self.jury = jury
            self.alternative = alternative
            self.checkpoint = checkpoint
            self.progress = progress
            self.evaluated = evaluated
        }
    }

    /// What a ranking produced.
    public struct Outcome: Sendable {
        public var batch: RankedBatch
        /// The report files installed, in format order.
        public var written: [String]
        /// Sheets and marks refused by the jury's consensus (each located).
        public var juryProblems: [Problem]
        /// True when marks were given and none was accepted.
        public var noMarkAccepted: Bool
        /// The comparison with the alternative rules, when one was asked for.
        public var comparison: RankingComparison? = nil
    }

    /// Why a ranking did not write its reports.
    public enum Failure: Error, Sendable {
        /// Another run holds the output folder.
        case busy(WriteFailure)
        /// The reports could not be written (the cause in plain words).
        case cannotWrite(any Error)
        /// The applications cannot be told apart for the jury (ids repeated).
        case jury(ProblemList)
        /// The task was cancelled; nothing was installed.
        case cancelled
    }

    /// Runs the job on the calling thread (it blocks while the batch runs on every core).
    public static func run(_ request: Request, cancelled: CancellationFlag = CancellationFlag()) throws(Failure) -> Outcome {
        let loader: ApplicationLoader
        do {
            loader = try ApplicationLoader.standard()
        } catch {
            throw .cannotWrite(error)
        }
        let evaluator = Evaluator(criteria: request.criteria, overrides: request.overrides)
        // One run per output folder: the lock is taken before the batch is read, so a second
        // run is told at once; what a killed run left is recovered or swept here.
        let folderExisted = FileName.exists(request.out.path)
        let folder: ReportFolder
        do {
            folder = try ReportFolder(request.out, checkpoint: request.checkpoint)
        } catch {
            if case .busy = error.kind { throw .busy(error) }
            throw .cannotWrite(error)
        }
        func fail(_ failure: Failure) -> Failure {
            folder.abandon(removeFolder: !folderExisted)
            return failure
        }
        // Without marks, each application's cards and JSON entry are rendered by the worker
        // that evaluated it and kept aside; the batch keeps slimmed summaries only. With marks,
        // cards show the consensus, so they are rendered after it.
        let spool: CardSpool?
        let root = ReportContext.batchFolder(request.files)
        do {
            let spooled = request.formats.contains(where: \.hasApplicationParts)
            spool =
                request.jury == nil && spooled
                ? try CardSpool(
                    folder: folder.url, formats: request.formats, language: request.language, criteria: request.criteria,
                    root: root)
                : nil
        } catch {
            throw fail(.cannotWrite(error))
        }
        var keep: (@Sendable (ApplicationSummary) -> ApplicationSummary)?
        if request.jury == nil {
            keep = { summary in
                spool?.store(summary)
                return summary.slimmed()
            }
        }
        // A "what if" reads each file once and evaluates it under both sets of rules.
        let alternativeEvaluator = request.alternative.map { Evaluator(criteria: $0.criteria, overrides: $0.overrides) }
        let batch = Batch(loader: loader, evaluator: evaluator)
        let entries: [BatchEntry]
        var alternativeEntries: [BatchEntry] = []
        if let alternativeEvaluator {
            let pair = batch.run(
                request.files, alternative: alternativeEvaluator, threads: request.threads, progress: request.progress,
                keep: keep, cancelled: cancelled)
            entries = pair.base
            alternativeEntries = pair.alternative
        } else {
            entries = batch.run(
                request.files, threads: request.threads, progress: request.progress, keep: keep, cancelled: cancelled)
        }
        guard !cancelled.isCancelled else { throw fail(.cancelled) }
        request.evaluated()
        do {
            try spool?.check()
        } catch {
            throw fail(.cannotWrite(error))
        }
        var jury: JuryOutcome?
        var juryProblems: [Problem] = []
        if let given = request.jury {
            let summaries = entries.compactMap { entry -> ApplicationSummary? in
                if case .evaluated(let summary) = entry { return summary }
                return nil
            }
            do {
                try JuryIDs.requireUnique(summaries)
            } catch {
                throw fail(.jury(error))
            }
            let outcome = JuryOutcome(
                sheets: given.sheets, jurors: given.jurors, summaries: summaries, criteria: request.criteria,
                settings: given.settings)
            juryProblems = outcome.sheetProblems + outcome.missingSheets + outcome.refused
            jury = outcome
        }
        let noMarkAccepted = jury.map { $0.applications.values.allSatisfy { $0.consensus.isEmpty } } ?? false
        let ranked = RankedBatch(
            entries: entries, criteria: request.criteria, parameters: evaluator.parameters,
            regionCap: request.maxPerRegion, jury: jury)
        let comparison = alternativeEvaluator.map { alternative in
            compare(ranked, with: alternativeEntries, under: alternative, request: request)
        }
        var context = ReportContext(
            batch: ranked, language: request.language, asOf: request.asOf, toolVersion: request.toolVersion,
            overridden: Set(request.overrides.keys), spool: spool, root: root)
        context.cardPages = request.formats.contains(.html) && HTMLReport.needsCardPages(ranked)
        let renderers: [any ReportRenderer] = request.formats.map { format in
            switch format {
            case .html: HTMLReport()
            case .md: MarkdownReport()
            case .json: JSONReport()
            case .csv: CSVReport(separator: request.csvSeparator)
            }
        }
        // Every format is staged, then all are installed in one commit (see `ReportFolder`).
        // The card pages and the formats are written side by side, on every core.
        do {
            let finalContext = context
            var items: [ReportFolder.StagedItem] = []
            if context.cardPages {
                items.append(
                    .pages { page in
                        guard !cancelled.isCancelled else { throw CancellationError() }
                        try HTMLReport().writePages(finalContext, page: page)
                    })
            }
            for renderer in renderers {
                items.append(
                    .report(renderer.fileName) { handle in
                        guard !cancelled.isCancelled else { throw CancellationError() }
                        try renderer.write(finalContext, to: handle)
                    })
            }
            try folder.stage(items, threads: request.threads)
            if let comparison {
                let report = ComparisonReport(
                    comparison: comparison, language: request.language, asOf: request.asOf,
                    toolVersion: request.toolVersion, csvSeparator: request.csvSeparator)
                for format in request.formats {
                    guard !cancelled.isCancelled else { throw CancellationError() }
                    let bytes = try report.render(format)
                    try folder.stage(ComparisonReport.fileName(format)) { handle in try handle.write(contentsOf: bytes) }
                }
            }
            let written = try folder.commit()
            return Outcome(
                batch: ranked, written: written, juryProblems: juryProblems, noMarkAccepted: noMarkAccepted,
                comparison: comparison)
        } catch is CancellationError {
            throw fail(.cancelled)
        } catch {
            throw fail(.cannotWrite(error))
        }
    }

    /// Ranks the alternative evaluations of the batch (the jury's marks applied to its own
    /// criteria, when given) and compares the two rankings.
    static func compare(
        _ base: RankedBatch, with entries: [BatchEntry], under alternative: Evaluator, request: Request
    ) -> RankingComparison {
        var jury: JuryOutcome?
        if let given = request.jury {
            let summaries = entries.compactMap { entry -> ApplicationSummary? in
                if case .evaluated(let summary) = entry { return summary }
                return nil
            }
            jury = JuryOutcome(
                sheets: given.sheets, jurors: given.jurors, summaries: summaries, criteria: alternative.criteria,
                settings: given.settings)
        }
        let ranked = RankedBatch(
            entries: entries, criteria: alternative.criteria, parameters: alternative.parameters,
            regionCap: request.maxPerRegion, jury: jury)
        let diff = CriteriaDiff(
            base: request.criteria, baseValues: base.parameters,
            alternative: request.alternative?.criteria ?? alternative.criteria,
            alternativeValues: alternative.parameters)
        return RankingComparison(base: base, alternative: ranked, diff: diff)
    }

    /// Runs the job without blocking Swift's cooperative pool: the batch runs on threads of
    /// its own; cancelling the task stops it between files and installs nothing.
    public static func run(_ request: Request) async throws(Failure) -> Outcome {
        let flag = CancellationFlag()
        let result: Result<Outcome, Failure> = await withTaskCancellationHandler {
            await OwnThread.run { () -> Result<Outcome, Failure> in
                do throws(Failure) {
                    return .success(try run(request, cancelled: flag))
                } catch {
                    return .failure(error)
                }
            }
        } onCancel: {
            flag.cancel()
        }
        return try result.get()
    }
}
