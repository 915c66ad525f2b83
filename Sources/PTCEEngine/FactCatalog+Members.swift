import Foundation
import PTCEModel

extension FactCatalog {
    private static let membersMissing = FactValue.missing(.add("<members>", fr: "chaque membre avec sa forme juridique et sa catégorie", en: "each member with its legal form and category"))

    /// Counts members by article-1 class; unknown members widen the count into a range.
    private static func count(
        _ application: Application, matching classes: Set<Article1Class>
    ) -> FactValue {
        guard let members = application.members else { return membersMissing }
        var known = 0
        var unknown: [Localized] = []
        for member in members {
            let kind = Article1.classify(member)
            if classes.contains(kind) {
                known += 1
            } else if kind == .unknown, let why = Article1.missing(member) {
                unknown.append(why)
            }
        }
        return boundedCount(known: known, unknown: unknown)
    }

    private static func count(_ application: Application, where predicate: (Member) -> Bool) -> FactValue {
        guard let members = application.members else { return membersMissing }
        return .number(Decimal(members.filter(predicate).count))
    }

    /// Categories of "other persons" named in article 9.
    static let article9OtherCategories: Set<MemberCategory> = [
        .localAuthority, .researchCentre, .higherEducation, .trainingBody, .other,
    ]

    static let memberFacts: [FactDefinition] = [
        FactDefinition(
            "memberCount", .count, unit: .unitCount,
            meaning: Localized(fr: "Nombre de membres (personnes morales et physiques).", en: "Number of members (legal and natural persons)."),
            location: "/application/members/member"
        ) { application, _ in count(application) { _ in true } },
        FactDefinition(
            "legalPersonCount", .count, unit: .unitCount,
            meaning: Localized(fr: "Nombre de membres personnes morales.", en: "Number of members that are legal persons."),
            location: "/application/members/member/@person"
        ) { application, _ in count(application) { $0.isLegalPerson } },
        FactDefinition(
            "essEnterpriseCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Entreprises de l’ESS au sens de l’article 1 : par statut (association, coopérative, mutuelle, fondation), ou société commerciale remplissant toutes les conditions.",
                en: "ESS enterprises under article 1: by status (association, cooperative, mutual, foundation), or a commercial company meeting every condition."),
            location: "/application/members/member/legalForm, ess"
        ) { application, _ in count(application, matching: [.ess]) },
        FactDefinition(
            "conventionalBusinessCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Entreprises hors ESS, plus les groupements d’entreprises dont la majorité des membres ne relèvent pas de l’ESS.",
                en: "Non-ESS enterprises, plus groupings of enterprises whose majority of members are not ESS."),
            location: "/application/members/member/legalForm, ess, grouping"
        ) { application, _ in count(application, matching: [.conventional, .groupingMostlyNonEss]) },
        FactDefinition(
            "article9OtherPersonCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Autres personnes de l’article 9 : collectivités et groupements, centres de recherche, enseignement supérieur, organismes de formation, autres personnes.",
                en: "Other article-9 persons: local authorities and groupings, research centres, higher education, training bodies, other persons."),
            location: "/application/members/member/category"
        ) { application, _ in
            count(application) { member in member.category.map { article9OtherCategories.contains($0) } ?? false }
        },
        FactDefinition(
            "localAuthorityMemberCount", .count, unit: .unitCount,
            meaning: Localized(fr: "Collectivités territoriales et groupements membres.", en: "Local authorities and their groupings among the members."),
            location: "/application/members/member/category"
        ) { application, _ in count(application) { $0.category == .localAuthority } },
        FactDefinition(
            "knowledgeMemberCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Centres de recherche, établissements d’enseignement supérieur et organismes de formation membres.",
                en: "Research centres, higher-education institutions and training bodies among the members."),
            location: "/application/members/member/category"
        ) { application, _ in
            count(application) { [.researchCentre, .higherEducation, .trainingBody].contains($0.category) }
        },
        FactDefinition(
            "deliberatorKinds", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Nombre de catégories de parties prenantes qui délibèrent (salariés, bénévoles, bénéficiaires, citoyens…).",
                en: "Number of kinds of stakeholders who deliberate (employees, volunteers, beneficiaries, citizens…)."),
            location: "/application/governance/deliberates"
        ) { application, _ in
            guard let deliberators = application.governance?.deliberators else {
                return .missing(.add("<governance><deliberates>"))
            }
            return .number(Decimal(Set(deliberators).count))
        },
    ]
}
