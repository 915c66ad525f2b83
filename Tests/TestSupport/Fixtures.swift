public import Foundation
public import PTCEModel

/// Applications built in code, so the engine is tested without XML.
public enum Fixtures {
    /// An application that passes every gate of the 2015 call and, with
    /// ``eligible2013``'s date, every gate of the 2013 call.
    public static func eligible2015() -> Application {
        Application(
            call: "2015",
            identity: Identity(
                name: "Pôle test", submittedAt: Timestamp("2015-06-15T10:00:00+02:00"), stage: .construction,
                requestedAmount: 90_000),
            carrier: Carrier(name: "Association porteuse", legalForm: .association, siren: "732829320", privateLaw: true),
            members: [
                Member(
                    id: "m1", name: "Association porteuse", legalForm: .association, category: .essEnterprise,
                    ess: EssQualification(basis: .status), line: 10),
                Member(id: "m2", name: "SCOP du bâtiment", legalForm: .scop, category: .essEnterprise, line: 20),
                Member(
                    id: "m3", name: "Entreprise classique SAS", legalForm: .sas, category: .conventionalBusiness,
                    ess: EssQualification(basis: .none), line: 30),
                Member(id: "m4", name: "Communauté de communes", legalForm: .epci, category: .localAuthority, line: 40),
            ],
            territory: Territory(
                name: "Bassin test", departements: ["42"], communes: ["42187"], qpvCodes: ["QP042008"],
                deindustrialised: true, ruralRevitalisation: false),
            strategy: Strategy(actions: [
                Strategy.Action(
                    kind: .pooling, title: "Locaux partagés", shares: [.sharedPremises, .groupPurchasing],
                    memberIDs: ["m1", "m2"]),
                Strategy.Action(kind: .valueChain, title: "Filière", memberIDs: ["m2", "m3"]),
            ]),
            innovation: Innovation(social: true, technological: false, description: "Innovation sociale"),
            projects: [Project(title: "Recyclerie", jobsCreatedFte: 5, insertionJobs: 3)],
            budget: Budget(years: [
                year(1, costs: 100_000, own: 10_000, request: 30_000, commune: 15_000, region: 10_000),
                year(2, costs: 100_000, own: 20_000, request: 30_000, commune: 15_000, region: 10_000),
                year(3, costs: 100_000, own: 35_000, request: 30_000, commune: 15_000, region: 10_000),
            ]),
            governance: Governance(bodies: [], deliberators: [.employees, .volunteers]),
            previousSupport: PreviousSupport(received: false))
    }

    /// The same application, submitted during the 2013 call.
    public static func eligible2013() -> Application {
        var application = eligible2015()
        application.call = "2013"
        application.identity.submittedAt = Timestamp("2013-09-20T12:00:00+02:00")
        return application
    }

    /// A budget year that balances: own resources (sales), the call request, a commune and a region,
    /// the rest from a foundation.
    public static func year(
        _ index: Int, costs: Decimal, own: Decimal, request: Decimal, commune: Decimal, region: Decimal
    ) -> BudgetYear {
        let rest = costs - own - request - commune - region
        return BudgetYear(
            index: index, eligibleCosts: costs,
            resources: [
                Resource(source: .sales, amount: own),
                Resource(source: .callRequest, amount: request),
                Resource(source: .localAuthority, funder: "Commune", amount: commune),
                Resource(source: .localAuthority, funder: "Région", amount: region),
                Resource(source: .foundation, funder: "Fondation", amount: rest),
            ])
    }
}
