import Foundation
import PTCEEngine
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct EvaluatorTests {
    let criteria2015: CriteriaFile

    init() throws { criteria2015 = try #require(try Calls.load("2015").first) }

    func result(_ id: String, _ evaluation: Evaluation) throws -> CriterionResult {
        try #require(evaluation.results.first { $0.id == id })
    }

    @Test func explanationsCarryTheActualValues() throws {
        var application = Fixtures.eligible2015()
        application.budget = Budget(years: [
            Fixtures.year(1, costs: 100_000, own: 5_000, request: 30_000, commune: 15_000, region: 10_000),
            Fixtures.year(3, costs: 100_000, own: 12_000, request: 30_000, commune: 15_000, region: 10_000),
        ])
        let evaluation = Evaluator(criteria: criteria2015).evaluate(application)
        let score = try result("self-financing", evaluation)
        #expect(score.explanation.fr.contains("12\u{202F}%"))
        #expect(score.explanation.en.contains("12%"))
        #expect(score.explanation.en.contains("30%"))
        #expect(score.points == 8, "12 % of a 30 % target, on 20 points")
        #expect(score.trace.facts.map(\.name) == ["ownResourcesShareY3"])
        #expect(score.trace.parameters.map(\.name).contains("selfFinancingFull"))
        #expect(score.trace.parameters.map(\.name).contains("inKindCountsAsOwn"))
    }

    @Test func aParameterChangeChangesTheVerdict() throws {
        let application = Fixtures.eligible2015()  // 35 % own resources in year 3
        #expect(Evaluator(criteria: criteria2015).evaluate(application).status == .eligible)
        let strict = Evaluator(criteria: criteria2015, overrides: ["selfFinancingFloor": .number(40)])
        let evaluation = strict.evaluate(application)
        #expect(evaluation.status == .ineligible)
        #expect(try result("self-financing-path", evaluation).explanation.fr.contains("40"))
    }

    @Test func inKindCountsOnlyWhenTheParameterSaysSo() throws {
        var application = Fixtures.eligible2015()
        for index in application.budget!.years.indices {
            application.budget!.years[index].resources[4].source = .inKind
        }
        let monetary = Evaluator(criteria: criteria2015).evaluate(application)
        let withInKind = Evaluator(criteria: criteria2015, overrides: ["inKindCountsAsOwn": .boolean(true)]).evaluate(application)
        let share = { (evaluation: Evaluation) throws -> FactValue? in
            try result("self-financing", evaluation).trace.facts.first?.value
        }
        #expect(try share(monetary) == .number(35))
        #expect(try share(withInKind) == .number(45), "35 % sales + 10 % in kind")
    }

    @Test func lowScoresMarkTheApplicationBelowThreshold() throws {
        var application = Fixtures.eligible2015()
        application.projects = [Project(title: "P", jobsCreatedFte: 0)]
        application.strategy = Strategy(actions: [])
        application.territory = Territory(name: "T", departements: ["42"])
        application.budget = Budget(years: [
            Fixtures.year(1, costs: 100_000, own: 1_000, request: 30_000, commune: 15_000, region: 10_000),
            Fixtures.year(3, costs: 100_000, own: 2_000, request: 30_000, commune: 15_000, region: 10_000),
        ])
        let evaluation = Evaluator(criteria: criteria2015).evaluate(application, jury: ["innovation": 3])
        #expect(evaluation.status == .belowThreshold)
        #expect(try result("self-financing", evaluation).outcome == .fail, "1.33 points, minimum 4")
        #expect(evaluation.total < 40)
    }

    @Test func totalIsTheSumOfPointsAndMaximumTheSumOfWeights() {
        let evaluation = Evaluator(criteria: criteria2015).evaluate(Fixtures.eligible2015(), jury: ["innovation": 3])
        #expect(evaluation.maximum == 100)
        #expect(evaluation.total == evaluation.scores.compactMap(\.points).reduce(0, +))
        // 5 FTE of 10 → 10; 2 kinds of 4 → 10; value chain → 10; 35 % ≥ 30 % → 20; 2 areas → 15; jury 3/5 → 9.
        #expect(evaluation.total == 74)
    }

    @Test func withoutTheJuryMarkedScoresAwaitAndDoNotCount() {
        let evaluation = Evaluator(criteria: criteria2015).evaluate(Fixtures.eligible2015())
        #expect(evaluation.status == .eligible, "awaiting marks is not missing data")
        #expect(evaluation.total == 65)
        #expect(evaluation.pendingWeight == 15)
    }

    @Test func rescoringAppliesMarksAndAdjustmentsWithinTheWeight() throws {
        let evaluation = Evaluator(criteria: criteria2015).evaluate(Fixtures.eligible2015())
        let rescored = Evaluator.rescore(evaluation, jury: ["innovation": 4, "pooling-cooperation": 5, "territorial-impact": 4])
        #expect(try result("innovation", rescored).points == 12)
        #expect(try result("pooling-cooperation", rescored).points == 15, "10 computed + 5")
        #expect(try result("territorial-impact", rescored).points == 15, "15 computed + 4, capped at the weight")
        let missing = Evaluator.rescore(evaluation, jury: ["innovation": 4])
        #expect(
            try result("pooling-cooperation", missing).awaitingMarks, "a mixed score without its marks is not silently scored")
    }

    @Test func anUnclassifiedMemberDoesNotBlockWhenTheCountIsAlreadyMet() throws {
        var application = Fixtures.eligible2015()
        application.members!.append(
            Member(
                id: "u", name: "SAS inconnue", legalForm: .sas, category: .essEnterprise,
                ess: EssQualification(basis: .conditions)))
        let evaluation = Evaluator(criteria: criteria2015).evaluate(application)
        #expect(try result("ess-enterprise", evaluation).outcome == .pass)
        #expect(try result("conventional-business", evaluation).outcome == .pass)
    }

    @Test func undeterminedGateNamesWhatToAddAndWhere() throws {
        var application = Fixtures.eligible2015()
        application.budget = nil
        let evaluation = Evaluator(criteria: criteria2015).evaluate(application)
        #expect(evaluation.status == .incomplete)
        #expect(evaluation.missing.contains { $0.en.contains("<budget><year index=\"1\">") })
    }

    @Test func comparisonsOfRangesAreThreeValued() {
        let range = FactValue.range(1, 3, .same("why"))
        #expect(EvaluatorProbe.compare(range, .ge, .number(1)) == .pass)
        #expect(EvaluatorProbe.compare(range, .ge, .number(4)) == .fail)
        #expect(EvaluatorProbe.compare(range, .ge, .number(2)) == .undetermined)
        #expect(EvaluatorProbe.compare(range, .eq, .number(5)) == .fail)
        #expect(EvaluatorProbe.compare(.missing(.same("x")), .ge, .number(1)) == .undetermined)
    }
}
