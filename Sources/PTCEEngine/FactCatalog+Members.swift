import Foundation
import PTCEModel

extension FactCatalog {
    private static let membersMissing = FactValue.missing(
        .add(
            "<members>", fr: "chaque membre avec sa forme juridique et sa catégorie",
            en: "each member with its legal form and category"))

    /// Counts the legal persons of the composition that fit; unknown fits widen the count
    /// into a range that says what to add.
    private static func fitting(_ application: Application, _ fit: (Member) -> Fit) -> FactValue {
        guard let members = RoleAssignment.countedMembers(of: application) else { return membersMissing }
        var known = 0
        var unknown: [Localized] = []
        for member in members {
            switch fit(member) {
            case .yes: known += 1
            case .unknown(let why): unknown.append(why)
            case .no: break
            }
        }
        return boundedCount(known: known, unknown: unknown)
    }

    private static func count(_ application: Application, where predicate: (Member) -> Bool) -> FactValue {
        guard let members = application.members else { return membersMissing }
        return .number(Decimal(members.filter(predicate).count))
    }

    /// The composition's roles filled by distinct legal persons, as a count or a range.
    private static func roles(_ application: Application, under definition: EssDefinition) -> FactValue {
        guard let members = RoleAssignment.countedMembers(of: application) else { return membersMissing }
        let composition = RoleAssignment.decide(members, under: definition)
        guard composition.sure != composition.possible else { return .number(Decimal(composition.sure)) }
        let why = Localized(
            fr: composition.missing.map(\.fr).joined(separator: " ; "), en: composition.missing.map(\.en).joined(separator: "; "))
        return .range(Decimal(composition.sure), Decimal(composition.possible), why)
    }

    private static func rolesDetail(_ application: Application, under definition: EssDefinition) -> Localized? {
        guard let members = RoleAssignment.countedMembers(of: application) else { return nil }
        return RoleAssignment.decide(members, under: definition).description
    }

    static let article9OtherCategories = Article1.article9OtherCategories

    /// Which case of the carrier the application states, shown beside the count of legal persons.
    static func carrierDetail(_ application: Application) -> Localized? {
        guard let carrier = application.carrier else { return nil }
        let listed = carrier.memberID != nil
        switch carrier.ownLegalPerson {
        case true?:
            return Localized(
                fr:
                    "structure porteuse « \(carrier.name) » : personne morale propre du PTCE\(listed ? ", non comptée parmi ses membres" : "")",
                en: "carrier “\(carrier.name)”: the PTCE’s own legal person\(listed ? ", not counted among its members" : "")")
        case false?:
            return Localized(
                fr: "structure porteuse « \(carrier.name) » : un membre du pôle\(listed ? ", compté" : "")",
                en: "carrier “\(carrier.name)”: a member of the cluster\(listed ? ", counted" : "")")
        case nil:
            return listed
                ? Localized(fr: "dont la structure porteuse « \(carrier.name) »", en: "including the carrier “\(carrier.name)”")
                : nil
        }
    }

    static let memberFacts: [FactDefinition] = [
        FactDefinition(
            "memberCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Nombre de membres (personnes morales et physiques).", en: "Number of members (legal and natural persons)."),
            location: "/application/members/member"
        ) { application, _ in count(application) { _ in true } },
        FactDefinition(
            "legalPersonCount", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Nombre de membres personnes morales (sans la structure porteuse quand elle est la personne morale propre du PTCE).",
                en: "Number of members that are legal persons (less the carrier when it is the PTCE’s own legal person)."),
            location: "/application/members/member/@person, /application/carrier/@ownLegalPerson",
            detail: { application, _ in carrierDetail(application) }
        ) { application, _ in
            RoleAssignment.countedMembers(of: application).map { .number(Decimal($0.count)) } ?? membersMissing
        },
        FactDefinition(
            "essEnterpriseCount", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Personnes morales membres qui sont des entreprises de l’ESS au sens de l’article 1 : par statut (association, coopérative, mutuelle, fondation, quel que soit leur rôle), ou société commerciale remplissant toutes les conditions ou titulaire de l’agrément ESUS ou d’une immatriculation ESS.",
                en:
                    "Legal-person members that are ESS enterprises under article 1: by status (association, cooperative, mutual, foundation, whatever their role), or a commercial company meeting every condition or holding the ESUS approval or an ESS registration."
            ),
            location: "/application/members/member/legalForm, ess"
        ) { application, _ in fitting(application) { Article1.essStatus($0, under: .article1) } },
        FactDefinition(
            "conventionalBusinessCount", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Personnes morales membres qui sont des entreprises hors ESS, ou des groupements d’entreprises (GIE compris) dont la majorité des membres ne relèvent pas de l’ESS.",
                en:
                    "Legal-person members that are non-ESS enterprises, or groupings of enterprises (GIE included) most of whose members are not ESS."
            ),
            location: "/application/members/member/legalForm, ess, grouping"
        ) { application, _ in fitting(application) { Article1.fillsNonEssRole($0, under: .article1) } },
        FactDefinition(
            "article9OtherPersonCount", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Personnes morales membres qui sont d’autres personnes de l’article 9 : collectivités et groupements, centres de recherche, enseignement supérieur, organismes de formation, autres personnes morales.",
                en:
                    "Legal-person members that are other article-9 persons: local authorities and groupings, research centres, higher education, training bodies, other legal persons."
            ),
            location: "/application/members/member/category"
        ) { application, _ in fitting(application) { Article1.fillsOtherRole($0) } },
        FactDefinition(
            "compositionRoles", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Rôles de la composition tenus par des personnes morales distinctes (0 à 3) : une entreprise de l’ESS, une entreprise hors ESS (ou un groupement majoritairement hors ESS), une autre personne de l’article 9 ; un membre ne tient qu’un rôle.",
                en:
                    "Roles of the composition held by distinct legal persons (0 to 3): an ESS enterprise, a non-ESS enterprise (or a mostly non-ESS grouping), another article-9 person; one member holds one role."
            ),
            location: "/application/members/member",
            detail: { application, _ in rolesDetail(application, under: .article1) }
        ) { application, _ in roles(application, under: .article1) },
        FactDefinition(
            "essEnterpriseCount2013", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Appel 2013 (définition des réseaux de l’ESS, avant la loi de 2014) : personnes morales membres de l’ESS par statut, ou sociétés qui se déclarent entreprises sociales.",
                en:
                    "2013 call (the ESS networks’ definition, before the 2014 law): legal-person members ESS by status, or companies that declare themselves social enterprises."
            ),
            location: "/application/members/member/legalForm, ess/@basis"
        ) { application, _ in fitting(application) { Article1.essStatus($0, under: .networks2013) } },
        FactDefinition(
            "conventionalBusinessCount2013", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Appel 2013 : personnes morales membres qui sont des entreprises « classiques » (sociétés qui ne se déclarent pas entreprises sociales, ou groupements majoritairement hors ESS).",
                en:
                    "2013 call: legal-person members that are conventional businesses (companies that do not declare themselves social enterprises, or mostly non-ESS groupings)."
            ),
            location: "/application/members/member/legalForm, ess/@basis, grouping"
        ) { application, _ in fitting(application) { Article1.fillsNonEssRole($0, under: .networks2013) } },
        FactDefinition(
            "localAuthorityMemberCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Collectivités territoriales et groupements membres.",
                en: "Local authorities and their groupings among the members."),
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
