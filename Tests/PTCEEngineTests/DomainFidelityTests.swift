import Foundation
import PTCEEngine
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

/// The rules read exactly from the décret, the calls and the brief's corrections (issue 13):
/// each test failed before the change it guards.
@Suite struct DomainFidelityTests {
    let criteria2015: CriteriaFile
    let criteria2013: CriteriaFile

    init() throws {
        criteria2015 = try #require(try Calls.load("2015").first)
        criteria2013 = try #require(try Calls.load("2013").first)
    }

    static func evidence(_ name: String) throws -> Application {
        try ApplicationLoader.standard().load(path: Repository.path("Tests/PTCEEngineTests/Fixtures/evidence/\(name)"))
    }

    func result(_ id: String, _ evaluation: Evaluation) throws -> CriterionResult {
        try #require(evaluation.results.first { $0.id == id })
    }

    // MARK: The reproducers of ../shared/evidence

    @Test(arguments: ["social-ws.xml", "received-ws.xml", "year-ws.xml", "grp-ws.xml"])
    func schemaValidWhiteSpaceIsReadAndTheFileIsEligible(_ name: String) throws {
        let application = try Self.evidence(name)
        #expect(Evaluator(criteria: criteria2015).evaluate(application).status == .eligible)
    }

    @Test func twentyFourHundredIsTheNextDayAndLate() throws {
        let evaluation = Evaluator(criteria: criteria2015).evaluate(try Self.evidence("t2400.xml"))
        #expect(evaluation.status == .ineligible)
        #expect(try result("deadline", evaluation).outcome == .fail)
    }

    @Test func aNaturalPersonWithASASFormIsNotTheNonESSEnterprise() throws {
        let evaluation = Evaluator(criteria: criteria2015).evaluate(try Self.evidence("natural-sas.xml"))
        #expect(evaluation.status == .ineligible)
        #expect(try result("conventional-business", evaluation).outcome == .fail)
        #expect(try result("three-distinct-roles", evaluation).outcome == .fail)
    }

    @Test func aGIEIsNeverESSAndIsAskedOnlyForWhatCanHelp() throws {
        let application = try Self.evidence("gie-ess-conditions.xml")
        let gie = try #require(application.members?.first { $0.legalForm == .gie })
        #expect(Article1.essStatus(gie, under: .article1) == .no)
        let evaluation = Evaluator(criteria: criteria2015).evaluate(application)
        let missing = evaluation.missing.map(\.en)
        #expect(!missing.isEmpty)
        #expect(missing.allSatisfy { !$0.contains("article-1 conditions not stated") })
        #expect(missing.contains { $0.contains("<grouping") })
    }

    @Test func notBelowThresholdWhileTheJuryCanStillLiftIt() throws {
        let application = try Self.evidence("synthetic-000819.xml")
        let evaluator = Evaluator(criteria: criteria2015)
        let unmarked = evaluator.evaluate(application)
        #expect(unmarked.status == .eligible, "23 points + 15 to mark + 9 of adjustments can reach 40")
        let marked = evaluator.evaluate(application, jury: ["innovation": 5, "pooling-cooperation": 5, "territorial-impact": 4])
        #expect(marked.status == .eligible)
        #expect(marked.total == 47)
        let low = evaluator.evaluate(application, jury: ["innovation": 0, "pooling-cooperation": 0, "territorial-impact": 0])
        #expect(low.status == .belowThreshold)
    }

    // MARK: Self-financing path

    @Test func aSteadyReasonableShareIsAPathToSelfFinancing() throws {
        var application = Fixtures.eligible2015()
        application.identity.stage = .consolidation
        application.budget = Budget(
            years: (1...3).map {
                Fixtures.year($0, costs: 100_000, own: 60_000, request: 20_000, commune: 10_000, region: 5_000)
            })
        let evaluation = Evaluator(criteria: criteria2015).evaluate(application)
        let path = try result("self-financing-path", evaluation)
        #expect(path.outcome == .pass)
        #expect(path.explanation.fr.contains("projet en consolidation"), "the stage is shown beside the path")
        // Steady but under the reasonable level: not a path.
        application.budget = Budget(
            years: (1...3).map {
                Fixtures.year($0, costs: 100_000, own: 20_000, request: 30_000, commune: 15_000, region: 10_000)
            })
        #expect(try result("self-financing-path", Evaluator(criteria: criteria2015).evaluate(application)).outcome == .fail)
    }

    // MARK: Parameters for every unpublished number

    @Test func scoreMinimaAndAdjustmentMarginsAreParameters() throws {
        let names = Set(criteria2015.parameters.map(\.name))
        #expect(names.isSuperset(of: ["selfFinancingMinimum", "poolingAdjustment", "territorialImpactAdjustment"]))
        #expect(criteria2013.parameter("poolingAdjustment") != nil)
        var application = Fixtures.eligible2015()  // 35 % in year 3: 20 points of self-financing
        application.budget = Budget(
            years: (1...3).map {
                Fixtures.year($0, costs: 100_000, own: Decimal(4_000 * $0), request: 30_000, commune: 15_000, region: 10_000)
            })
        let strict = Evaluator(criteria: criteria2015, overrides: ["selfFinancingMinimum": .number(10)])
        #expect(try result("self-financing", strict.evaluate(application)).outcome == .fail)
        let lenient = Evaluator(criteria: criteria2015, overrides: ["selfFinancingMinimum": .number(1)])
        #expect(try result("self-financing", lenient.evaluate(application)).outcome == .pass)
        let wide = Evaluator(criteria: criteria2015, overrides: ["poolingAdjustment": .number(10)])
        let pooling = try result("pooling-cooperation", wide.evaluate(application))
        let narrow = try result("pooling-cooperation", Evaluator(criteria: criteria2015).evaluate(application))
        #expect(pooling.juryHeadroom > narrow.juryHeadroom)
    }

    // MARK: Priority areas and themes

    @Test func priorityThemesScoreWithTheAreasIn2015() throws {
        var application = Fixtures.eligible2015()
        application.territory?.qpvCodes = []
        application.territory?.deindustrialised = false
        let without = try result("territorial-impact", Evaluator(criteria: criteria2015).evaluate(application))
        application.territory?.priorityThemes = [.shortCircuits, .organicAgriculture]
        let with = try result("territorial-impact", Evaluator(criteria: criteria2015).evaluate(application))
        #expect((with.points ?? 0) > (without.points ?? 0))
    }

    @Test func the2013PriorityAreasAreZUSAndCUCSNotQPVNorOverseas() throws {
        var application = Fixtures.eligible2013()
        application.territory = Territory(name: "T", departements: ["974"], qpvCodes: ["QP974001"])
        let qpvOnly = try result("priority-areas", Evaluator(criteria: criteria2013).evaluate(application))
        #expect(qpvOnly.points == 0)
        application.territory?.zusCodes = ["9311060"]
        let zus = try result("priority-areas", Evaluator(criteria: criteria2013).evaluate(application))
        #expect((zus.points ?? 0) > 0)
    }

    @Test func overseasCollectivitiesAreOverseasButNotDepartements() {
        #expect(Territory(name: "SPM", departements: ["975"]).isOverseas)
        #expect(Territory(name: "Saint-Martin", communes: ["97801"]).isOverseas)
        #expect(!Identifiers.overseasDepartements.contains("975"))
        #expect(Identifiers.overseasDepartements == ["971", "972", "973", "974", "976"])
    }

    // MARK: 2013 is not 2015

    @Test func the2013CallUsesTheNetworksDefinition() throws {
        var application = Fixtures.eligible2013()
        application.members = [
            Member(
                id: "s", name: "Société sociale", legalForm: .sas, category: .essEnterprise,
                ess: EssQualification(basis: .socialEnterprise)),
            Member(id: "b", name: "SARL", legalForm: .sarl, category: .conventionalBusiness, ess: EssQualification(basis: .none)),
            Member(id: "c", name: "Commune", legalForm: .commune, category: .localAuthority),
        ]
        #expect(try result("ess-enterprise", Evaluator(criteria: criteria2013).evaluate(application)).outcome == .pass)
        var in2015 = application
        in2015.call = "2015"
        in2015.identity.submittedAt = Timestamp("2015-06-15T10:00:00+02:00")
        #expect(try result("ess-enterprise", Evaluator(criteria: criteria2015).evaluate(in2015)).outcome == .undetermined)
    }

    // MARK: Local-authority lines linked to members

    @Test func linesLinkedToOneMemberAreOneAuthorityWhateverTheirNames() throws {
        var application = Fixtures.eligible2013()
        var year = Fixtures.year(1, costs: 100_000, own: 10_000, request: 30_000, commune: 15_000, region: 10_000)
        year.resources[2] = Resource(source: .localAuthority, funder: "Ville", funderMember: "m4", amount: 15_000)
        year.resources.append(
            Resource(source: .localAuthority, funder: "Mairie (investissement)", funderMember: "m4", amount: 10_000))
        year.resources[4].amount -= 10_000
        application.budget?.years[0] = year
        let cap = try result("local-authority-cap-each", Evaluator(criteria: criteria2013).evaluate(application))
        #expect(cap.outcome == .fail, "15 % + 10 % from one member is 25 %, over the 20 % cap")
    }

    // MARK: Descriptive analysis

    @Test func theAnalysisReadsTheDeclaredRoleAndCountsOnlySalesAsMarket() {
        var application = Fixtures.eligible2015()
        // Year 3: 35 % sales. Turned into membership fees, it is no longer market income.
        let asSales = DescriptiveAnalysis.analyse(application, parameters: ParameterValues())
        #expect(asSales.marketShare == 35)
        for index in application.budget!.years.indices { application.budget!.years[index].resources[0].source = .membershipFees }
        let asFees = DescriptiveAnalysis.analyse(application, parameters: ParameterValues())
        #expect(asFees.marketShare == 0)
        #expect(asFees.publicRole == nil, "no role is guessed from the share of public money")
        application.identity.publicRole = .delegator
        let declared = DescriptiveAnalysis.analyse(application, parameters: ParameterValues())
        #expect(declared.publicRole == .delegator)
        #expect(PublicRole.delegator.label.fr == "délégateur d’un service public")
        let lowThreshold = DescriptiveAnalysis.analyse(
            Fixtures.eligible2015(), parameters: ParameterValues([DescriptiveAnalysis.marketThresholdParameter: .number(20)]))
        let highThreshold = DescriptiveAnalysis.analyse(
            Fixtures.eligible2015(), parameters: ParameterValues([DescriptiveAnalysis.marketThresholdParameter: .number(60)]))
        #expect(lowThreshold.type != highThreshold.type, "the threshold is a parameter")
    }
}
