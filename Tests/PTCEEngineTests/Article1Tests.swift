import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline
import TestSupport
import Testing

@Suite struct Article1Tests {
    static let allTrue = EssQualification(
        basis: .conditions, limitedProfit: true, democraticGovernance: true, profitsMostlyReinvested: true,
        undistributableReserves: true, socialUtility: true)

    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var member: Member
        var expected: Article1Class
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "association by status", member: Member(id: "a", name: "A", legalForm: .association, category: .essEnterprise),
            expected: .ess),
        Case(label: "SCOP by status", member: Member(id: "a", name: "A", legalForm: .scop), expected: .ess),
        Case(
            label: "SCIC by status", member: Member(id: "a", name: "A", legalForm: .scic, category: .essEnterprise),
            expected: .ess),
        Case(
            label: "mutual by status", member: Member(id: "a", name: "A", legalForm: .mutual, category: .essEnterprise),
            expected: .ess),
        Case(
            label: "foundation by status", member: Member(id: "a", name: "A", legalForm: .foundation, category: .essEnterprise),
            expected: .ess),
        Case(
            label: "an association declared as a training body is ESS by status",
            member: Member(id: "a", name: "A", legalForm: .association, category: .trainingBody), expected: .ess),
        Case(
            label: "a SAS holding the ESUS approval is ESS",
            member: Member(
                id: "a", name: "A", legalForm: .sas, category: .essEnterprise,
                ess: EssQualification(basis: .conditions, esusApproval: true)),
            expected: .ess),
        Case(
            label: "a SARL registered as ESS is ESS",
            member: Member(
                id: "a", name: "A", legalForm: .sarl, ess: EssQualification(basis: .none, essRegistration: true)), expected: .ess),
        Case(
            label: "a GIE declared ESS with every condition is judged by its members",
            member: Member(
                id: "a", name: "A", legalForm: .gie, category: .essEnterprise, ess: allTrue), expected: .unknown),
        Case(
            label: "SAS meeting every condition",
            member: Member(id: "a", name: "A", legalForm: .sas, category: .essEnterprise, ess: allTrue), expected: .ess),
        Case(
            label: "SARL with one condition false",
            member: Member(
                id: "a", name: "A", legalForm: .sarl, category: .essEnterprise,
                ess: EssQualification(
                    basis: .conditions, limitedProfit: true, democraticGovernance: false, profitsMostlyReinvested: true,
                    undistributableReserves: true, socialUtility: true)),
            expected: .conventional),
        Case(
            label: "SAS with two conditions unstated",
            member: Member(
                id: "a", name: "A", legalForm: .sas, category: .essEnterprise,
                ess: EssQualification(
                    basis: .conditions, limitedProfit: true, democraticGovernance: true, profitsMostlyReinvested: true)),
            expected: .unknown),
        Case(
            label: "SAS declaring no ESS",
            member: Member(
                id: "a", name: "A", legalForm: .sas, category: .conventionalBusiness, ess: EssQualification(basis: .none)),
            expected: .conventional),
        Case(
            label: "SA declared conventional without <ess>",
            member: Member(id: "a", name: "A", legalForm: .sa, category: .conventionalBusiness), expected: .conventional),
        Case(
            label: "SAS declared ESS without <ess>",
            member: Member(id: "a", name: "A", legalForm: .sas, category: .essEnterprise), expected: .unknown),
        Case(
            label: "SAS claiming ESS by status (not possible)",
            member: Member(id: "a", name: "A", legalForm: .sas, category: .essEnterprise, ess: EssQualification(basis: .status)),
            expected: .unknown),
        Case(
            label: "enterprise without legal form", member: Member(id: "a", name: "A", category: .conventionalBusiness),
            expected: .unknown),
        Case(
            label: "grouping mostly non-ESS",
            member: Member(
                id: "a", name: "A", legalForm: .gie, category: .groupingOfEnterprises,
                grouping: GroupingCounts(essMembers: 2, nonEssMembers: 7)), expected: .groupingMostlyNonEss),
        Case(
            label: "grouping split evenly is not mostly non-ESS",
            member: Member(
                id: "a", name: "A", legalForm: .gie, category: .groupingOfEnterprises,
                grouping: GroupingCounts(essMembers: 3, nonEssMembers: 3)), expected: .groupingMostlyEss),
        Case(
            label: "grouping without counts",
            member: Member(id: "a", name: "A", legalForm: .gie, category: .groupingOfEnterprises), expected: .unknown),
        Case(
            label: "local authority", member: Member(id: "a", name: "A", legalForm: .commune, category: .localAuthority),
            expected: .notEnterprise),
        Case(label: "EPCI without category", member: Member(id: "a", name: "A", legalForm: .epci), expected: .notEnterprise),
        Case(
            label: "natural person",
            member: Member(id: "a", name: "A", isLegalPerson: false, legalForm: .naturalPerson, category: .other),
            expected: .notEnterprise),
        Case(
            label: "GIE declared conventional without counts goes through the majority rule",
            member: Member(id: "a", name: "A", legalForm: .gie, category: .conventionalBusiness), expected: .unknown),
        Case(
            label: "natural person with a SAS form is not an enterprise",
            member: Member(id: "a", name: "A", isLegalPerson: false, legalForm: .sas, category: .conventionalBusiness),
            expected: .notEnterprise),
    ]

    @Test(arguments: cases)
    func classifies(_ testCase: Case) {
        #expect(Article1.classify(testCase.member) == testCase.expected)
    }

    @Test func gieNeverEssAndNeverAsksForConditions() {
        let gie = Member(id: "g", name: "G", legalForm: .gie, category: .essEnterprise, ess: Self.allTrue)
        #expect(Article1.essStatus(gie, under: .article1) == .no)
        #expect(Article1.essStatus(gie, under: .networks2013) == .no)
        guard case .unknown(let why) = Article1.fillsNonEssRole(gie, under: .article1) else {
            Issue.record("a GIE without counts must be undecided for the non-ESS role")
            return
        }
        #expect(why.en.contains("<grouping"))
        var counted = gie
        counted.grouping = GroupingCounts(essMembers: 1, nonEssMembers: 4)
        #expect(Article1.fillsNonEssRole(counted, under: .article1) == .yes)
    }

    @Test func endowmentFundAndPublicBodiesAreNeverEss() {
        for form in [LegalForm.endowmentFund, .commune, .publicEstablishment] {
            let member = Member(id: "x", name: "X", legalForm: form, category: .essEnterprise, ess: Self.allTrue)
            #expect(Article1.essStatus(member, under: .article1) == .no)
        }
    }

    @Test func networksDefinitionOf2013AcceptsSelfDeclaredSocialEnterprises() {
        let declared = Member(id: "a", name: "A", legalForm: .sas, ess: EssQualification(basis: .socialEnterprise))
        #expect(Article1.essStatus(declared, under: .networks2013) == .yes)
        guard case .unknown = Article1.essStatus(declared, under: .article1) else {
            Issue.record("a self-declaration is not the article-1 test")
            return
        }
        let categoryOnly = Member(id: "b", name: "B", legalForm: .sarl, category: .essEnterprise)
        #expect(Article1.essStatus(categoryOnly, under: .networks2013) == .yes)
    }
}

@Suite struct RoleAssignmentTests {
    static func member(
        _ id: String, _ form: LegalForm, _ category: MemberCategory?, natural: Bool = false, ess: EssQualification? = nil
    )
        -> Member
    {
        Member(id: id, name: id.uppercased(), isLegalPerson: !natural, legalForm: form, category: category, ess: ess)
    }

    @Test func threeDistinctLegalPersonsFillTheRoles() {
        let members = [
            Self.member("ess", .association, .essEnterprise),
            Self.member("biz", .sas, .conventionalBusiness, ess: EssQualification(basis: .none)),
            Self.member("city", .commune, .localAuthority),
        ]
        let assignment = RoleAssignment.decide(members, under: .article1)
        #expect(assignment.sure == 3 && assignment.possible == 3)
        #expect(assignment.holders[.ess]?.id == "ess")
        #expect(assignment.holders[.nonEss]?.id == "biz")
        #expect(assignment.holders[.other]?.id == "city")
    }

    @Test func oneMemberCannotHoldTwoRoles() {
        // An association that is also a training body, and a conventional business: two roles, not three.
        let members = [
            Self.member("school", .association, .trainingBody),
            Self.member("biz", .sarl, .conventionalBusiness, ess: EssQualification(basis: .none)),
        ]
        let assignment = RoleAssignment.decide(members, under: .article1)
        #expect(assignment.sure == 2)
        #expect(assignment.description.en.contains("no remaining member can hold this role"))
    }

    @Test func theMatchingMovesAMemberToTheRoleOnlyItCanHold() {
        // "school" is ESS and a training body; "assoc" is only ESS: school must take "other".
        let members = [
            Self.member("school", .association, .trainingBody),
            Self.member("assoc", .association, .essEnterprise),
            Self.member("biz", .sa, .conventionalBusiness, ess: EssQualification(basis: .none)),
        ]
        let assignment = RoleAssignment.decide(members, under: .article1)
        #expect(assignment.sure == 3)
        #expect(assignment.holders[.other]?.id == "school")
        #expect(assignment.holders[.ess]?.id == "assoc")
    }

    @Test func naturalPersonsHoldNoRole() {
        let members = [
            Self.member("ess", .association, .essEnterprise),
            Self.member("person", .sas, .conventionalBusiness, natural: true, ess: EssQualification(basis: .none)),
            Self.member("someone", .naturalPerson, .other, natural: true),
            Self.member("city", .commune, .localAuthority),
        ]
        let assignment = RoleAssignment.decide(members, under: .article1)
        #expect(assignment.sure == 2 && assignment.possible == 2)
        #expect(assignment.holders[.nonEss] == nil)
    }

    @Test func unknownStatusWidensTheCountIntoARange() {
        let members = [
            Self.member("ess", .association, .essEnterprise),
            Self.member("maybe", .sas, .essEnterprise),
            Self.member("city", .commune, .localAuthority),
        ]
        let assignment = RoleAssignment.decide(members, under: .article1)
        #expect(assignment.sure == 2 && assignment.possible == 3)
        #expect(!assignment.missing.isEmpty)
    }

    @Test func theCarrierAsThePTCEsOwnLegalPersonIsNotCounted() {
        var application = Application(call: "2015", identity: Identity(name: "P"))
        application.members = [
            Self.member("ptce", .association, .essEnterprise),
            Self.member("biz", .sas, .conventionalBusiness, ess: EssQualification(basis: .none)),
            Self.member("city", .commune, .localAuthority),
        ]
        application.carrier = Carrier(name: "PTCE", legalForm: .association, memberID: "ptce", ownLegalPerson: true)
        #expect(RoleAssignment.countedMembers(of: application)?.map(\.id) == ["biz", "city"])
        application.carrier?.ownLegalPerson = false
        #expect(RoleAssignment.countedMembers(of: application)?.count == 3)
    }

    @Test func theCardSaysWhichCaseTheCarrierIs() throws {
        var application = Fixtures.eligible2015()
        application.carrier?.memberID = "m1"
        application.carrier?.ownLegalPerson = true
        let criteria = try #require(try Calls.load("2015").first)
        let gate = try #require(
            Evaluator(criteria: criteria).evaluate(application).results.first { $0.id == "three-legal-persons" })
        #expect(gate.explanation.fr.contains("personne morale propre du PTCE, non comptée parmi ses membres"))
        #expect(gate.explanation.fr.contains(": 3 "), "the carrier is not counted")
    }
}
