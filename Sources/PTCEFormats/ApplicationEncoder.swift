public import Foundation
public import PTCEModel

/// Writes an ``Application`` as an application XML document (`Schemas/application.xsd`,
/// format version 2), the inverse of ``ApplicationDecoder``.
///
/// Decoding the output gives back the same application. What the model does not hold is not
/// written: comments, the contact person, a grouping's list of companies (its counts are
/// written), the original spelling of numbers (`150000.00` is written `150000`).
public enum ApplicationEncoder {
    /// The document for `application`, in UTF-8.
    public static func encode(_ application: Application) -> [UInt8] {
        Array(encodeText(application).utf8)
    }

    /// The document for `application`, as text.
    public static func encodeText(_ application: Application) -> String {
        var xml = XMLWriter()
        xml.open(
            "application",
            attributes: [
                ("xmlns", ApplicationDecoder.namespace), ("formatVersion", "2"), ("call", application.call),
            ])
        identity(application.identity, into: &xml)
        if let carrier = application.carrier { self.carrier(carrier, into: &xml) }
        if let members = application.members {
            xml.open("members", attributes: [], empty: members.isEmpty)
            for member in members { self.member(member, into: &xml) }
            if !members.isEmpty { xml.close("members") }
        }
        if let territory = application.territory { self.territory(territory, into: &xml) }
        if let strategy = application.strategy { self.strategy(strategy, into: &xml) }
        if let innovation = application.innovation { self.innovation(innovation, into: &xml) }
        if let projects = application.projects { self.projects(projects, into: &xml) }
        if let budget = application.budget { self.budget(budget, into: &xml) }
        if let governance = application.governance { self.governance(governance, into: &xml) }
        if let support = application.previousSupport {
            xml.open(
                "previousStateSupport",
                attributes: [("received", text(support.received))] + optional("call", support.call)
                    + optional("amount", support.amount.map(text)), empty: true)
        }
        if !application.attachments.isEmpty {
            xml.open("attachments", attributes: [])
            for attachment in application.attachments {
                xml.open(
                    "attachment",
                    attributes: [("kind", attachment.kind.rawValue), ("title", attachment.title)]
                        + optional("file", attachment.file) + optional("from", attachment.fromMemberID), empty: true)
            }
            xml.close("attachments")
        }
        xml.close("application")
        return xml.text
    }

    // MARK: Values

    /// A decimal as XSD writes it: plain digits, a point, no exponent.
    public static func text(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }

    public static func text(_ value: Bool) -> String { value ? "true" : "false" }

    private static func optional(_ name: String, _ value: String?) -> [(String, String)] {
        value.map { [(name, $0)] } ?? []
    }

    // MARK: Sections

    private static func identity(_ identity: Identity, into xml: inout XMLWriter) {
        xml.open("identity", attributes: [])
        xml.element("name", [:], text: identity.name)
        xml.optional("submittedAt", identity.submittedAt?.text)
        xml.optional("stage", identity.stage?.rawValue)
        xml.optional("summary", identity.summary)
        xml.optional("requestedAmount", identity.requestedAmount.map(text))
        xml.optional("publicRole", identity.publicRole?.rawValue)
        xml.close("identity")
    }

    private static func carrier(_ carrier: Carrier, into xml: inout XMLWriter) {
        xml.open(
            "carrier",
            attributes: optional("member", carrier.memberID) + optional("ownLegalPerson", carrier.ownLegalPerson.map(text)))
        xml.element("name", [:], text: carrier.name)
        xml.optional("legalForm", carrier.legalForm?.rawValue)
        xml.optional("siren", carrier.siren)
        xml.optional("privateLaw", carrier.privateLaw.map(text))
        xml.optional("created", carrier.created.map(String.init))
        xml.close("carrier")
    }

    private static func member(_ member: Member, into xml: inout XMLWriter) {
        xml.open("member", attributes: [("id", member.id), ("person", member.isLegalPerson ? "legal" : "natural")])
        xml.element("name", [:], text: member.name)
        xml.optional("legalForm", member.legalForm?.rawValue)
        xml.optional("siren", member.siren)
        xml.optional("siret", member.siret)
        xml.optional("category", member.category?.rawValue)
        if let ess = member.ess {
            let conditions: [(String, Bool?)] = [
                ("limitedProfit", ess.limitedProfit), ("democraticGovernance", ess.democraticGovernance),
                ("profitsMostlyReinvested", ess.profitsMostlyReinvested),
                ("undistributableReserves", ess.undistributableReserves), ("socialUtility", ess.socialUtility),
                ("esusApproval", ess.esusApproval), ("essRegistration", ess.essRegistration),
            ]
            let stated = conditions.filter { $0.1 != nil }
            xml.open("ess", attributes: [("basis", ess.basis.rawValue)], empty: stated.isEmpty)
            for (name, value) in stated { xml.optional(name, value.map(text)) }
            if !stated.isEmpty { xml.close("ess") }
        }
        if let grouping = member.grouping {
            xml.open(
                "grouping",
                attributes: [("essMembers", String(grouping.essMembers)), ("nonEssMembers", String(grouping.nonEssMembers))],
                empty: true)
        }
        xml.optional("communeCode", member.communeCode)
        xml.optional("role", member.role)
        xml.optional("college", member.college)
        xml.close("member")
    }

    private static func territory(_ territory: Territory, into xml: inout XMLWriter) {
        xml.open("territory", attributes: [])
        xml.element("name", [:], text: territory.name)
        xml.optional("description", territory.description)
        for (name, codes) in [
            ("departement", territory.departements), ("epci", territory.epcis), ("commune", territory.communes),
            ("qpv", territory.qpvCodes), ("zus", territory.zusCodes), ("cucs", territory.cucsCodes),
        ] {
            for code in codes { xml.element(name, [:], text: code) }
        }
        xml.optional("deindustrialised", territory.deindustrialised.map(text))
        xml.optional("ruralRevitalisation", territory.ruralRevitalisation.map(text))
        xml.optional("decliningRural", territory.decliningRural.map(text))
        for theme in territory.priorityThemes { xml.element("priorityTheme", [:], text: theme.rawValue) }
        xml.optional("population", territory.population.map(String.init))
        xml.close("territory")
    }

    private static func strategy(_ strategy: Strategy, into xml: inout XMLWriter) {
        xml.open("strategy", attributes: [], empty: strategy.summary == nil && strategy.actions.isEmpty)
        guard strategy.summary != nil || !strategy.actions.isEmpty else { return }
        xml.optional("summary", strategy.summary)
        for action in strategy.actions {
            let members = action.memberIDs.isEmpty ? [] : [("members", action.memberIDs.joined(separator: " "))]
            xml.open("action", attributes: [("kind", action.kind.rawValue)] + members)
            xml.element("title", [:], text: action.title)
            xml.optional("description", action.description)
            for share in action.shares { xml.element("shares", [:], text: share.rawValue) }
            xml.close("action")
        }
        xml.close("strategy")
    }

    private static func innovation(_ innovation: Innovation, into xml: inout XMLWriter) {
        let attributes =
            optional("social", innovation.social.map(text))
            + optional("technological", innovation.technological.map(text))
        xml.open("innovation", attributes: attributes, empty: innovation.description == nil)
        if let description = innovation.description {
            xml.element("description", [:], text: description)
            xml.close("innovation")
        }
    }

    private static func projects(_ projects: [Project], into xml: inout XMLWriter) {
        xml.open("projects", attributes: [], empty: projects.isEmpty)
        guard !projects.isEmpty else { return }
        for project in projects {
            xml.open("project", attributes: [])
            xml.element("title", [:], text: project.title)
            xml.optional("activity", project.activity)
            xml.optional("jobsCreatedFte", project.jobsCreatedFte.map(text))
            xml.optional("insertionJobs", project.insertionJobs.map(String.init))
            xml.optional("newStructure", project.newStructure.map(text))
            xml.close("project")
        }
        xml.close("projects")
    }

    private static func budget(_ budget: Budget, into xml: inout XMLWriter) {
        xml.open("budget", attributes: [("currency", "EUR")], empty: budget.years.isEmpty)
        guard !budget.years.isEmpty else { return }
        for year in budget.years {
            xml.open(
                "year", attributes: [("index", String(year.index))] + optional("calendarYear", year.calendarYear.map(String.init))
            )
            xml.element("eligibleCosts", [:], text: text(year.eligibleCosts))
            for resource in year.resources {
                xml.open(
                    "resource",
                    attributes: [("source", resource.source.rawValue)] + optional("funder", resource.funder)
                        + optional("funderMember", resource.funderMember) + [("amount", text(resource.amount))],
                    empty: true)
            }
            xml.close("year")
        }
        xml.close("budget")
    }

    private static func governance(_ governance: Governance, into xml: inout XMLWriter) {
        xml.open("governance", attributes: [], empty: governance.bodies.isEmpty && governance.deliberators == nil)
        guard !governance.bodies.isEmpty || governance.deliberators != nil else { return }
        for body in governance.bodies {
            xml.open("body", attributes: [("name", body.name)], empty: body.colleges.isEmpty)
            guard !body.colleges.isEmpty else { continue }
            for college in body.colleges {
                xml.open("college", attributes: [("name", college.name), ("seats", String(college.seats))], empty: true)
            }
            xml.close("body")
        }
        if let deliberators = governance.deliberators {
            xml.element("deliberates", [:], text: deliberators.map(\.rawValue).joined(separator: " "))
        }
        xml.close("governance")
    }
}

extension XMLWriter {
    /// `<name>value</name>` when there is a value, nothing otherwise.
    mutating func optional(_ name: String, _ value: String?) {
        if let value { element(name, [:], text: value) }
    }
}
