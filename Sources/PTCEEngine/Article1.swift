public import PTCEModel

/// Classification of a member under article 1 of loi n° 2014-856 (ESS enterprise or not).
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
    /// Cannot be decided from what the application states; see ``Article1.missing(_:)``.
    case unknown
}

/// Article-1 classification of members, case by case.
public enum Article1 {
    /// Classifies a member.
    ///
    /// - A declared grouping of enterprises is classified by its member counts.
    /// - A member whose category is not an enterprise category is not an enterprise.
    /// - An ESS-by-status legal form (association, cooperative, SCOP, SCIC, CAE, mutual,
    ///   foundation) is ESS, whatever the declared category.
    /// - A commercial company is ESS only when it states `basis="conditions"` with all five
    ///   conditions true; it is conventional when it states `basis="none"` or any condition
    ///   false; otherwise unknown.
    /// - A declared conventional business with another private legal form (GIE, other) is
    ///   conventional; without a legal form, unknown.
    public static func classify(_ member: Member) -> Article1Class {
        if member.category == .groupingOfEnterprises {
            guard let counts = member.grouping else { return .unknown }
            return counts.mostlyNonEss ? .groupingMostlyNonEss : .groupingMostlyEss
        }
        if let category = member.category, !category.isEnterprise { return .notEnterprise }
        guard let form = member.legalForm else { return .unknown }
        if form.isEssByStatus { return .ess }
        if form.isPublicLaw || form == .naturalPerson { return .notEnterprise }
        if form.isCommercialCompany {
            guard let ess = member.ess else { return member.category == .conventionalBusiness ? .conventional : .unknown }
            switch ess.basis {
            case .none, .status: return ess.basis == .status ? .unknown : .conventional
            case .conditions:
                if ess.conditions.contains(false) { return .conventional }
                if ess.conditions.contains(nil) { return .unknown }
                return .ess
            }
        }
        // Other private forms (GIE, endowment fund, other): not ESS by status, no conditions.
        if member.category == .conventionalBusiness { return .conventional }
        if member.category == .essEnterprise { return .unknown }
        return .notEnterprise
    }

    /// What the application must add for `member` to be classified, or nil if it is classified.
    public static func missing(_ member: Member) -> Localized? {
        guard classify(member) == .unknown else { return nil }
        if member.category == .groupingOfEnterprises {
            return Localized(
                fr: "membre « \(member.name) » (ligne \(member.line)) : ajoutez <grouping essMembers=\"…\" nonEssMembers=\"…\"/>",
                en: "member “\(member.name)” (line \(member.line)): add <grouping essMembers=\"…\" nonEssMembers=\"…\"/>")
        }
        if member.legalForm == nil {
            return Localized(
                fr: "membre « \(member.name) » (ligne \(member.line)) : ajoutez <legalForm>",
                en: "member “\(member.name)” (line \(member.line)): add <legalForm>")
        }
        if let ess = member.ess, ess.basis == .conditions {
            let names = ["limitedProfit", "democraticGovernance", "profitsMostlyReinvested", "undistributableReserves", "socialUtility"]
            let unstated = zip(names, ess.conditions).filter { $0.1 == nil }.map { "<\($0.0)>" }.joined(separator: ", ")
            return Localized(
                fr: "membre « \(member.name) » (ligne \(member.line)) : ajoutez dans <ess basis=\"conditions\"> les conditions de l’article 1 non déclarées : \(unstated)",
                en: "member “\(member.name)” (line \(member.line)): add to <ess basis=\"conditions\"> the article-1 conditions not stated: \(unstated)")
        }
        return Localized(
            fr: "membre « \(member.name) » (ligne \(member.line)) : une société commerciale doit déclarer dans <ess basis=\"conditions\"> chacune des cinq conditions de l’article 1 (ou basis=\"none\")",
            en: "member “\(member.name)” (line \(member.line)): a commercial company must state each of the five article-1 conditions in <ess basis=\"conditions\"> (or basis=\"none\")")
    }
}
