/// One member of the cluster.
public struct Member: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var isLegalPerson: Bool
    public var legalForm: LegalForm?
    public var siren: String?
    public var siret: String?
    public var category: MemberCategory?
    public var ess: EssQualification?
    public var grouping: GroupingCounts?
    public var communeCode: String?
    public var role: String?
    public var college: String?
    /// Line of the `<member>` element, for messages.
    public var line: Int

    public init(
        id: String, name: String, isLegalPerson: Bool = true, legalForm: LegalForm? = nil,
        siren: String? = nil, siret: String? = nil, category: MemberCategory? = nil,
        ess: EssQualification? = nil, grouping: GroupingCounts? = nil, communeCode: String? = nil,
        role: String? = nil, college: String? = nil, line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.isLegalPerson = isLegalPerson
        self.legalForm = legalForm
        self.siren = siren
        self.siret = siret
        self.category = category
        self.ess = ess
        self.grouping = grouping
        self.communeCode = communeCode
        self.role = role
        self.college = college
        self.line = line
    }
}

/// The member's place in the cluster, in the words of article 9.
public enum MemberCategory: String, Sendable, Hashable, CaseIterable {
    case essEnterprise = "ess-enterprise"
    case conventionalBusiness = "conventional-business"
    case groupingOfEnterprises = "grouping-of-enterprises"
    case localAuthority = "local-authority"
    case researchCentre = "research-centre"
    case higherEducation = "higher-education"
    case trainingBody = "training-body"
    case other

    /// Categories that are enterprises, to be classified under article 1.
    public var isEnterprise: Bool {
        switch self {
        case .essEnterprise, .conventionalBusiness, .groupingOfEnterprises: true
        default: false
        }
    }
}

/// How a member states its ESS qualification under article 1.
public struct EssQualification: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable {
        /// ESS by its statutes: association, cooperative, mutual, foundation.
        case status
        /// A commercial company meeting the article-1 conditions, each stated.
        case conditions
        /// A company that declares itself a social enterprise: the ESS networks' definition
        /// used by the 2013 call, before the 2014 law.
        case socialEnterprise = "social-enterprise"
        /// Not claiming ESS.
        case none
    }

    public var basis: Basis
    public var limitedProfit: Bool?
    public var democraticGovernance: Bool?
    public var profitsMostlyReinvested: Bool?
    public var undistributableReserves: Bool?
    public var socialUtility: Bool?
    /// Holds the ESUS approval (entreprise solidaire d'utilité sociale): proof of ESS quality.
    public var esusApproval: Bool?
    /// Registered as an ESS enterprise: proof of ESS quality.
    public var essRegistration: Bool?

    public init(
        basis: Basis, limitedProfit: Bool? = nil, democraticGovernance: Bool? = nil,
        profitsMostlyReinvested: Bool? = nil, undistributableReserves: Bool? = nil, socialUtility: Bool? = nil,
        esusApproval: Bool? = nil, essRegistration: Bool? = nil
    ) {
        self.esusApproval = esusApproval
        self.essRegistration = essRegistration
        self.basis = basis
        self.limitedProfit = limitedProfit
        self.democraticGovernance = democraticGovernance
        self.profitsMostlyReinvested = profitsMostlyReinvested
        self.undistributableReserves = undistributableReserves
        self.socialUtility = socialUtility
    }

    /// The five article-1 conditions for a commercial company, in the law's order.
    public var conditions: [Bool?] {
        [limitedProfit, democraticGovernance, profitsMostlyReinvested, undistributableReserves, socialUtility]
    }

    /// True when the application gives an official proof of ESS quality (ESUS approval or ESS
    /// registration), which stands for the stated conditions.
    public var hasProof: Bool { esusApproval == true || essRegistration == true }
}

/// ESS and non-ESS members of a grouping of enterprises (décret 2015-431, criterion 5).
public struct GroupingCounts: Sendable, Hashable {
    public var essMembers: Int
    public var nonEssMembers: Int

    public init(essMembers: Int, nonEssMembers: Int) {
        self.essMembers = essMembers
        self.nonEssMembers = nonEssMembers
    }

    /// True when most of the grouping's members are not ESS enterprises.
    public var mostlyNonEss: Bool { nonEssMembers * 2 > essMembers + nonEssMembers }
}
