/// Legal forms an application may state, with what article 1 of the ESS law makes of them.
public enum LegalForm: String, Sendable, Hashable, CaseIterable {
    case association, foundation, mutual, cooperative, scop, scic, cae
    case sa, sas, sasu, sarl, eurl, snc, sca
    case gie
    case commune, epci, departement, region
    case syndicatMixte = "syndicat-mixte"
    case publicEstablishment = "public-establishment"
    case endowmentFund = "endowment-fund"
    case otherPrivate = "other-private"
    case otherPublic = "other-public"
    case naturalPerson = "natural-person"

    /// ESS by status under article 1 (associations, cooperatives, mutuals, foundations).
    public var isEssByStatus: Bool {
        switch self {
        case .association, .foundation, .mutual, .cooperative, .scop, .scic, .cae: true
        default: false
        }
    }

    /// A commercial company: ESS only when every article-1 condition holds.
    public var isCommercialCompany: Bool {
        switch self {
        case .sa, .sas, .sasu, .sarl, .eurl, .snc, .sca: true
        default: false
        }
    }

    /// A public-law person (local authorities, their groupings, public establishments).
    public var isPublicLaw: Bool {
        switch self {
        case .commune, .epci, .departement, .region, .syndicatMixte, .publicEstablishment, .otherPublic: true
        default: false
        }
    }

    /// A private-law legal person.
    public var isPrivateLawLegalPerson: Bool { !isPublicLaw && self != .naturalPerson }
}
