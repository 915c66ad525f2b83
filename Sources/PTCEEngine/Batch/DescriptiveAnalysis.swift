public import Foundation
public import PTCEModel

/// Descriptive analysis for the jury, not criteria: where the cluster sits in the
/// Matray–Poisat typology, and the role public actors play (after Gianfaldoni).
public struct DescriptiveAnalysis: Sendable, Hashable {
    /// Matray & Poisat (2015): market share (low/high) × governance (technocratic/democratic).
    public enum PTCEType: String, Sendable, Hashable, CaseIterable {
        /// The four ideal types: low or high market share, technocratic or democratic governance.
        case social, institutionalised, entrepreneurial, alternative

        /// The type in words, in both languages.
        public var label: Localized {
            switch self {
            case .social: Localized(fr: "pôle social (peu marchand, démocratique)", en: "social cluster (low market, democratic)")
            case .institutionalised:
                Localized(
                    fr: "pôle institutionnalisé (peu marchand, technocratique)",
                    en: "institutionalised cluster (low market, technocratic)")
            case .entrepreneurial:
                Localized(
                    fr: "pôle entrepreneurial (marchand, technocratique)",
                    en: "entrepreneurial cluster (high market, technocratic)")
            case .alternative:
                Localized(fr: "pôle alternatif (marchand, démocratique)", en: "alternative cluster (high market, democratic)")
            }
        }
    }

    /// Gianfaldoni & Lerouvillois: the role of public actors, as the application declares who
    /// initiated and carries the project.
    public typealias PublicRole = PTCEModel.PublicRole

    /// The closest ideal type (the types are ideal types; the alternative one is rare), with
    /// the two axis values it is read from.
    public var type: PTCEType?
    /// Sales of goods and services over all resources, year 3, in percent (the market axis:
    /// membership fees and in-kind are reciprocity, not market).
    public var marketShare: Decimal?
    /// Kinds of stakeholders among employees, volunteers, beneficiaries and citizens who
    /// deliberate (the governance axis, 0–4).
    public var democraticKinds: Int?
    /// The role public actors play in the project, if declared.
    public var publicRole: PublicRole?
    /// How each was read from the application, for the card.
    public var reasoning: Localized

    /// Parameter names of the criteria files that set the axes' thresholds (jury parameters),
    /// with their defaults when a file does not declare them.
    public static let marketThresholdParameter = "analysisMarketShareHigh"
    /// The parameter that sets the governance threshold (kinds of stakeholders who deliberate).
    public static let democraticThresholdParameter = "analysisDemocraticKinds"
    /// The market-share threshold (percent) when the criteria file does not set it.
    public static let defaultMarketThreshold: Decimal = 50
    /// The governance threshold (kinds of stakeholders) when the criteria file does not set it.
    public static let defaultDemocraticThreshold: Decimal = 2

    /// An analysis from its values and the reasoning behind them.
    public init(
        type: PTCEType?, marketShare: Decimal? = nil, democraticKinds: Int? = nil, publicRole: PublicRole?,
        reasoning: Localized
    ) {
        self.type = type
        self.marketShare = marketShare
        self.democraticKinds = democraticKinds
        self.publicRole = publicRole
        self.reasoning = reasoning
    }

    /// Reads the analysis from an application, with the thresholds in `parameters`.
    public static func analyse(_ application: Application, parameters: ParameterValues) -> DescriptiveAnalysis {
        func threshold(_ name: String, _ fallback: Decimal) -> Decimal {
            if case .number(let value)? = parameters[name] { return value }
            return fallback
        }
        let marketThreshold = threshold(marketThresholdParameter, defaultMarketThreshold)
        let democraticThreshold = threshold(democraticThresholdParameter, defaultDemocraticThreshold)
        var fr: [String] = []
        var en: [String] = []
        var type: PTCEType?
        var market: Decimal?
        if let year = application.budget?.years.first(where: { $0.index == 3 }), year.totalResources > 0 {
            market = year.total(of: [.sales]) * 100 / year.totalResources
        }
        let citizens: Set<Governance.Deliberator> = [.employees, .volunteers, .beneficiaries, .citizens]
        let kinds = application.governance?.deliberators.map { Set($0).intersection(citizens).count }
        if let market, let kinds {
            let high = market >= marketThreshold
            let democratic = Decimal(kinds) >= democraticThreshold
            type =
                switch (high, democratic) {
                case (false, true): .social
                case (false, false): .institutionalised
                case (true, false): .entrepreneurial
                case (true, true): .alternative
                }
            fr.append(
                "type le plus proche, d’après la part marchande (ventes) en année 3 : \(Format.percent(market, language: .fr)) (seuil \(Format.percent(marketThreshold, language: .fr)) ; cotisations et apports en nature n’en sont pas) et les parties prenantes qui délibèrent : \(kinds) sur 4 (seuil \(Format.number(democraticThreshold, places: 0, language: .fr)))"
            )
            en.append(
                "closest type, from the market share (sales) in year 3: \(Format.percent(market, language: .en)) (threshold \(Format.percent(marketThreshold, language: .en)); fees and in-kind are not market) and the stakeholders who deliberate: \(kinds) of 4 (threshold \(Format.number(democraticThreshold, places: 0, language: .en)))"
            )
        } else {
            fr.append("type indéterminé : il faut le budget de l’année 3 et <governance><deliberates>")
            en.append("type undetermined: needs budget year 3 and <governance><deliberates>")
        }
        var role = application.identity.publicRole
        if role != nil {
            fr.append("rôle des acteurs publics déclaré par le dossier")
            en.append("public actors’ role as the application declares it")
        } else if application.carrier?.legalForm?.isPublicLaw == true {
            role = .holder
            fr.append("rôle des acteurs publics : porteur de droit public")
            en.append("public actors’ role: a public-law carrier")
        } else {
            fr.append("rôle des acteurs publics non déclaré (<identity><publicRole>)")
            en.append("public actors’ role not stated (<identity><publicRole>)")
        }
        return DescriptiveAnalysis(
            type: type, marketShare: market, democraticKinds: kinds, publicRole: role,
            reasoning: Localized(fr: fr.joined(separator: " ; "), en: en.joined(separator: "; ")))
    }
}

extension PublicRole {
    /// The role in words (Gianfaldoni): « délégateur », the public body delegating a public service.
    public var label: Localized {
        switch self {
        case .marginal: Localized(fr: "marginal", en: "marginal")
        case .facilitator: Localized(fr: "facilitateur du projet", en: "project facilitator")
        case .delegator: Localized(fr: "délégateur d’un service public", en: "delegator of a public service")
        case .holder: Localized(fr: "porteur du projet", en: "project holder")
        }
    }
}
