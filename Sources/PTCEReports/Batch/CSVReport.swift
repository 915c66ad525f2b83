import CSV
public import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel

/// One row per input file, for the committee secretary's spreadsheet: UTF-8 with a byte-order
/// mark, `;` (default, for French spreadsheets) or `,` between fields, decimals written with the
/// report language's decimal mark.
public struct CSVReport: ReportRenderer {
    public var separator: String
    /// Rows written between two flushes of the stream.
    var rowsPerChunk = 256

    public init(separator: String = ";") { self.separator = separator }
    public var fileName: String { "report.csv" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, emit: $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: $0) }
    }

    /// Streams the rows a few hundred at a time: the CSV of a large batch is never held whole.
    private func write(_ context: ReportContext, emit: ([UInt8]) throws -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            try write(context, chunks: ChunkedCSV(separator: separator, rowsPerChunk: rowsPerChunk, emit: emit))
        }
    }

    private func write(_ context: ReportContext, chunks: ChunkedCSV) throws {
        let batch = context.batch
        let text = ReportText(language: context.language)
        // Numbers: the language's decimal mark, unless it is also the field separator.
        let mark = context.language == .fr && separator != "," ? "," : "."
        func number(_ value: Decimal?) -> String {
            guard let value else { return "" }
            let text = "\(Format.rounded(value, 2))"
            return mark == "." ? text : String(text.map { $0 == "." ? "," : $0 })
        }
        let scores = batch.criteria.criteria.filter { $0.kind == .score }
        func section(_ code: String) -> String {
            switch code {
            case "ranked": text(.sectionRanked)
            case "below-threshold": text(.sectionBelowThreshold)
            case "incomplete": text(.sectionIncomplete)
            case "pending-marks": text(.sectionPendingMarks)
            case "ineligible": text(.sectionIneligible)
            case "duplicate": text(.sectionDuplicate)
            default: text(.sectionUnreadable)
            }
        }
        try chunks.emit([0xEF, 0xBB, 0xBF])
        let writer = SafeRows(writer: chunks)
        try writer.write(
            row: [
                text(.csvFile), text(.csvSection), text(.csvRank), text(.csvName), text(.csvStatus), text(.csvTotal),
            ] + scores.map { "\($0.title(context.language)) (/\(number($0.weight)))" } + [
                text(.csvRequested), text(.csvProposed), text(.csvDecision), text(.csvRegion), text(.csvFailedGates),
                text(.csvToComplete), "sha256", text(.csvDuplicateOf),
            ])
        func row(
            _ summary: ApplicationSummary, section code: String, rank: Int?, award: Funding.Award?, duplicate: Duplicate? = nil
        ) throws {
            let failed = summary.evaluation.gates.filter { $0.outcome == .fail }.map { $0.criterion.title(context.language) }
                .joined(separator: " | ")
            let missing = summary.evaluation.missing.map { $0(context.language) }.joined(separator: " | ")
            let identity: [String] = [
                VisibleText.escape(ReportContext.relative(summary.file, to: context.root)), section(code),
                rank.map { "\($0)" } ?? "", summary.name,
                summary.status.label(context.language), number(summary.evaluation.total),
            ]
            let points: [String] = scores.map { number(summary.points($0.id)) }
            let decision =
                duplicate.map { text(.csvNotFundedDuplicate) + " — " + $0.reason.label(context.language) }
                ?? award.map { $0.decision.label(context.language) } ?? ""
            let funding: [String] = [
                number(summary.requestedAmount), award.map { number($0.award) } ?? "", decision, summary.region ?? "", failed,
                missing, summary.sha256,
                duplicate.map { VisibleText.escape(ReportContext.relative($0.original, to: context.root)) } ?? "",
            ]
            try writer.write(row: identity + points + funding)
        }
        for (index, summary) in batch.ranking.enumerated() {
            try row(summary, section: "ranked", rank: index + 1, award: batch.funding.awards[index])
        }
        for (index, summary) in batch.belowThreshold.enumerated() {
            try row(summary, section: "below-threshold", rank: index + 1, award: nil)
        }
        for summary in batch.pendingMarks { try row(summary, section: "pending-marks", rank: nil, award: nil) }
        for summary in batch.incomplete { try row(summary, section: "incomplete", rank: nil, award: nil) }
        for summary in batch.ineligible { try row(summary, section: "ineligible", rank: nil, award: nil) }
        for duplicate in batch.duplicates {
            try row(duplicate.summary, section: "duplicate", rank: nil, award: nil, duplicate: duplicate)
        }
        for item in batch.unreadable {
            let problems = item.problems.map { UnreadableText.sentence($0)(context.language) }.joined(separator: " | ")
            try writer.write(
                row: [
                    VisibleText.escape(ReportContext.relative(item.file, to: context.root)), section("unreadable"), "", "",
                    text(.sectionUnreadable), "",
                ]
                    + scores.map { _ in "" } + ["", "", "", "", "", problems, item.sha256 ?? "", ""])
        }
        try writer.writer.finish()
    }
}
