import Foundation
import PTCEModel

extension FactCatalog {
    private static let strategyMissing = FactValue.missing(
        .add("<strategy>", fr: "avec ses <action>", en: "with its <action> elements"))
    private static let projectsMissing = FactValue.missing(
        .add("<projects>", fr: "avec leurs <jobsCreatedFte>", en: "with their <jobsCreatedFte>"))

    private static func actions(_ application: Application, _ kind: Strategy.Action.Kind) -> FactValue {
        guard let strategy = application.strategy else { return strategyMissing }
        return .number(Decimal(strategy.actions.filter { $0.kind == kind }.count))
    }

    static let activityFacts: [FactDefinition] = [
        FactDefinition(
            "poolingActionCount", .count, unit: .unitCount,
            meaning: Localized(fr: "Actions de mutualisation.", en: "Pooling actions."),
            location: "/application/strategy/action[@kind='pooling']"
        ) { application, _ in actions(application, .pooling) },
        FactDefinition(
            "cooperationActionCount", .count, unit: .unitCount,
            meaning: Localized(fr: "Actions de coopération et de partenariat.", en: "Cooperation and partnership actions."),
            location: "/application/strategy/action[@kind='cooperation' or 'partnership']"
        ) { application, _ in
            guard let strategy = application.strategy else { return strategyMissing }
            return .number(Decimal(strategy.actions.filter { $0.kind == .cooperation || $0.kind == .partnership }.count))
        },
        FactDefinition(
            "valueChainActionCount", .count, unit: .unitCount,
            meaning: Localized(
                fr: "Actions de coopération inter-entreprises vers une offre mutualisée ou intégrée de filière.",
                en: "Inter-company cooperation actions towards a pooled or integrated value-chain offer."),
            location: "/application/strategy/action[@kind='value-chain']"
        ) { application, _ in actions(application, .valueChain) },
        FactDefinition(
            "sharedResourceKinds", .count, unit: .unitCount,
            meaning: Localized(
                fr:
                    "Nombre de types de moyens mutualisés (emplois partagés, groupement d’employeurs, locaux, achats, RH, équipements, services) : 0 à 7.",
                en:
                    "Number of kinds of pooled means (shared jobs, employer grouping, premises, purchasing, HR, equipment, services): 0 to 7."
            ),
            location: "/application/strategy/action/shares"
        ) { application, _ in
            guard let strategy = application.strategy else { return strategyMissing }
            return .number(Decimal(Set(strategy.actions.flatMap(\.shares)).count))
        },
        FactDefinition(
            "jobsCreatedFte", .number, unit: .unitFte,
            meaning: Localized(
                fr: "Emplois créés par les projets, en équivalents temps plein.",
                en: "Jobs created by the projects, in full-time equivalents."),
            location: "/application/projects/project/jobsCreatedFte"
        ) { application, _ in
            guard let projects = application.projects, !projects.isEmpty else { return projectsMissing }
            let stated = projects.compactMap(\.jobsCreatedFte)
            guard !stated.isEmpty else { return projectsMissing }
            return .number(stated.reduce(0, +))
        },
        FactDefinition(
            "insertionJobs", .count, unit: .unitCount,
            meaning: Localized(fr: "Emplois d’insertion prévus par les projets.", en: "Insertion jobs planned by the projects."),
            location: "/application/projects/project/insertionJobs"
        ) { application, _ in
            guard let projects = application.projects else { return projectsMissing }
            return .number(Decimal(projects.compactMap(\.insertionJobs).reduce(0, +)))
        },
    ]
}
