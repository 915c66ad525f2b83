import Foundation
import PTCEModel

extension FactCatalog {
    private static func yearMissing(_ index: Int) -> FactValue {
        .missing(
            .add(
                "<budget><year index=\"\(index)\">", fr: "coûts éligibles et ressources par source",
                en: "eligible costs and resources by source"))
    }

    /// Own resources over total resources in plan year `index`, in percent.
    static func ownShare(_ application: Application, year index: Int, parameters: ParameterValues) -> FactValue {
        guard let year = application.budget?.year(index) else { return yearMissing(index) }
        let total = year.totalResources
        guard total > 0 else {
            return .missing(
                Localized(fr: "ajoutez des ressources à l’année \(index) du budget", en: "add resources to budget year \(index)"))
        }
        var sources = ResourceSource.monetaryOwn
        if parameters.bool(inKindParameter, default: false) { sources.insert(.inKind) }
        return .number(year.total(of: sources) * 100 / total)
    }

    /// The name of the own-resources share of plan year `index` (`ownResourcesShareY3`).
    static func ownShareName(_ index: Int) -> String { "ownResourcesShareY\(index)" }

    private static func ownShareFact(_ index: Int) -> FactDefinition {
        FactDefinition(
            ownShareName(index), .percent, unit: .unitPercent,
            meaning: Localized(
                fr:
                    "Part des ressources propres (ventes, cotisations ; apports en nature si le paramètre \(inKindParameter) est vrai) dans les ressources de l’année \(index).",
                en:
                    "Share of own resources (sales, fees; in-kind if parameter \(inKindParameter) is true) in the resources of year \(index)."
            ),
            location: "/application/budget/year[@index='\(index)']/resource",
            parameters: [inKindParameter]
        ) { application, parameters in ownShare(application, year: index, parameters: parameters) }
    }

    /// Amounts by local authority (funder name) per year, as shares of eligible costs.
    private static func localAuthorityShares(_ application: Application) -> [[Decimal]]? {
        guard let budget = application.budget, !budget.years.isEmpty else { return nil }
        return budget.years.map { year in
            guard year.eligibleCosts > 0 else { return [] }
            var byFunder: [Funder: Decimal] = [:]
            for line in year.resources where line.source == .localAuthority {
                byFunder[line.funderKey, default: 0] += line.amount
            }
            return byFunder.values.map { $0 * 100 / year.eligibleCosts }
        }
    }

    private static let budgetMissing = FactValue.missing(.add("<budget>", fr: "sur trois ans", en: "over three years"))

    /// Resources of the whole plan by funder: its name, else its source. Nil without a budget.
    static func funderTotals(_ application: Application) -> [Funder: Decimal]? {
        guard let budget = application.budget, !budget.years.isEmpty else { return nil }
        var totals: [Funder: Decimal] = [:]
        for year in budget.years {
            for line in year.resources where line.amount > 0 {
                totals[line.funderKey, default: 0] += line.amount
            }
        }
        return totals
    }

    /// Each funder's share of the whole plan's resources, in percent; nil without resources.
    static func funderShares(_ application: Application) -> [Decimal]? {
        guard let totals = funderTotals(application) else { return nil }
        let sum = totals.values.reduce(0, +)
        guard sum > 0 else { return nil }
        return totals.values.map { $0 * 100 / sum }
    }

    /// Herfindahl–Hirschman index of percentage shares: 10,000 for a single funder.
    static func herfindahl(_ shares: [Decimal]) -> Decimal {
        shares.reduce(0) { $0 + $1 * $1 }
    }

    static let budgetFacts: [FactDefinition] = [
        ownShareFact(1), ownShareFact(2), ownShareFact(3),
        FactDefinition(
            "ownResourcesRising", .boolean, unit: .unitBoolean,
            meaning: Localized(
                fr: "La part des ressources propres augmente de l’année 1 à l’année 3 (trajectoire d’autofinancement).",
                en: "The own-resources share rises from year 1 to year 3 (a path to self-financing)."),
            location: "/application/budget/year",
            parameters: [inKindParameter],
            detail: { application, _ in stageDetail(application) }
        ) { application, parameters in
            let first = ownShare(application, year: 1, parameters: parameters)
            let third = ownShare(application, year: 3, parameters: parameters)
            guard case .number(let start) = first else { return first }
            guard case .number(let end) = third else { return third }
            return .boolean(end > start)
        },
        FactDefinition(
            "inKindShareY3", .percent, unit: .unitPercent,
            meaning: Localized(
                fr: "Part des apports en nature valorisés dans les ressources de l’année 3.",
                en: "Share of valued in-kind contributions in year 3 resources."),
            location: "/application/budget/year[@index='3']/resource[@source='in-kind']"
        ) { application, _ in
            guard let year = application.budget?.year(3) else { return yearMissing(3) }
            guard year.totalResources > 0 else { return yearMissing(3) }
            return .number(year.total(of: [.inKind]) * 100 / year.totalResources)
        },
        FactDefinition(
            "localAuthorityCofinancing", .boolean, unit: .unitBoolean,
            meaning: Localized(
                fr: "Au moins une collectivité territoriale cofinance le budget.",
                en: "At least one local authority co-finances the budget."),
            location: "/application/budget/year/resource[@source='local-authority']"
        ) { application, _ in
            guard let budget = application.budget, !budget.years.isEmpty else { return budgetMissing }
            return .boolean(budget.years.contains { $0.total(of: [.localAuthority]) > 0 })
        },
        FactDefinition(
            "largestLocalAuthorityShare", .percent, unit: .unitPercent,
            meaning: Localized(
                fr: "Plus forte part des coûts éligibles financée par une même collectivité, sur les trois années.",
                en: "Largest share of eligible costs funded by one local authority, over the three years."),
            location: "/application/budget/year/resource[@source='local-authority']/@funder"
        ) { application, _ in
            guard let shares = localAuthorityShares(application) else { return budgetMissing }
            return .number(shares.flatMap { $0 }.max() ?? 0)
        },
        FactDefinition(
            "localAuthoritiesShare", .percent, unit: .unitPercent,
            meaning: Localized(
                fr: "Plus forte part des coûts éligibles financée par l’ensemble des collectivités, sur les trois années.",
                en: "Largest share of eligible costs funded by all local authorities together, over the three years."),
            location: "/application/budget/year/resource[@source='local-authority']"
        ) { application, _ in
            guard let shares = localAuthorityShares(application) else { return budgetMissing }
            return .number(shares.map { $0.reduce(0, +) }.max() ?? 0)
        },
        FactDefinition(
            "largestFunderShare", .percent, unit: .unitPercent,
            meaning: Localized(
                fr: "Part du premier financeur dans les ressources des trois années (dépendance).",
                en: "Share of the largest funder in the resources of the three years (dependence)."),
            location: "/application/budget/year/resource"
        ) { application, _ in
            guard let shares = funderShares(application) else { return budgetMissing }
            return .number(shares.max() ?? 0)
        },
        FactDefinition(
            "funderConcentration", .number, unit: Localized(fr: "indice 0–10 000", en: "index 0–10,000"),
            meaning: Localized(
                fr:
                    "Indice de concentration des financements (Herfindahl-Hirschman : somme des carrés des parts en %, 10 000 = un seul financeur).",
                en: "Funding concentration index (Herfindahl-Hirschman: sum of squared % shares, 10,000 = a single funder)."),
            location: "/application/budget/year/resource"
        ) { application, _ in
            guard let shares = funderShares(application) else { return budgetMissing }
            return .number(herfindahl(shares))
        },
    ]
}

extension FactCatalog {
    /// The project's stage in words, shown beside its self-financing path: a cluster "en
    /// consolidation" may already be at its reasonable level rather than rising.
    static func stageDetail(_ application: Application) -> Localized {
        switch application.identity.stage {
        case .construction?: Localized(fr: "projet en construction", en: "project under construction")
        case .consolidation?: Localized(fr: "projet en consolidation", en: "project in consolidation")
        case nil: Localized(fr: "stade du projet non déclaré", en: "project stage not stated")
        }
    }
}
