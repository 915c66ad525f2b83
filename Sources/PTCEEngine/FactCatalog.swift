import Foundation
import PTCEModel

/// Every fact the engine can derive, by name.
public enum FactCatalog {
    /// All definitions, in the order `ptce facts` lists them.
    public static let all: [FactDefinition] = identityFacts + memberFacts + territoryFacts + activityFacts + budgetFacts

    /// Definitions by name.
    public static let byName: [String: FactDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The parameter that decides whether valued in-kind contributions count as own resources.
    public static let inKindParameter = "inKindCountsAsOwn"
}

// MARK: Shared wording

extension Localized {
    static let unitCount = Localized(fr: "nombre", en: "count")
    static let unitPercent = Localized(fr: "%", en: "%")
    static let unitEuros = Localized(fr: "€", en: "€")
    static let unitBoolean = Localized(fr: "oui/non", en: "yes/no")
    static let unitFte = Localized(fr: "ETP", en: "FTE")
    static let unitDate = Localized(fr: "date et heure", en: "date and time")

    /// "ajoutez <element> (detail)" / "add <element> (detail)".
    static func add(_ element: String, fr: String? = nil, en: String? = nil) -> Localized {
        Localized(
            fr: "ajoutez \(element)" + (fr.map { " (\($0))" } ?? ""),
            en: "add \(element)" + (en.map { " (\($0))" } ?? ""))
    }
}

// MARK: Identity, carrier, previous support

extension FactCatalog {
    /// The innovation section when it states at least one dimension.
    private static func statedInnovation(_ application: Application) -> Innovation? {
        guard let innovation = application.innovation, innovation.social != nil || innovation.technological != nil
        else { return nil }
        return innovation
    }

    private static let innovationMissing = FactValue.missing(.add("<innovation social=\"…\" technological=\"…\">"))

    static let identityFacts: [FactDefinition] = [
        FactDefinition(
            "submittedAt", .datetime, unit: .unitDate,
            meaning: Localized(fr: "Date et heure de dépôt du dossier.", en: "When the application was submitted."),
            location: "/application/identity/submittedAt"
        ) { application, _ in
            application.identity.submittedAt.map(FactValue.timestamp)
                ?? .missing(.add("<identity><submittedAt>", fr: "avec le fuseau horaire", en: "with the time zone"))
        },
        FactDefinition(
            "requestedAmount", .euros, unit: .unitEuros,
            meaning: Localized(fr: "Montant demandé à l’appel.", en: "Amount requested from the call."),
            location: "/application/identity/requestedAmount"
        ) { application, _ in
            if let amount = application.identity.requestedAmount { return .number(amount) }
            if let budget = application.budget {
                let lines = budget.years.reduce(0) { $0 + $1.total(of: [.callRequest]) }
                if lines > 0 { return .number(lines) }
            }
            return .missing(.add("<identity><requestedAmount>"))
        },
        FactDefinition(
            "carrierPrivateLaw", .boolean, unit: .unitBoolean,
            meaning: Localized(
                fr: "La structure porteuse est une personne morale de droit privé (forme juridique, sinon déclaration).",
                en: "The carrying structure is a private-law legal person (legal form, else as stated)."),
            location: "/application/carrier/legalForm"
        ) { application, _ in
            guard let carrier = application.carrier else {
                return .missing(.add("<carrier>", fr: "nom, forme juridique, SIREN", en: "name, legal form, SIREN"))
            }
            if let form = carrier.legalForm { return .boolean(form.isPrivateLawLegalPerson) }
            if let stated = carrier.privateLaw { return .boolean(stated) }
            return .missing(.add("<carrier><legalForm>"))
        },
        FactDefinition(
            "previousStateSupport", .boolean, unit: .unitBoolean,
            meaning: Localized(
                fr: "Le PTCE a déjà reçu un soutien de l’État au titre d’un appel PTCE précédent.",
                en: "The PTCE already received State support under a previous PTCE call."),
            location: "/application/previousStateSupport/@received"
        ) { application, _ in
            application.previousSupport.map { .boolean($0.received) }
                ?? .missing(.add("<previousStateSupport received=\"true|false\"/>"))
        },
        FactDefinition(
            "innovative", .boolean, unit: .unitBoolean,
            meaning: Localized(
                fr: "Le projet est déclaré innovant, socialement ou technologiquement.",
                en: "The project is stated to be socially or technologically innovative."),
            location: "/application/innovation/@social, @technological"
        ) { application, _ in
            statedInnovation(application).map { .boolean($0.social == true || $0.technological == true) }
                ?? innovationMissing
        },
        FactDefinition(
            "innovationDimensions", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Nombre de dimensions de l’innovation déclarées (sociale, technologique) : 0 à 2.",
                en: "Number of innovation dimensions stated (social, technological): 0 to 2."),
            location: "/application/innovation"
        ) { application, _ in
            statedInnovation(application).map { .number(Decimal([$0.social, $0.technological].filter { $0 == true }.count)) }
                ?? innovationMissing
        },
    ]
}
