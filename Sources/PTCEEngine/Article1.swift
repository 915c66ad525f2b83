public import PTCEModel

/// Which definition of an ESS enterprise a call applies.
public enum EssDefinition: String, Sendable, Hashable, CaseIterable {
    /// Article 1 of loi n° 2014-856 (the 2015 call): ESS by status, or a commercial company
    /// meeting every condition of its II, or holding an official proof (ESUS approval, ESS
    /// registration).
    case article1
    /// The ESS networks' definition used by the 2013 call, before the law: ESS by status, or a
    /// company that declares itself a social enterprise.
    case networks2013
}

/// Whether a member fits a description: yes, no, or not known until the application adds
/// something (said in the associated value).
public enum Fit: Sendable, Hashable {
    /// It does.
    case yes
    /// It does not.
    case no
    /// Cannot be told yet; says what the application must state.
    case unknown(Localized)
}

/// Classification of a member under article 1 of loi n° 2014-856, for the jury's view of the
/// composition (descriptive; the eligibility test is ``RoleAssignment``).
public enum Article1Class: String, Sendable, Hashable, CaseIterable {
    /// An ESS enterprise: by status, or a commercial company meeting every condition.
    case ess
    /// An enterprise that is not ESS: a conventional business.
    case conventional
    /// A grouping of enterprises whose majority of members are not ESS (décret 2015-431, criterion 5).
    case groupingMostlyNonEss
    /// A grouping of enterprises whose majority of members are ESS.
    case groupingMostlyEss
    /// Not an enterprise: local authority, research, education, training, other person.
    case notEnterprise
    /// Cannot be decided from what the application states.
    case unknown
}

/// ESS status and composition roles of members, case by case.
///
/// ESS status and role are two separate facts of a member: an association is ESS whatever
/// its declared category (a training body, a research centre…), and may fill one role of
/// the composition, not two (see ``RoleAssignment``). Natural persons fill none.
public enum Article1 {
    /// The member's ESS status under `definition`.
    ///
    /// - Associations, cooperatives (SCOP, SCIC, CAE), mutuals and foundations: ESS by status.
    /// - Public-law persons, GIE, endowment funds, natural persons: never ESS under article 1.
    /// - A commercial company (or another private form): ESS with an ESUS approval or an ESS
    ///   registration; under article 1 also when it states all five conditions true (not ESS
    ///   when one is false or it states `basis="none"`); under the 2013 networks' definition,
    ///   when it declares itself a social enterprise (`basis="social-enterprise"` or
    ///   `"conditions"` without a false one, or the category `ess-enterprise`).
    public static func essStatus(_ member: Member, under definition: EssDefinition) -> Fit {
        guard member.isLegalPerson else { return .no }
        guard let form = member.legalForm else {
            if let category = member.category, !category.isEnterprise { return .no }
            return .unknown(add(member, fr: "ajoutez <legalForm>", en: "add <legalForm>"))
        }
        if form.isEssByStatus { return .yes }
        if form.cannotBeEss { return .no }
        let ess = member.ess
        if ess?.hasProof == true { return .yes }
        switch (definition, ess?.basis) {
        case (_, EssQualification.Basis.none?):
            return .no
        case (.article1, .conditions?):
            let conditions = ess?.conditions ?? []
            if conditions.contains(false) { return .no }
            if conditions.contains(nil) { return .unknown(unstatedConditions(member)) }
            return .yes
        case (.networks2013, .conditions?), (.networks2013, .socialEnterprise?):
            return ess?.conditions.contains(false) == true ? .no : .yes
        case (.networks2013, .status?):
            return .unknown(stateConditions(member, under: definition))
        case (.networks2013, nil):
            switch member.category {
            case .essEnterprise?: return .yes
            case nil: return .unknown(stateConditions(member, under: definition))
            default: return .no
            }
        case (.article1, _):
            // No <ess>, a status a company cannot have, or a 2013-style self-declaration.
            if ess == nil, member.category != .essEnterprise, member.category != nil { return .no }
            return .unknown(stateConditions(member, under: definition))
        }
    }

    /// Whether the member is a grouping of enterprises (declared so, or a GIE by its form).
    public static func isGrouping(_ member: Member) -> Bool {
        member.category == .groupingOfEnterprises || member.legalForm == .gie
    }

    /// Whether the member can hold the non-ESS role: an enterprise whose statutes are not ESS,
    /// or a grouping of enterprises most of whose members are not ESS (the majority rule
    /// applies to every grouping, whatever category it declares).
    public static func fillsNonEssRole(_ member: Member, under definition: EssDefinition) -> Fit {
        guard member.isLegalPerson else { return .no }
        if isGrouping(member) {
            guard let counts = member.grouping else {
                return .unknown(
                    add(
                        member,
                        fr:
                            "ajoutez <grouping essMembers=\"…\" nonEssMembers=\"…\"/> ou la liste de ses entreprises — un groupement ne compte comme entreprise hors ESS que si la majorité de ses membres ne relèvent pas de l’ESS",
                        en:
                            "add <grouping essMembers=\"…\" nonEssMembers=\"…\"/> or the list of its companies — a grouping counts as a non-ESS enterprise only when most of its members are not ESS"
                    ))
            }
            return counts.mostlyNonEss ? .yes : .no
        }
        guard let form = member.legalForm else {
            switch member.category {
            case .conventionalBusiness?, .essEnterprise?, nil:
                return .unknown(add(member, fr: "ajoutez <legalForm>", en: "add <legalForm>"))
            default: return .no
            }
        }
        guard form.isCommercialCompany || form == .otherPrivate else { return .no }
        switch essStatus(member, under: definition) {
        case .yes: return .no
        case .no: return .yes
        case .unknown(let why): return .unknown(why)
        }
    }

    /// Categories of "other persons" named in article 9.
    public static let article9OtherCategories: Set<MemberCategory> = [
        .localAuthority, .researchCentre, .higherEducation, .trainingBody, .other,
    ]

    /// Whether the member can hold the "other article-9 person" role: a legal person declared
    /// as a local authority or grouping, research centre, higher-education institution,
    /// training body or other person, or a public-law person by its form.
    public static func fillsOtherRole(_ member: Member) -> Fit {
        guard member.isLegalPerson else { return .no }
        if let category = member.category, article9OtherCategories.contains(category) { return .yes }
        if member.legalForm?.isPublicLaw == true { return .yes }
        return .no
    }

    /// Classifies a member for the jury's view of the composition.
    public static func classify(_ member: Member, under definition: EssDefinition = .article1) -> Article1Class {
        if isGrouping(member), member.isLegalPerson {
            guard let counts = member.grouping else { return .unknown }
            return counts.mostlyNonEss ? .groupingMostlyNonEss : .groupingMostlyEss
        }
        switch essStatus(member, under: definition) {
        case .yes: return .ess
        case .unknown: return .unknown
        case .no: break
        }
        if case .yes = fillsNonEssRole(member, under: definition) { return .conventional }
        return .notEnterprise
    }

    // MARK: Wording

    static func add(_ member: Member, fr: String, en: String) -> Localized {
        Localized(
            fr: "membre « \(member.name) » (ligne \(member.line)) : \(fr)",
            en: "member “\(member.name)” (line \(member.line)): \(en)")
    }

    private static let conditionNames = [
        "limitedProfit", "democraticGovernance", "profitsMostlyReinvested", "undistributableReserves", "socialUtility",
    ]

    private static func unstatedConditions(_ member: Member) -> Localized {
        let conditions = member.ess?.conditions ?? []
        let unstated = zip(conditionNames, conditions).filter { $0.1 == nil }.map { "<\($0.0)>" }.joined(separator: ", ")
        return add(
            member,
            fr:
                "ajoutez dans <ess basis=\"conditions\"> les conditions de l’article 1 non déclarées : \(unstated) — ou un agrément ESUS (<esusApproval>) ou une immatriculation ESS (<essRegistration>)",
            en:
                "add to <ess basis=\"conditions\"> the article-1 conditions not stated: \(unstated) — or an ESUS approval (<esusApproval>) or an ESS registration (<essRegistration>)"
        )
    }

    private static func stateConditions(_ member: Member, under definition: EssDefinition) -> Localized {
        switch definition {
        case .article1:
            add(
                member,
                fr:
                    "une société commerciale n’est de l’ESS que si elle déclare dans <ess basis=\"conditions\"> chacune des cinq conditions de l’article 1, ou un agrément ESUS ou une immatriculation ESS (sinon basis=\"none\")",
                en:
                    "a commercial company is ESS only if it states each of the five article-1 conditions in <ess basis=\"conditions\">, or an ESUS approval or an ESS registration (otherwise basis=\"none\")"
            )
        case .networks2013:
            add(
                member,
                fr:
                    "dites si cette société se déclare entreprise sociale (<ess basis=\"social-enterprise\">) ou non (basis=\"none\")",
                en:
                    "say whether this company declares itself a social enterprise (<ess basis=\"social-enterprise\">) or not (basis=\"none\")"
            )
        }
    }
}

extension LegalForm {
    /// Forms that article 1 can never make ESS: public-law persons, GIE (a grouping, judged
    /// by its members), endowment funds, natural persons.
    public var cannotBeEss: Bool {
        isPublicLaw || self == .gie || self == .endowmentFund || self == .naturalPerson
    }
}
