import PTCEEngine
import PTCEModel
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
        Case(label: "association by status", member: Member(id: "a", name: "A", legalForm: .association, category: .essEnterprise), expected: .ess),
        Case(label: "SCOP by status", member: Member(id: "a", name: "A", legalForm: .scop), expected: .ess),
        Case(label: "SCIC by status", member: Member(id: "a", name: "A", legalForm: .scic, category: .essEnterprise), expected: .ess),
        Case(label: "mutual by status", member: Member(id: "a", name: "A", legalForm: .mutual, category: .essEnterprise), expected: .ess),
        Case(label: "foundation by status", member: Member(id: "a", name: "A", legalForm: .foundation, category: .essEnterprise), expected: .ess),
        Case(label: "declared ESS association used as a training body stays not an enterprise",
             member: Member(id: "a", name: "A", legalForm: .association, category: .trainingBody), expected: .notEnterprise),
        Case(label: "SAS meeting every condition", member: Member(id: "a", name: "A", legalForm: .sas, category: .essEnterprise, ess: allTrue), expected: .ess),
        Case(label: "SARL with one condition false", member: Member(
            id: "a", name: "A", legalForm: .sarl, category: .essEnterprise,
            ess: EssQualification(basis: .conditions, limitedProfit: true, democraticGovernance: false, profitsMostlyReinvested: true, undistributableReserves: true, socialUtility: true)),
             expected: .conventional),
        Case(label: "SAS with two conditions unstated", member: Member(
            id: "a", name: "A", legalForm: .sas, category: .essEnterprise,
            ess: EssQualification(basis: .conditions, limitedProfit: true, democraticGovernance: true, profitsMostlyReinvested: true)),
             expected: .unknown),
        Case(label: "SAS declaring no ESS", member: Member(id: "a", name: "A", legalForm: .sas, category: .conventionalBusiness, ess: EssQualification(basis: .none)), expected: .conventional),
        Case(label: "SA declared conventional without <ess>", member: Member(id: "a", name: "A", legalForm: .sa, category: .conventionalBusiness), expected: .conventional),
        Case(label: "SAS declared ESS without <ess>", member: Member(id: "a", name: "A", legalForm: .sas, category: .essEnterprise), expected: .unknown),
        Case(label: "SAS claiming ESS by status (not possible)", member: Member(id: "a", name: "A", legalForm: .sas, category: .essEnterprise, ess: EssQualification(basis: .status)), expected: .unknown),
        Case(label: "enterprise without legal form", member: Member(id: "a", name: "A", category: .conventionalBusiness), expected: .unknown),
        Case(label: "grouping mostly non-ESS", member: Member(id: "a", name: "A", legalForm: .gie, category: .groupingOfEnterprises, grouping: GroupingCounts(essMembers: 2, nonEssMembers: 7)), expected: .groupingMostlyNonEss),
        Case(label: "grouping split evenly is not mostly non-ESS", member: Member(id: "a", name: "A", legalForm: .gie, category: .groupingOfEnterprises, grouping: GroupingCounts(essMembers: 3, nonEssMembers: 3)), expected: .groupingMostlyEss),
        Case(label: "grouping without counts", member: Member(id: "a", name: "A", legalForm: .gie, category: .groupingOfEnterprises), expected: .unknown),
        Case(label: "local authority", member: Member(id: "a", name: "A", legalForm: .commune, category: .localAuthority), expected: .notEnterprise),
        Case(label: "EPCI without category", member: Member(id: "a", name: "A", legalForm: .epci), expected: .notEnterprise),
        Case(label: "natural person", member: Member(id: "a", name: "A", isLegalPerson: false, legalForm: .naturalPerson, category: .other), expected: .notEnterprise),
        Case(label: "GIE declared conventional", member: Member(id: "a", name: "A", legalForm: .gie, category: .conventionalBusiness), expected: .conventional),
    ]

    @Test(arguments: cases)
    func classifies(_ testCase: Case) {
        #expect(Article1.classify(testCase.member) == testCase.expected)
        #expect((Article1.missing(testCase.member) != nil) == (testCase.expected == .unknown))
    }
}
