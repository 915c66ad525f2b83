import Foundation
import PTCEEngine
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

/// Every gate of each shipped call, shown passing, failing and undetermined.
@Suite struct GateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var call: String
        var gate: String
        var fail: @Sendable (inout Application) -> Void
        var undetermined: @Sendable (inout Application) -> Void
        var testDescription: String { "\(call) \(gate)" }
    }

    static func sas(_ ess: EssQualification?) -> Member {
        Member(id: "x", name: "SAS", legalForm: .sas, category: .essEnterprise, ess: ess, line: 50)
    }

    static func withoutLocalAuthorities(_ application: inout Application) {
        application.budget = Budget(
            years: (1...3).map {
                Fixtures.year($0, costs: 100_000, own: Decimal(10_000 * $0), request: 30_000, commune: 0, region: 0)
            })
    }

    static let cases2015: [Case] = [
        Case(
            call: "2015", gate: "private-law-carrier",
            fail: { $0.carrier?.legalForm = .syndicatMixte },
            undetermined: { $0.carrier = nil }),
        Case(
            call: "2015", gate: "three-legal-persons",
            fail: { $0.members = Array($0.members!.prefix(2)) },
            undetermined: { $0.members = nil }),
        Case(
            call: "2015", gate: "ess-enterprise",
            fail: { $0.members!.removeAll { $0.legalForm == .association || $0.legalForm == .scop } },
            undetermined: {
                $0.members!.removeAll { $0.legalForm == .association || $0.legalForm == .scop }
                $0.members!.append(sas(EssQualification(basis: .conditions, limitedProfit: true)))
            }),
        Case(
            call: "2015", gate: "conventional-business",
            fail: { $0.members![2].ess = Article1Tests.allTrue },
            undetermined: { $0.members![2].ess = EssQualification(basis: .conditions, limitedProfit: true) }),
        Case(
            call: "2015", gate: "article9-other-person",
            fail: { $0.members!.removeAll { $0.category == .localAuthority } },
            undetermined: { $0.members = nil }),
        Case(
            call: "2015", gate: "three-distinct-roles",
            fail: {
                // Each count passes, but the association is both ESS and the training body.
                $0.members = [
                    Member(id: "a", name: "Formation", legalForm: .association, category: .trainingBody),
                    Member(
                        id: "b", name: "SAS", legalForm: .sas, category: .conventionalBusiness,
                        ess: EssQualification(basis: .none)),
                    Member(
                        id: "c", name: "GIE", legalForm: .gie, category: .groupingOfEnterprises,
                        grouping: GroupingCounts(essMembers: 3, nonEssMembers: 1)),
                ]
            },
            undetermined: {
                $0.members = [
                    Member(id: "a", name: "SAS ESS ?", legalForm: .sas, category: .essEnterprise, line: 40),
                    Member(
                        id: "b", name: "SARL", legalForm: .sarl, category: .conventionalBusiness,
                        ess: EssQualification(basis: .none)),
                    Member(id: "c", name: "Commune", legalForm: .commune, category: .localAuthority),
                ]
            }),
        Case(
            call: "2015", gate: "innovative-project",
            fail: { $0.innovation = Innovation(social: false, technological: false) },
            undetermined: { $0.innovation = nil }),
        Case(
            call: "2015", gate: "activity-territory",
            fail: { $0.territory = Territory(name: "Quelque part") },
            undetermined: { $0.territory = nil }),
        Case(
            call: "2015", gate: "no-previous-support",
            fail: { $0.previousSupport = PreviousSupport(received: true, call: "2013") },
            undetermined: { $0.previousSupport = nil }),
        Case(
            call: "2015", gate: "deadline",
            fail: { $0.identity.submittedAt = Timestamp("2015-07-01T00:00:00+02:00") },
            undetermined: { $0.identity.submittedAt = nil }),
        Case(
            call: "2015", gate: "self-financing-path",
            fail: {
                $0.budget = Budget(years: [
                    Fixtures.year(1, costs: 100_000, own: 30_000, request: 30_000, commune: 15_000, region: 10_000),
                    Fixtures.year(3, costs: 100_000, own: 10_000, request: 30_000, commune: 15_000, region: 10_000),
                ])
            },
            undetermined: { $0.budget?.years.removeAll { $0.index == 3 } }),
    ]

    static let cases2013: [Case] = [
        Case(
            call: "2013", gate: "ess-enterprise",
            fail: { $0.members!.removeAll { $0.legalForm == .association || $0.legalForm == .scop } },
            undetermined: { $0.members = nil }),
        Case(
            call: "2013", gate: "activity-territory",
            fail: { $0.territory = Territory(name: "Quelque part") },
            undetermined: { $0.territory = nil }),
        Case(
            call: "2013", gate: "deadline",
            fail: { $0.identity.submittedAt = Timestamp("2015-06-15T10:00:00+02:00") },
            undetermined: { $0.identity.submittedAt = nil }),
        Case(
            call: "2013", gate: "local-authority-cofinancing",
            fail: { withoutLocalAuthorities(&$0) },
            undetermined: { $0.budget = nil }),
        Case(
            call: "2013", gate: "local-authority-cap-each",
            fail: {
                $0.budget!.years[1] = Fixtures.year(
                    2, costs: 100_000, own: 20_000, request: 30_000, commune: 25_000, region: 10_000)
            },
            undetermined: { $0.budget = nil }),
        Case(
            call: "2013", gate: "local-authorities-cap-total",
            fail: {
                // Three authorities at 20 % each: each within its cap, together 60 %.
                var year = Fixtures.year(1, costs: 100_000, own: 10_000, request: 20_000, commune: 20_000, region: 20_000)
                year.resources[4].amount = 10_000
                year.resources.append(Resource(source: .localAuthority, funder: "Département", amount: 20_000))
                $0.budget!.years[0] = year
            },
            undetermined: { $0.budget = nil }),
    ]

    static func evaluator(_ call: String) throws -> Evaluator {
        Evaluator(criteria: try #require(try Calls.load(call).first))
    }

    static func outcome(_ call: String, _ gate: String, _ application: Application) throws -> CriterionResult {
        try #require(try evaluator(call).evaluate(application).results.first { $0.id == gate })
    }

    @Test func baseFixturesAreEligible() throws {
        #expect(try Self.evaluator("2015").evaluate(Fixtures.eligible2015()).status == .eligible)
        #expect(try Self.evaluator("2013").evaluate(Fixtures.eligible2013()).status == .eligible)
    }

    @Test(arguments: cases2015 + cases2013)
    func gatePassesFailsAndIsUndetermined(_ testCase: Case) throws {
        let base = testCase.call == "2015" ? Fixtures.eligible2015() : Fixtures.eligible2013()
        #expect(try Self.outcome(testCase.call, testCase.gate, base).outcome == .pass)

        var failing = base
        testCase.fail(&failing)
        let failed = try Self.outcome(testCase.call, testCase.gate, failing)
        #expect(failed.outcome == .fail, "\(failed.explanation.en)")
        #expect(try Self.evaluator(testCase.call).evaluate(failing).status == .ineligible)

        var unknown = base
        testCase.undetermined(&unknown)
        let undetermined = try Self.outcome(testCase.call, testCase.gate, unknown)
        #expect(undetermined.outcome == .undetermined, "\(undetermined.explanation.en)")
        #expect(!undetermined.trace.missing.isEmpty, "an undetermined decision says what to add")
    }

    @Test func everyGateOfEveryCallIsCovered() throws {
        for call in Calls.shipped {
            let gates = try #require(try Calls.load(call).first).criteria.filter { $0.kind == .gate }.map(\.id)
            let tested = (Self.cases2015 + Self.cases2013).filter { $0.call == call }.map(\.gate)
            #expect(Set(gates) == Set(tested), "call \(call)")
        }
    }
}
