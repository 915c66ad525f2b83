import Foundation
import Mustache
import PTCEEngine
import PTCEModel
@testable import PTCEReports
import TestSupport
import Testing

/// The batch path renders each application's parts in the workers, spools them, keeps slimmed
/// summaries and streams every long list: none of it may change a byte of the reports.
@Suite struct StreamedReportTests {
    static let files = InputFiles.expand([Repository.path("SampleApplications")]).files

    func batch(_ keep: (@Sendable (ApplicationSummary) -> ApplicationSummary)? = nil) throws -> RankedBatch {
        let criteria = try #require(try Calls.load("2015").first)
        let evaluator = Evaluator(criteria: criteria)
        let entries = Batch(loader: try ApplicationLoader.standard(), evaluator: evaluator).run(Self.files, keep: keep)
        return RankedBatch(entries: entries, criteria: criteria, parameters: evaluator.parameters)
    }

    func context(_ batch: RankedBatch, spool: CardSpool? = nil) -> ReportContext {
        ReportContext(batch: batch, language: .fr, asOf: "2015-09-15", toolVersion: "test", spool: spool)
    }

    @Test func spooledPartsAndSlimmedSummariesGiveTheSameReports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-spool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let criteria = try #require(try Calls.load("2015").first)
        let spool = try CardSpool(folder: folder, formats: [.html, .md, .json, .csv], language: .fr, criteria: criteria)
        let full = context(try batch())
        let slim = context(
            try batch { summary in
                spool.store(summary)
                return summary.slimmed()
            }, spool: spool)
        try spool.check()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the spool file is unlinked at once")
        let renderers: [any ReportRenderer] = [HTMLReport(), MarkdownReport(), JSONReport(), CSVReport()]
        for renderer in renderers {
            let expected = try renderer.render(full)
            #expect(try renderer.render(slim) == expected, "\(renderer.fileName)")
        }
        // Slimming really drops what only the cards read.
        let eligible = try #require(slim.batch.ranking.first)
        #expect(eligible.evaluation.results.allSatisfy { $0.criterion.kind == .score })
        #expect(eligible.evaluation.results.allSatisfy { $0.trace.facts.isEmpty && $0.explanation.fr.isEmpty })
        #expect(eligible.composition.total == 0)
    }

    @Test func csvChunksJoinIntoTheSameFile() throws {
        let report = context(try batch())
        var oneRowAtATime = CSVReport(separator: ",")
        oneRowAtATime.rowsPerChunk = 1
        var allAtOnce = CSVReport(separator: ",")
        allAtOnce.rowsPerChunk = 100_000
        #expect(try oneRowAtATime.render(report) == allAtOnce.render(report))
    }

    @Test func aSpoolWithoutAnApplicationsPartIsAnErrorNotASlimCard() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-spool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let criteria = try #require(try Calls.load("2015").first)
        let spool = try CardSpool(folder: folder, formats: [.html], language: .fr, criteria: criteria)
        #expect(throws: (any Error).self) { try HTMLReport().render(context(try batch(), spool: spool)) }
    }

    @Test(arguments: [true, false])
    func streamedTemplatesRenderAsTheWholeTemplate(_ html: Bool) throws {
        let report = context(try batch())
        let builder = html ? ReportView(report) : ReportView(report, cell: { MarkdownReport.escape($0) })
        let view = builder.build()
        let source = html ? Templates.html : Templates.markdown
        var whole = view
        whole["cards"] = report.batch.evaluatedInReportOrder.map { builder.card($0) }
        let expected = try MustacheTemplate(string: (html ? FastHTML.pragma : "") + source).render(whole)
        let streamed = try StreamedTemplate(source, html: html)
        var bytes: [UInt8] = []
        try streamed.write(
            view: view, context: report, format: html ? .html : .md,
            card: { streamed.render(card: builder.card($0), shared: builder.cards.shared) }, emit: { bytes += $0 })
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(streamed.head.rows.count + streamed.tail.rows.count == 8, "every long list is streamed")
    }

    @Test func aStreamedListMustCloseAloneOnItsLine() {
        #expect(throws: (any Error).self) { try StreamedTemplate("{{#cards}}\n{{/cards}}\n{{#ranking}}<li>{{name}}</li>{{/ranking}}\n") }
        #expect(throws: Never.self) { try StreamedTemplate("{{#cards}}\n{{/cards}}\n{{#ranking}}<li>{{name}}</li>\n{{/ranking}}\n") }
    }

    @Test func jsonMembersMergeInKeyOrder() throws {
        struct Left: Encodable {
            var alpha = 1
            var charlie = ["x": [Int]()]
            var echo: [String] = []
        }
        struct Right: Encodable {
            var bravo = "b"
            var delta: [String: String] = ["k": "v"]
        }
        struct Whole: Encodable {
            var alpha = 1
            var bravo = "b"
            var charlie = ["x": [Int]()]
            var delta: [String: String] = ["k": "v"]
            var echo: [String] = []
        }
        let encoder = JSONReport.encoder()
        let merged = JSONReport.merge(
            JSONReport.indented(try encoder.encode(Left())), JSONReport.indented(try encoder.encode(Right())))
        #expect(String(decoding: merged, as: UTF8.self) == String(decoding: JSONReport.indented(try encoder.encode(Whole())), as: UTF8.self))
    }

    @Test func asciiEscapingLeavesOtherCharactersAlone() {
        let escape = ASCIIEscaper(["<": "&lt;", "&": "&amp;"])
        #expect(escape("Pôle « Sud » & <Archer> — 100 %") == "Pôle « Sud » &amp; &lt;Archer> — 100 %")
        #expect(escape("rien à échapper") == "rien à échapper")
        #expect(MarkdownReport.escape("a|b\r\nc_d") == "a\\|b  c\\_d", "CR LF is two characters here, both become spaces")
        #expect(FastHTML().escapeText("l'\"é\"") == "l&#39;&quot;é&quot;")
    }
}
