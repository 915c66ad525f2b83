import PTCEEngine
import PTCEModel
import PTCEReports
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct CheckReportTests {
    static let cases: [(sample: String, call: String, language: Language)] = [
        ("pollens-2015", "2015", .fr),
        ("pollens-2015", "2013", .en),
        ("culture-cooperation-2015", "2015", .fr),
        ("sas-conditions-unstated-2015", "2015", .en),
    ]

    @Test(arguments: cases.indices)
    func applicantReportMatchesItsGoldenFile(_ index: Int) throws {
        let (sample, call, language) = Self.cases[index]
        let path = "SampleApplications/\(sample).xml"
        let application = try ApplicationLoader.standard().load(path: Repository.path(path))
        let criteria = try #require(try Calls.load(call).first)
        let evaluation = Evaluator(criteria: criteria).evaluate(application)
        let text = CheckReport(language: language).render(evaluation, criteria: criteria, file: path) + "\n"
        let golden = "Tests/PTCEReportsTests/Snapshots/check-\(sample)-\(call)-\(language.rawValue).txt"
        if let difference = try Golden.check(text, against: golden) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func comparisonListsEachCallWithItsFailures() throws {
        let application = try ApplicationLoader.standard().load(path: Repository.path("SampleApplications/pollens-2015.xml"))
        let rows = try Calls.load("all").map { ($0, Evaluator(criteria: $0).evaluate(application)) }
        let text = CheckReport(language: .en).comparison(rows)
        // Criteria by title, never by id.
        #expect(text.contains("ptce-2013  ineligible — 84.75 / 100; fails: Submitted on time; Cap per local authority"))
        #expect(!text.contains("local-authority-cap-each"))
        #expect(text.contains("ptce-2015  eligible — 78 / 100"))
    }
}
