import Foundation
import PTCEModel

extension FactCatalog {
    private static let territoryMissing = FactValue.missing(.add("<territory>", fr: "nom et codes de départements, d’EPCI ou de communes", en: "name and département, EPCI or commune codes"))

    private static func flag(_ application: Application, _ read: (Territory) -> Bool?, element: String) -> FactValue {
        guard let territory = application.territory else { return territoryMissing }
        return read(territory).map(FactValue.boolean) ?? .missing(.add("<territory><\(element)>"))
    }

    static let territoryFacts: [FactDefinition] = [
        FactDefinition(
            "territoryDefined", .boolean, unit: .unitBoolean,
            meaning: Localized(
                fr: "Le territoire d’action est défini par au moins un code (département, EPCI ou commune).",
                en: "The activity territory is defined by at least one code (département, EPCI or commune)."),
            location: "/application/territory"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            return .boolean(!(territory.departements.isEmpty && territory.epcis.isEmpty && territory.communes.isEmpty))
        },
        FactDefinition(
            "qpvCount", .count, unit: .unitCount,
            meaning: Localized(fr: "Quartiers prioritaires de la politique de la ville (QPV) concernés.", en: "Priority urban neighbourhoods (QPV) covered."),
            location: "/application/territory/qpv"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            return .number(Decimal(Set(territory.qpvCodes).count))
        },
        FactDefinition(
            "deindustrialised", .boolean, unit: .unitBoolean,
            meaning: Localized(fr: "Territoire désindustrialisé (déclaré).", en: "Deindustrialised area (as stated)."),
            location: "/application/territory/deindustrialised"
        ) { application, _ in flag(application, \.deindustrialised, element: "deindustrialised") },
        FactDefinition(
            "ruralRevitalisation", .boolean, unit: .unitBoolean,
            meaning: Localized(fr: "Zone de revitalisation rurale (ZRR, déclarée).", en: "Rural revitalisation zone (ZRR, as stated)."),
            location: "/application/territory/ruralRevitalisation"
        ) { application, _ in flag(application, \.ruralRevitalisation, element: "ruralRevitalisation") },
        FactDefinition(
            "overseas", .boolean, unit: .unitBoolean,
            meaning: Localized(fr: "Territoire d’outre-mer (département 971 à 976, donné ou déduit des codes de communes).", en: "Overseas territory (département 971 to 976, given or implied by commune codes)."),
            location: "/application/territory/departement"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            guard !territory.allDepartements.isEmpty else { return .missing(.add("<territory><departement>")) }
            return .boolean(territory.isOverseas)
        },
        FactDefinition(
            "priorityAreaCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Nombre de zones prioritaires touchées : QPV, territoire désindustrialisé, ZRR, outre-mer (0 à 4). Un indicateur non renseigné compte pour non.",
                en: "Number of priority areas reached: QPV, deindustrialised, ZRR, overseas (0 to 4). An indicator left out counts as no."),
            location: "/application/territory"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            let flags = [
                !territory.qpvCodes.isEmpty, territory.deindustrialised == true,
                territory.ruralRevitalisation == true, territory.isOverseas,
            ]
            return .number(Decimal(flags.filter { $0 }.count))
        },
    ]
}
