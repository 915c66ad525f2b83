import PTCEModel

/// The fill-in form's fields, section by section, in the order of the application XML.
enum FillForm {
    /// The values of each option set, in the order offered.
    static let options: [String: [String]] = [
        "call": ["2015", "2013"],
        "stage": Stage.allCases.map(\.rawValue),
        "publicRole": PublicRole.allCases.map(\.rawValue),
        "person": ["legal", "natural"],
        "legalForm": LegalForm.allCases.map(\.rawValue),
        "category": MemberCategory.allCases.map(\.rawValue),
        "essBasis": ["status", "conditions", "social-enterprise", "none"],
        "source": ResourceSource.allCases.map(\.rawValue),
        "actionKind": Strategy.Action.Kind.allCases.map(\.rawValue),
        "share": SharedResource.allCases.map(\.rawValue),
        "deliberator": Governance.Deliberator.allCases.map(\.rawValue),
        "theme": PriorityTheme.allCases.map(\.rawValue),
        "attachmentKind": Attachment.Kind.allCases.map(\.rawValue),
    ]

    /// The article-1 conditions of a commercial company, then the two proofs, in XML order.
    static let essConditions = [
        "limitedProfit", "democraticGovernance", "profitsMostlyReinvested", "undistributableReserves", "socialUtility",
        "esusApproval", "essRegistration",
    ]

    private static let app = "/application"
    private static let memberPath = "/application/members/member"

    static let member = FillRowKind(
        name: "member",
        fields: [
            FillField("member.id", .text, path: "\(memberPath)/@id", required: true),
            FillField("member.name", .text, path: "\(memberPath)/name", required: true),
            FillField("member.person", .select("person"), path: "\(memberPath)/@person"),
            FillField("member.legalForm", .select("legalForm"), path: "\(memberPath)/legalForm"),
            FillField("member.category", .select("category"), path: "\(memberPath)/category"),
            FillField("member.siren", .text, path: "\(memberPath)/siren", inputMode: "numeric"),
            FillField("member.siret", .text, path: "\(memberPath)/siret", inputMode: "numeric"),
            FillField("member.essBasis", .select("essBasis"), path: "\(memberPath)/ess/@basis"),
        ]
            + essConditions.map { FillField("member.\($0)", .yesNo, path: "\(memberPath)/ess/\($0)") }
            + [
                FillField("member.groupingEss", .number, path: "\(memberPath)/grouping", inputMode: "numeric"),
                FillField("member.groupingNonEss", .number, path: "\(memberPath)/grouping", inputMode: "numeric"),
                FillField("member.commune", .text, path: "\(memberPath)/communeCode"),
                FillField("member.role", .text, path: "\(memberPath)/role"),
                FillField("member.college", .text, path: "\(memberPath)/college"),
            ], limit: 2000)

    static let action = FillRowKind(
        name: "action",
        fields: [
            FillField("action.kind", .select("actionKind"), path: "\(app)/strategy/action/@kind"),
            FillField("action.title", .text, path: "\(app)/strategy/action/title", required: true),
            FillField("action.description", .textarea, path: "\(app)/strategy/action/description"),
            FillField("action.shares", .checkboxes("share"), path: "\(app)/strategy/action/shares"),
            FillField("action.members", .text, path: "\(app)/strategy/action/@members"),
        ])

    static let project = FillRowKind(
        name: "project",
        fields: [
            FillField("project.title", .text, path: "\(app)/projects/project/title", required: true),
            FillField("project.activity", .textarea, path: "\(app)/projects/project/activity"),
            FillField("project.fte", .number, path: "\(app)/projects/project/jobsCreatedFte", inputMode: "decimal"),
            FillField("project.insertion", .number, path: "\(app)/projects/project/insertionJobs", inputMode: "numeric"),
            FillField("project.newStructure", .yesNo, path: "\(app)/projects/project/newStructure"),
        ])

    static let resource = FillRowKind(
        name: "resource",
        fields: [
            FillField("resource.source", .select("source"), path: "\(app)/budget/year/resource/@source"),
            FillField("resource.amount", .number, path: "\(app)/budget/year/resource/@amount", inputMode: "decimal"),
            FillField("resource.funderMember", .memberRef, path: "\(app)/budget/year/resource/@funderMember"),
            FillField("resource.funder", .text, path: "\(app)/budget/year/resource/@funder"),
        ])

    static let year = FillRowKind(
        name: "year",
        fields: [
            FillField("year.calendarYear", .number, path: "\(app)/budget/year/@calendarYear", inputMode: "numeric"),
            FillField("year.costs", .number, path: "\(app)/budget/year/eligibleCosts", inputMode: "decimal"),
        ], children: [resource], editable: false)

    static let body = FillRowKind(
        name: "body",
        fields: [
            FillField("body.name", .text, path: "\(app)/governance/body/@name", required: true),
            FillField("body.colleges", .textarea, path: "\(app)/governance/body/college"),
        ], limit: 20)

    static let attachment = FillRowKind(
        name: "attachment",
        fields: [
            FillField("attachment.kind", .select("attachmentKind"), path: "\(app)/attachments/attachment/@kind"),
            FillField("attachment.title", .text, path: "\(app)/attachments/attachment/@title", required: true),
            FillField("attachment.file", .text, path: "\(app)/attachments/attachment/@file"),
            FillField("attachment.from", .memberRef, path: "\(app)/attachments/attachment/@from"),
        ], limit: 100)

    /// Every section, in the order of the XML.
    static let sections: [FillSection] = [
        FillSection(
            id: "identity",
            fields: [
                FillField("call", .select("call"), path: "\(app)/@call"),
                FillField("name", .text, path: "\(app)/identity/name", required: true),
                FillField("submittedAt", .text, path: "\(app)/identity/submittedAt"),
                FillField("stage", .select("stage"), path: "\(app)/identity/stage"),
                FillField("summary", .textarea, path: "\(app)/identity/summary"),
                FillField("requestedAmount", .number, path: "\(app)/identity/requestedAmount", inputMode: "decimal"),
                FillField("publicRole", .select("publicRole"), path: "\(app)/identity/publicRole"),
            ], rows: []),
        FillSection(
            id: "carrier",
            fields: [
                FillField("carrier.name", .text, path: "\(app)/carrier/name"),
                FillField("carrier.legalForm", .select("legalForm"), path: "\(app)/carrier/legalForm"),
                FillField("carrier.siren", .text, path: "\(app)/carrier/siren", inputMode: "numeric"),
                FillField("carrier.privateLaw", .yesNo, path: "\(app)/carrier/privateLaw"),
                FillField("carrier.created", .number, path: "\(app)/carrier/created", inputMode: "numeric"),
                FillField("carrier.member", .memberRef, path: "\(app)/carrier/@member"),
                FillField("carrier.ownLegalPerson", .yesNo, path: "\(app)/carrier/@ownLegalPerson"),
            ], rows: []),
        FillSection(id: "members", fields: [], rows: [member]),
        FillSection(
            id: "territory",
            fields: [
                FillField("territory.name", .text, path: "\(app)/territory/name"),
                FillField("territory.description", .textarea, path: "\(app)/territory/description"),
                FillField("territory.departements", .text, path: "\(app)/territory/departement"),
                FillField("territory.epcis", .text, path: "\(app)/territory/epci", inputMode: "numeric"),
                FillField("territory.communes", .textarea, path: "\(app)/territory/commune"),
                FillField("territory.qpv", .text, path: "\(app)/territory/qpv"),
                FillField("territory.zus", .text, path: "\(app)/territory/zus"),
                FillField("territory.cucs", .text, path: "\(app)/territory/cucs"),
                FillField("territory.deindustrialised", .yesNo, path: "\(app)/territory/deindustrialised"),
                FillField("territory.ruralRevitalisation", .yesNo, path: "\(app)/territory/ruralRevitalisation"),
                FillField("territory.decliningRural", .yesNo, path: "\(app)/territory/decliningRural"),
                FillField("territory.themes", .checkboxes("theme"), path: "\(app)/territory/priorityTheme"),
                FillField("territory.population", .number, path: "\(app)/territory/population", inputMode: "numeric"),
            ], rows: []),
        FillSection(
            id: "strategy", fields: [FillField("strategy.summary", .textarea, path: "\(app)/strategy/summary")],
            rows: [action]),
        FillSection(
            id: "innovation",
            fields: [
                FillField("innovation.social", .yesNo, path: "\(app)/innovation/@social"),
                FillField("innovation.technological", .yesNo, path: "\(app)/innovation/@technological"),
                FillField("innovation.description", .textarea, path: "\(app)/innovation/description"),
            ], rows: []),
        FillSection(id: "projects", fields: [], rows: [project]),
        FillSection(id: "budget", fields: [], rows: [year]),
        FillSection(
            id: "governance",
            fields: [FillField("governance.deliberates", .checkboxes("deliberator"), path: "\(app)/governance/deliberates")],
            rows: [body]),
        FillSection(
            id: "previous",
            fields: [
                FillField("previous.received", .yesNo, path: "\(app)/previousStateSupport/@received"),
                FillField("previous.call", .text, path: "\(app)/previousStateSupport/@call", inputMode: "numeric"),
                FillField("previous.amount", .number, path: "\(app)/previousStateSupport/@amount", inputMode: "decimal"),
            ], rows: []),
        FillSection(id: "attachments", fields: [], rows: [attachment]),
    ]

    /// Every row kind by name, nested ones included.
    static let rowKinds: [String: FillRowKind] = {
        var all: [String: FillRowKind] = [:]
        func add(_ kind: FillRowKind) {
            all[kind.name] = kind
            kind.children.forEach(add)
        }
        sections.flatMap(\.rows).forEach(add)
        return all
    }()
}
