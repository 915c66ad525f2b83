import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel
@testable import PTCEReports
import TestSupport
import Testing

/// The committee summary: the funding line read for the committee — ties across it, money
/// left after it, and the page that says so (goldens in HTML and Markdown).
@Suite struct CommitteeSummaryTests {
    /// Identical eligible applications, one per request, submitted a day apart in order, under
    /// the 2015 criteria with `envelope`.
    func batch(requests: [Decimal], envelope: Decimal) throws -> RankedBatch {
        var criteria = try #require(try Calls.load("2015").first)
        criteria.call.envelope = envelope
        let evaluator = Evaluator(criteria: criteria)
        let entries = requests.enumerated().map { index, request in
            var application = Fixtures.eligible2015()
            application.identity.name = String(format: "Pôle %02d", index + 1)
            application.identity.submittedAt = Timestamp(String(format: "2015-06-%02dT10:00:00+02:00", 10 + index))
            var summary = ApplicationSummary(
                application: application, file: "lot/p\(index + 1).xml", sha256: "", evaluator: evaluator)
            summary.requestedAmount = request
            return BatchEntry.evaluated(summary)
        }
        return RankedBatch(entries: entries, criteria: criteria, parameters: evaluator.parameters)
    }

    func context(_ batch: RankedBatch, _ language: Language = .fr) -> ReportContext {
        ReportContext(batch: batch, language: language, asOf: "2015-09-15", toolVersion: "test")
    }

    /// Three applications with the same total and the same sub-scores; the envelope covers two.
    func tieBatch() throws -> RankedBatch { try batch(requests: [100_000, 100_000, 100_000], envelope: 250_000) }

    @Test func aTieStraddlingTheLineIsFlaggedWithWhatDecidesIt() throws {
        let batch = try tieBatch()
        #expect(Set(batch.ranking.map(\.evaluation.total)).count == 1, "one total for all three")
        #expect(batch.funding.awards.map(\.decision) == [.funded, .funded, .beyondEnvelope])
        let line = FundingLine(batch)
        let tie = try #require(line.tie)
        #expect(tie.ranks == [1, 2, 3])
        // The sub-scores are equal: the submission date (a tie-break fact, not a score) decides.
        let index = try #require(
            batch.criteria.tieBreak.firstIndex {
                if case .fact("submittedAt") = $0.target { return true }
                return false
            })
        #expect(tie.deciders == [.tieBreak(index), .tieBreak(index)])
        #expect(batch.ranking.map(\.name) == ["Pôle 01", "Pôle 02", "Pôle 03"], "earliest first")
        #expect(line.stop == .requestExceedsRemainder(rank: 3, needed: 100_000, remaining: 50_000))
        #expect(line.fitsRemainder.isEmpty)
        let summary = CommitteeSummary(batch, language: .fr)
        let points = summary.points
        #expect(points.contains(CommitteeText.tie(ranks: [1, 2, 3], total: tie.total, funded: 2)))
        #expect(
            points.contains(CommitteeText.tieNotMerit(CommitteeText.decider(.tieBreak(index), criteria: batch.criteria))),
            "a tie decided by the date is a point to discuss")
        let json = summary.json
        #expect(json.tie?.decidedBy == ["fact:submittedAt", "fact:submittedAt"])
    }

    @Test func moneyLeftAfterTheLineNamesTheLowerRequestThatFitsWithoutFundingIt() throws {
        // 200k + 200k funded; 250k does not fit in the 132,300 left; 84,600 below it would.
        let batch = try batch(requests: [200_000, 200_000, 250_000, 84_600], envelope: 532_300)
        #expect(batch.funding.awards.map(\.decision) == [.funded, .funded, .beyondEnvelope, .belowLine])
        #expect(batch.funding.remainder == 132_300)
        let line = FundingLine(batch)
        #expect(line.stop == .requestExceedsRemainder(rank: 3, needed: 250_000, remaining: 132_300))
        #expect(line.fitsRemainder == [4])
        #expect(batch.funding.awards[3].award == 0, "an option for the committee, never funded by the walk")
        let json = CommitteeSummary(batch, language: .fr).json
        #expect(json.stop.reason == "request-exceeds-remainder")
        #expect(json.fitsRemainder.map(\.rank) == [4])
        #expect(Funding.Decision.belowLine.label != Funding.Decision.beyondEnvelope.label)
    }

    @Test func anEnvelopeCoveringEveryoneHasNoLineToDiscuss() throws {
        let line = FundingLine(try batch(requests: [100_000, 100_000], envelope: 2_700_000))
        #expect(line.stop == .coversAll)
        #expect(line.tie == nil && line.fitsRemainder.isEmpty && line.nearLine.isEmpty)
    }

    /// The committee section of each report, cut from the whole report.
    static func section(_ text: String, from start: String, to end: String) -> String {
        guard let lower = text.range(of: start), let upper = text.range(of: end, range: lower.upperBound..<text.endIndex)
        else { return "" }
        return String(text[lower.lowerBound..<upper.upperBound])
    }

    @Test(arguments: [Language.fr, .en])
    func summaryPageMatchesItsGoldenFiles(_ language: Language) throws {
        for (name, requests, envelope) in [
            ("tie", [Decimal(100_000), 100_000, 100_000], Decimal(250_000)),
            ("remainder", [200_000, 200_000, 250_000, 84_600], 532_300),
        ] {
            let context = context(try batch(requests: requests, envelope: envelope), language)
            let html = String(decoding: try HTMLReport().render(context), as: UTF8.self)
            let markdown = String(decoding: try MarkdownReport().render(context), as: UTF8.self)
            let htmlSection = CommitteeSummaryTests.section(html, from: "<section id=\"committee\">", to: "</section>")
            let title = "## " + ReportLabel.committee.text(language)
            let markdownSection = CommitteeSummaryTests.section(markdown, from: title, to: "\n## ")
            #expect(!htmlSection.isEmpty && !markdownSection.isEmpty)
            for (text, file) in [(htmlSection, "html"), (markdownSection, "md")] {
                if let difference = try Golden.check(
                    text, against: "Tests/PTCEReportsTests/Snapshots/committee-\(name)-\(language.rawValue).\(file)")
                {
                    Issue.record(Comment(rawValue: difference))
                }
            }
        }
    }
}
