import Foundation
import PTCEModel

extension FactCatalog {
    private static let territoryMissing = FactValue.missing(
        .add(
            "<territory>", fr: "nom et codes de départements, d’EPCI ou de communes",
            en: "name and département, EPCI or commune codes"))

    private static func flag(_ application: Application, _ read: (Territory) -> Bool?, element: String) -> FactValue {
        guard let territory = application.territory else { return territoryMissing }
        return read(territory).map(FactValue.boolean) ?? .missing(.add("<territory><\(element)>"))
    }

    /// The 2015 steering committee's priority areas a territory reaches: QPV, deindustrialised,
    /// ZRR, overseas (0 to 4; an indicator left out counts as no).
    private static func priorityAreas2015(_ territory: Territory) -> Int {
        [
            !territory.qpvCodes.isEmpty, territory.deindustrialised == true,
            territory.ruralRevitalisation == true, territory.isOverseas,
        ].filter { $0 }.count
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
            meaning: Localized(
                fr: "Quartiers prioritaires de la politique de la ville (QPV) concernés.",
                en: "Priority urban neighbourhoods (QPV) covered."),
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
            meaning: Localized(
                fr: "Zone de revitalisation rurale (ZRR, déclarée).", en: "Rural revitalisation zone (ZRR, as stated)."),
            location: "/application/territory/ruralRevitalisation"
        ) { application, _ in flag(application, \.ruralRevitalisation, element: "ruralRevitalisation") },
        FactDefinition(
            "overseas", .boolean, unit: .unitBoolean,
            meaning: Localized(
                fr:
                    "Territoire d’outre-mer : département d’outre-mer (971 à 974, 976) ou collectivité d’outre-mer (975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978 Saint-Martin), donné ou déduit des codes de communes.",
                en:
                    "Overseas territory: overseas département (971 to 974, 976) or overseas collectivity (975 Saint-Pierre-et-Miquelon, 977 Saint-Barthélemy, 978 Saint-Martin), given or implied by commune codes."
            ),
            location: "/application/territory/departement"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            guard !territory.allDepartements.isEmpty else { return .missing(.add("<territory><departement>")) }
            return .boolean(territory.isOverseas)
        },
        FactDefinition(
            "priorityAreaCount", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Nombre de zones prioritaires touchées : QPV, territoire désindustrialisé, ZRR, outre-mer (0 à 4). Un indicateur non renseigné compte pour non.",
                en:
                    "Number of priority areas reached: QPV, deindustrialised, ZRR, overseas (0 to 4). An indicator left out counts as no."
            ),
            location: "/application/territory"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            return .number(Decimal(priorityAreas2015(territory)))
        },
        FactDefinition(
            "priorityThemeCount", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Thèmes encouragés par le comité de pilotage de 2015 que sert le projet : accompagnement scolaire, orientation et accompagnement des jeunes, circuits courts, agriculture biologique (0 à 4).",
                en:
                    "Themes encouraged by the 2015 steering committee that the project serves: academic support, guidance and support for young people, short circuits, organic agriculture (0 to 4)."
            ),
            location: "/application/territory/priorityTheme"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            return .number(Decimal(Set(territory.priorityThemes).count))
        },
        FactDefinition(
            "priorityAreasAndThemes", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Appel 2015 : zones prioritaires touchées (QPV, désindustrialisé, ZRR, outre-mer) plus thèmes encouragés servis (0 à 8).",
                en:
                    "2015 call: priority areas reached (QPV, deindustrialised, ZRR, overseas) plus encouraged themes served (0 to 8)."
            ),
            location: "/application/territory"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            return .number(Decimal(priorityAreas2015(territory) + Set(territory.priorityThemes).count))
        },
        FactDefinition(
            "priorityAreaCount2013", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Appel 2013 : territoires en difficulté touchés, tels que la politique de la ville les nommait avant 2014 : quartiers ZUS ou CUCS, bassin d’emploi désindustrialisé, zone rurale en déclin (déclarée, ou ZRR) — 0 à 3. Les QPV n’existaient pas encore ; l’outre-mer n’était pas une priorité nommée.",
                en:
                    "2013 call: areas in difficulty reached, as urban policy named them before 2014: ZUS or CUCS neighbourhoods, deindustrialised employment area, declining rural area (stated, or a ZRR) — 0 to 3. QPV did not exist yet; overseas was not a named priority."
            ),
            location: "/application/territory/zus, cucs, deindustrialised, decliningRural, ruralRevitalisation"
        ) { application, _ in
            guard let territory = application.territory else { return territoryMissing }
            let flags = [
                !(territory.zusCodes.isEmpty && territory.cucsCodes.isEmpty), territory.deindustrialised == true,
                territory.decliningRural == true || territory.ruralRevitalisation == true,
            ]
            return .number(Decimal(flags.filter { $0 }.count))
        },
    ]
}
