import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel
import TestSupport
import Testing

/// Explanations are written when read, from the values the decision used; the summary a batch
/// keeps holds the card's details by reference and drops them when slimmed.
@Suite struct ExplanationTests {
    let criteria2015: CriteriaFile

    init() throws { criteria2015 = try #require(try Calls.load("2015").first) }

    func failing() -> Application {
        var application = Fixtures.eligible2015()
        application.budget = Budget(years: [
            Fixtures.year(1, costs: 100_000, own: 5_000, request: 30_000, commune: 15_000, region: 10_000),
            Fixtures.year(3, costs: 100_000, own: 2_000, request: 30_000, commune: 15_000, region: 10_000),
        ])
        return application
    }

    @Test func explanationsAreTheSameWhenReadTwiceAndAfterAJSONRoundTrip() throws {
        let evaluation = Evaluator(criteria: criteria2015).evaluate(failing())
        let decoded = try JSONDecoder().decode(Evaluation.self, from: JSONEncoder().encode(evaluation))
        #expect(decoded.results.count == evaluation.results.count)
        for (original, copy) in zip(evaluation.results, decoded.results) {
            #expect(!original.explanation.fr.isEmpty && !original.explanation.en.isEmpty, "\(original.id)")
            #expect(original.explanation == original.explanation, "\(original.id)")
            #expect(copy.explanation == original.explanation, "\(original.id)")
        }
    }

    @Test func aFailedMinimumIsNamedWithThePointsEarned() throws {
        let evaluation = Evaluator(criteria: criteria2015).evaluate(failing())
        let score = try #require(evaluation.results.first { $0.id == "self-financing" })
        #expect(score.outcome == .fail)
        #expect(score.points == Decimal(string: "1.33"), "2 % of a 30 % target, on 20 points")
        #expect(score.explanation.fr.hasSuffix("→ 1,33 / 20 points ; minimum exigé : 4"))
        #expect(score.explanation.en.hasSuffix("→ 1.33 / 20 points; minimum required: 4"))
    }

    @Test func anExplanationSetByAReaderIsKept() throws {
        var result = try #require(Evaluator(criteria: criteria2015).evaluate(failing()).results.first)
        let given = Localized(fr: "texte du jury", en: "jury's text")
        result.explanation = given
        #expect(result.explanation == given)
    }

    @Test func theBudgetPathReadsTheSharesTheCriteriaRead() throws {
        let evaluator = Evaluator(criteria: criteria2015)
        let application = failing()
        let summary = ApplicationSummary(application: application, file: "a.xml", sha256: "", evaluator: evaluator)
        #expect(summary.budgetPath.ownShares == [5, nil, 2])
        #expect(summary.budgetPath.totalResources == 200_000)
        #expect(summary.composition.total == application.members?.count)
        let slim = summary.slimmed()
        #expect(slim.composition.total == 0 && slim.budgetPath.ownShares.isEmpty && slim.sirens.isEmpty)
        #expect(slim.evaluation.total == summary.evaluation.total && slim.status == summary.status)
        let score = try #require(slim.evaluation.results.first { $0.id == "self-financing" })
        #expect(score.points == Decimal(string: "1.33") && score.explanation.fr.isEmpty, "points kept, words dropped")
    }
}
