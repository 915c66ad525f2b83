import Foundation
import PTCEEngine
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct FundingTests {
    /// `count` eligible applications, each requesting `request`, in rank order.
    func ranking(count: Int, request: Decimal, regions: [String] = ["42"]) throws -> [ApplicationSummary] {
        let criteria = try #require(try Calls.load("2015").first)
        let evaluator = Evaluator(criteria: criteria)
        return (0..<count).map { index in
            var application = Fixtures.eligible2015()
            application.identity.name = String(format: "Pôle %02d", index + 1)
            application.identity.requestedAmount = request
            application.territory?.departements = [regions[index % regions.count]]
            return ApplicationSummary(application: application, file: "f\(index).xml", sha256: "", evaluator: evaluator)
        }
    }

    let call2015 = CallInfo(
        id: "t", year: "2015", title: .same("t"), opens: nil, deadline: nil, envelope: 2_700_000, minimumAward: 72_000,
        maximumAward: 290_000, source: "", line: 0)

    @Test func twentyRequestsOf300kAgainst2_7MWithA290kMaximum() throws {
        let funding = Funding(ranking: try ranking(count: 20, request: 300_000), call: call2015)
        #expect(funding.awards.count == 20)
        #expect(funding.awards.prefix(9).allSatisfy { $0.decision == .funded && $0.award == 290_000 })
        #expect(funding.awards[9].decision == .beyondEnvelope, "the first request the remainder cannot cover")
        #expect(funding.awards.dropFirst(10).allSatisfy { $0.decision == .belowLine && $0.award == 0 })
        #expect(funding.cutoff == 9, "the line falls after rank 9")
        #expect(funding.used == 2_610_000)
        #expect(funding.remainder == 90_000)
    }

    @Test func requestsBelowTheMinimumOrMissingAreNotFundedButDoNotStopTheWalk() throws {
        var summaries = try ranking(count: 3, request: 100_000)
        summaries[0].requestedAmount = 50_000
        summaries[1].requestedAmount = nil
        let funding = Funding(ranking: summaries, call: call2015)
        #expect(funding.awards.map(\.decision) == [.belowMinimum, .requestMissing, .funded])
        #expect(funding.used == 100_000)
        #expect(funding.cutoff == nil)
    }

    @Test func regionalCapSkipsToTheNextRegion() throws {
        let summaries = try ranking(count: 4, request: 100_000, regions: ["42", "38", "974", "06"])
        // 42 and 38 are both Auvergne-Rhône-Alpes.
        let funding = Funding(ranking: summaries, call: call2015, regionCap: 1)
        #expect(funding.awards.map(\.decision) == [.funded, .regionCap, .funded, .funded])
    }

    @Test func tiesAreBrokenByTheCriteriaFileThenByName() throws {
        let criteria = try #require(try Calls.load("2015").first)
        var summaries = try ranking(count: 3, request: 100_000)
        summaries.reverse()
        let sorted = summaries.sorted(by: RankedBatch.order(criteria))
        #expect(sorted.map(\.name) == ["Pôle 01", "Pôle 02", "Pôle 03"], "equal totals, equal keys, same date: by name")
        var earlier = summaries[0]  // "Pôle 03"
        earlier.evaluation.facts["submittedAt"] = .timestamp(Timestamp("2015-05-01T10:00:00+02:00")!)
        let withEarlier = [summaries[2], summaries[1], earlier].sorted(by: RankedBatch.order(criteria))
        #expect(withEarlier.first?.name == "Pôle 03", "the earlier submission first, per the criteria file")
    }
}
