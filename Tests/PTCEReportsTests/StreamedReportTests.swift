import Foundation
import Mustache
import PTCEEngine
import PTCEModel
@testable import PTCEReports
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

/// The batch path renders each application's parts in the workers, spools them, keeps slimmed
/// summaries and streams every long list: none of it may change a byte of the reports.
@Suite struct StreamedReportTests {
    static let files = InputFiles.expand([Repository.path("SampleApplications")]).files

    func batch(
        _ call: String = "2015", files: [String] = StreamedReportTests.files,
        _ keep: (@Sendable (ApplicationSummary) -> ApplicationSummary)? = nil
    ) throws -> RankedBatch {
        let criteria = try #require(try Calls.load(call).first)
        let evaluator = Evaluator(criteria: criteria)
        let entries = Batch(loader: try ApplicationLoader.standard(), evaluator: evaluator).run(files, keep: keep)
        return RankedBatch(entries: entries, criteria: criteria, parameters: evaluator.parameters)
    }

    func context(_ batch: RankedBatch, language: Language = .fr, spool: CardSpool? = nil) -> ReportContext {
        ReportContext(batch: batch, language: language, asOf: "2015-09-15", toolVersion: "test", spool: spool)
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-spool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The four reports rendered as `ptce rank` does (spooled parts, slimmed summaries) and from
    /// whole summaries.
    func bothWays(_ call: String, _ language: Language, files: [String] = StreamedReportTests.files) throws -> [(
        String, [UInt8], [UInt8]
    )] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let criteria = try #require(try Calls.load(call).first)
        let spool = try CardSpool(
            folder: folder, formats: [.html, .md, .json, .csv], language: language, criteria: criteria,
            root: ReportContext.batchFolder(files))
        let full = context(try batch(call, files: files), language: language)
        let slim = context(
            try batch(call, files: files) { summary in
                spool.store(summary)
                return summary.slimmed()
            }, language: language, spool: spool)
        try spool.check()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the spool file is unlinked at once")
        let renderers: [any ReportRenderer] = [HTMLReport(), MarkdownReport(), JSONReport(), CSVReport()]
        return try renderers.map { ($0.fileName, try $0.render(full), try $0.render(slim)) }
    }

    @Test(arguments: ["2015", "2013"], [Language.fr, .en])
    func spooledAndSlimmedReportsAreTheWholeReports(_ call: String, _ language: Language) throws {
        for (name, whole, streamed) in try bothWays(call, language) {
            #expect(streamed == whole, "\(name)")
        }
    }

    /// A gate can pass and still name what to complete (the ESS count is "1 or 2" while a member's
    /// conditions are unstated): slimming must keep it for the CSV and the incomplete list.
    @Test func whatAPassedGateAsksToCompleteSurvivesSlimming() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(
            contentsOfFile: Repository.path("SampleApplications/sas-conditions-unstated-2015.xml"), encoding: .utf8)
        let association = """
                <member id="m09" person="legal">
                  <name>Association Fil Solidaire</name>
                  <legalForm>association</legalForm>
                  <siren>732829320</siren>
                  <category>ess-enterprise</category>
                  <ess basis="status"/>
                  <communeCode>49099</communeCode>
                </member>
              </members>
            """
        text = text.replacingOccurrences(of: "  </members>", with: association)
        let eligible = folder.appendingPathComponent("fil-vert-plus-2015.xml")
        try text.write(to: eligible, atomically: true, encoding: .utf8)
        let innovation = try #require(text.range(of: #"<innovation[^>]*>[\s\S]*?</innovation>"#, options: .regularExpression))
        let incomplete = folder.appendingPathComponent("fil-vert-incomplete-2015.xml")
        try text.replacingCharacters(in: innovation, with: "").write(to: incomplete, atomically: true, encoding: .utf8)
        let files = [eligible.path, incomplete.path]
        for (name, whole, streamed) in try bothWays("2015", .fr, files: files) {
            #expect(streamed == whole, "\(name)")
            if name == "report.csv" || name == "report.md" {
                #expect(
                    String(decoding: streamed, as: UTF8.self).contains("Fil Vert SAS"), "\(name) names the member to complete")
            }
        }
    }
    @Test func slimmingDropsWhatOnlyTheCardsRead() throws {
        let eligible = try #require(try batch { $0.slimmed() }.ranking.first)
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
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let criteria = try #require(try Calls.load("2015").first)
        let spool = try CardSpool(folder: folder, formats: [.html], language: .fr, criteria: criteria)
        let report = context(try batch(), spool: spool)
        #expect(throws: CocoaError.self) { try HTMLReport().render(report) }
    }

    /// The whole report writes each application's card and entry with the renderer a batch's
    /// workers use: the report holds, in order, exactly the parts the renderer gives.
    @Test(arguments: [ReportFormat.html, .md, .json])
    func theWholeReportIsMadeOfTheRenderersParts(_ format: ReportFormat) throws {
        let report = context(try batch())
        let renderer = try ApplicationPartRenderer(language: .fr, criteria: report.batch.criteria, root: report.root)
        let renderers: [ReportFormat: any ReportRenderer] = [.html: HTMLReport(), .md: MarkdownReport(), .json: JSONReport()]
        let bytes = try #require(renderers[format]).render(report)
        var position = bytes.startIndex
        for summary in report.batch.evaluatedInReportOrder {
            let part = try #require(try renderer.render(summary, format))
            let found = try #require(bytes[position...].firstRange(of: part), "\(summary.file) in \(format)")
            position = found.upperBound
        }
    }

    /// Each template file is a whole Mustache template, and the layout uses every one.
    @Test func everyTemplateIsCompiledIntoTheLayouts() throws {
        let html = try ReportLayout.html.get()
        let markdown = try ReportLayout.markdown.get()
        #expect(html.parts.count == 21 && markdown.parts.count == 21)
        // 21 templates per format, each in the layout, and the HTML card page's head.
        #expect(ReportTemplates.sources.count == 43, "21 templates per format and the card page")
        #expect(ReportTemplates.sources["html-card-page"] != nil)
    }

    /// Applicants' text that looks like a template is written as text: values are never rendered again.
    @Test func textShapedLikeATemplateStaysText() throws {
        var report = context(try batch())
        var first = try #require(report.batch.ranking.first)
        first.name = "{{labels.none}} <b>{{{colon}}}</b>"
        report.batch.ranking[0] = first
        let html = String(decoding: try HTMLReport().render(report), as: UTF8.self)
        #expect(html.contains("{{labels.none}} &lt;b&gt;{{{colon}}}&lt;/b&gt;"))
        let markdown = String(decoding: try MarkdownReport().render(report), as: UTF8.self)
        #expect(markdown.contains("{{labels.none}} &lt;b&gt;{{{colon}}}&lt;/b&gt;"))
    }

    @Test func asciiEscapingLeavesOtherCharactersAlone() {
        #expect(Markup.escape("Pôle « Sud » & <Archer> — 100 %") == "Pôle « Sud » &amp; &lt;Archer&gt; — 100 %")
        #expect(Markup.escape("rien à échapper") == "rien à échapper")
        #expect(Markup.escape("juror--1") == "juror--1", "markup escaping leaves hyphens alone")
        #expect(MarkdownReport.escape("a|b\r\nc_d") == "a\\|b  c\\_d", "CR LF is two characters here, both become spaces")
        #expect(escaped("l'\"é\"") == "l&#39;&quot;é&quot;")
        // A combining mark after a quote or a bracket makes one Character of both: the library's
        // character-by-character escaping let `"\u{301}` through, opening an attribute.
        #expect(escaped("X\"\u{301} onmouseover=alert(1)") == "X&quot;\u{301} onmouseover=alert(1)")
        #expect(MarkdownReport.escape("<\u{301}script>") == "&lt;\u{301}script&gt;")
    }

    /// `text` through the HTML report's escaper.
    private func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        FastHTML.escaper(text, &output)
        return String(decoding: output, as: UTF8.self)
    }
}
