public import PTCEModel

extension FactDefinition {
    /// A short label for explanations ("own-resources share, year 3").
    public var label: Localized { FactDefinition.labels[name] ?? .same(name) }

    static let labels: [String: Localized] = [
        "submittedAt": Localized(fr: "date de dépôt", en: "submission date"),
        "requestedAmount": Localized(fr: "montant demandé", en: "amount requested"),
        "carrierPrivateLaw": Localized(fr: "porteur de droit privé", en: "private-law carrier"),
        "previousStateSupport": Localized(
            fr: "soutien de l’État déjà reçu (appel PTCE)", en: "State support already received (PTCE call)"),
        "innovative": Localized(
            fr: "projet innovant (social ou technologique)", en: "innovative project (social or technological)"),
        "innovationDimensions": Localized(fr: "dimensions d’innovation", en: "innovation dimensions"),
        "memberCount": Localized(fr: "membres", en: "members"),
        "legalPersonCount": Localized(fr: "personnes morales membres", en: "legal persons among members"),
        "essEnterpriseCount": Localized(fr: "entreprises de l’ESS (article 1)", en: "ESS enterprises (article 1)"),
        "conventionalBusinessCount": Localized(
            fr: "entreprises hors ESS (ou groupement majoritairement hors ESS)",
            en: "non-ESS enterprises (or mostly non-ESS grouping)"),
        "article9OtherPersonCount": Localized(fr: "autres personnes de l’article 9", en: "other article-9 persons"),
        "compositionRoles": Localized(
            fr: "rôles tenus par des personnes morales distinctes", en: "roles held by distinct legal persons"),
        "essEnterpriseCount2013": Localized(
            fr: "entreprises de l’ESS (définition des réseaux, 2013)", en: "ESS enterprises (networks’ definition, 2013)"),
        "conventionalBusinessCount2013": Localized(fr: "entreprises classiques (2013)", en: "conventional businesses (2013)"),
        "localAuthorityMemberCount": Localized(fr: "collectivités membres", en: "local authorities among members"),
        "knowledgeMemberCount": Localized(
            fr: "membres recherche, enseignement, formation", en: "research, education, training members"),
        "deliberatorKinds": Localized(
            fr: "catégories de parties prenantes qui délibèrent", en: "kinds of stakeholders who deliberate"),
        "territoryDefined": Localized(fr: "territoire défini par des codes", en: "territory defined by codes"),
        "qpvCount": Localized(fr: "QPV concernés", en: "QPV covered"),
        "deindustrialised": Localized(fr: "territoire désindustrialisé", en: "deindustrialised area"),
        "ruralRevitalisation": Localized(fr: "zone de revitalisation rurale", en: "rural revitalisation zone"),
        "overseas": Localized(fr: "outre-mer", en: "overseas"),
        "priorityAreaCount": Localized(fr: "zones prioritaires touchées", en: "priority areas reached"),
        "priorityThemeCount": Localized(fr: "thèmes encouragés servis", en: "encouraged themes served"),
        "priorityAreasAndThemes": Localized(
            fr: "zones prioritaires et thèmes encouragés", en: "priority areas and encouraged themes"),
        "priorityAreaCount2013": Localized(
            fr: "territoires en difficulté touchés (2013)", en: "areas in difficulty reached (2013)"),
        "poolingActionCount": Localized(fr: "actions de mutualisation", en: "pooling actions"),
        "cooperationActionCount": Localized(fr: "actions de coopération", en: "cooperation actions"),
        "valueChainActionCount": Localized(fr: "actions de coopération de filière", en: "value-chain cooperation actions"),
        "sharedResourceKinds": Localized(fr: "types de moyens mutualisés", en: "kinds of pooled means"),
        "jobsCreatedFte": Localized(fr: "emplois créés", en: "jobs created"),
        "insertionJobs": Localized(fr: "emplois d’insertion", en: "insertion jobs"),
        "ownResourcesShareY1": Localized(fr: "part des ressources propres, année 1", en: "own-resources share, year 1"),
        "ownResourcesShareY2": Localized(fr: "part des ressources propres, année 2", en: "own-resources share, year 2"),
        "ownResourcesShareY3": Localized(fr: "part des ressources propres, année 3", en: "own-resources share, year 3"),
        "ownResourcesRising": Localized(
            fr: "ressources propres en hausse de l’année 1 à l’année 3", en: "own resources rising from year 1 to year 3"),
        "inKindShareY3": Localized(fr: "part des apports en nature, année 3", en: "in-kind share, year 3"),
        "localAuthorityCofinancing": Localized(fr: "cofinancement par une collectivité", en: "co-financing by a local authority"),
        "largestLocalAuthorityShare": Localized(
            fr: "part la plus forte d’une collectivité (coûts éligibles)",
            en: "largest share from one local authority (eligible costs)"),
        "localAuthoritiesShare": Localized(
            fr: "part de l’ensemble des collectivités (coûts éligibles)", en: "share of all local authorities (eligible costs)"),
        "largestFunderShare": Localized(fr: "part du premier financeur", en: "largest funder’s share"),
        "funderConcentration": Localized(fr: "concentration des financements (HHI)", en: "funding concentration (HHI)"),
    ]
}
