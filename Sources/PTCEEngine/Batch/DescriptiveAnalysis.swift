public import Foundation
public import PTCEModel

/// Descriptive analysis for the jury, not criteria: where the cluster sits in the
/// Matray–Poisat typology, and the role public actors play (after Gianfaldoni).
public struct DescriptiveAnalysis: Sendable, Hashable {
    /// Matray & Poisat (2015): market share (low/high) × governance (technocratic/democratic).
    public enum PTCEType: String, Sendable, Hashable, CaseIterable {
        case social, institutionalised, entrepreneurial, alternative

        public var label: Localized {
            switch self {
            case .social: Localized(fr: "pôle social (peu marchand, démocratique)", en: "social cluster (low market, democratic)")
            case .institutionalised: Localized(fr: "pôle institutionnalisé (peu marchand, technocratique)", en: "institutionalised cluster (low market, technocratic)")
            case .entrepreneurial: Localized(fr: "pôle entrepreneurial (marchand, technocratique)", en: "entrepreneurial cluster (high market, technocratic)")
            case .alternative: Localized(fr: "pôle alternatif (marchand, démocratique)", en: "alternative cluster (high market, democratic)")
            }
        }
    }

    /// Gianfaldoni & Lerouvillois: the role of public actors.
    public enum PublicRole: String, Sendable, Hashable, CaseIterable {
        case marginal, facilitator, delegator, holder

        public var label: Localized {
            switch self {
            case .marginal: Localized(fr: "marginal", en: "marginal")
            case .facilitator: Localized(fr: "facilitateur du projet", en: "project facilitator")
            case .delegator: Localized(fr: "délégataire d’un service public", en: "delegator of a public service")
            case .holder: Localized(fr: "porteur du projet", en: "project holder")
            }
        }
    }

    public var type: PTCEType?
    public var publicRole: PublicRole?
    /// How each was read from the application, for the card.
    public var reasoning: Localized

    /// Own-resources share in year 3 at or above which the market share counts as high.
    public static let highMarketShare: Decimal = 30
    /// Share of resources from public bodies other than this call at or above which public
    /// actors are read as delegating a public service.
    public static let delegationShare: Decimal = 50

    public init(type: PTCEType?, publicRole: PublicRole?, reasoning: Localized) {
        self.type = type
        self.publicRole = publicRole
        self.reasoning = reasoning
    }

    /// Reads the analysis from an application and its own-resources share in year 3.
    public static func analyse(_ application: Application, ownShareYear3: Decimal?) -> DescriptiveAnalysis {
        var fr: [String] = []
        var en: [String] = []
        var type: PTCEType?
        let citizens: Set<Governance.Deliberator> = [.employees, .volunteers, .beneficiaries, .citizens]
        if let share = ownShareYear3, let deliberators = application.governance?.deliberators {
            let market = share >= highMarketShare
            let democratic = !citizens.isDisjoint(with: deliberators)
            type = switch (market, democratic) {
            case (false, true): .social
            case (false, false): .institutionalised
            case (true, false): .entrepreneurial
            case (true, true): .alternative
            }
            let shown = Format.percent(share, language: .fr)
            fr.append("ressources propres en année 3 : \(shown) (\(market ? "≥" : "<") \(Format.percent(highMarketShare, language: .fr))) ; délibèrent : \(deliberators.map(\.label.fr).joined(separator: ", "))")
            en.append("own resources in year 3: \(Format.percent(share, language: .en)) (\(market ? "≥" : "<") \(Format.percent(highMarketShare, language: .en))); deliberate: \(deliberators.map(\.label.en).joined(separator: ", "))")
        } else {
            fr.append("type indéterminé : il faut le budget de l’année 3 et <governance><deliberates>")
            en.append("type undetermined: needs budget year 3 and <governance><deliberates>")
        }
        var role: PublicRole?
        if application.carrier?.legalForm?.isPublicLaw == true {
            role = .holder
            fr.append("porteur de droit public")
            en.append("public-law carrier")
        } else if let budget = application.budget, !budget.years.isEmpty {
            let total = budget.years.reduce(Decimal(0)) { $0 + $1.totalResources }
            let publicMoney = budget.years.reduce(Decimal(0)) { $0 + $1.total(of: [.localAuthority, .stateOther, .otherPublic]) }
            let share = total > 0 ? publicMoney * 100 / total : 0
            let members = application.members?.contains { $0.category == .localAuthority } == true
            role = share >= delegationShare ? .delegator : (members || share > 0 ? .facilitator : .marginal)
            fr.append("financements publics hors appel : \(Format.percent(share, language: .fr))\(members ? ", collectivité membre" : "")")
            en.append("public funding besides the call: \(Format.percent(share, language: .en))\(members ? ", a local authority is a member" : "")")
        }
        return DescriptiveAnalysis(type: type, publicRole: role, reasoning: Localized(fr: fr.joined(separator: " ; "), en: en.joined(separator: "; ")))
    }
}
