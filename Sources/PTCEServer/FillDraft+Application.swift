import Foundation
import PTCEModel
import PTCEFormats

extension FillDraft {
    /// The form filled with `application` (an XML file loaded into the form). Reading the
    /// draft back with ``FillReader`` gives the same application.
    init(application: Application) {
        self.init()
        rows = [:]
        func set(_ name: String, _ value: String?) {
            if let value { values[name] = [value] }
        }
        let yesNo = { (value: Bool?) in value.map { $0 ? "yes" : "no" } }
        let amount = { (value: Decimal?) in value.map(ApplicationEncoder.text) }
        set("call", application.call)
        let identity = application.identity
        set("name", identity.name)
        set("submittedAt", identity.submittedAt?.text)
        set("stage", identity.stage?.rawValue)
        set("summary", identity.summary)
        set("requestedAmount", amount(identity.requestedAmount))
        set("publicRole", identity.publicRole?.rawValue)
        if let carrier = application.carrier {
            set("carrier.name", carrier.name)
            set("carrier.legalForm", carrier.legalForm?.rawValue)
            set("carrier.siren", carrier.siren)
            set("carrier.privateLaw", yesNo(carrier.privateLaw))
            set("carrier.created", carrier.created.map(String.init))
            set("carrier.member", carrier.memberID)
            set("carrier.ownLegalPerson", yesNo(carrier.ownLegalPerson))
        }
        rows["member"] = (application.members ?? []).enumerated().map { index, member in
            var row = Row(key: "m\(index + 1)")
            func put(_ name: String, _ value: String?) {
                if let value { row.values["member.\(name)"] = [value] }
            }
            put("id", member.id)
            put("name", member.name)
            put("person", member.isLegalPerson ? "legal" : "natural")
            put("legalForm", member.legalForm?.rawValue)
            put("category", member.category?.rawValue)
            put("siren", member.siren)
            put("siret", member.siret)
            if let ess = member.ess {
                put("essBasis", ess.basis.rawValue)
                let answers = [
                    ess.limitedProfit, ess.democraticGovernance, ess.profitsMostlyReinvested, ess.undistributableReserves,
                    ess.socialUtility, ess.esusApproval, ess.essRegistration,
                ]
                for (name, answer) in zip(FillForm.essConditions, answers) { put(name, yesNo(answer)) }
            }
            put("groupingEss", member.grouping.map { String($0.essMembers) })
            put("groupingNonEss", member.grouping.map { String($0.nonEssMembers) })
            put("commune", member.communeCode)
            put("role", member.role)
            put("college", member.college)
            return row
        }
        if let territory = application.territory {
            set("territory.name", territory.name)
            set("territory.description", territory.description)
            let lists: [(String, [String])] = [
                ("departements", territory.departements), ("epcis", territory.epcis), ("communes", territory.communes),
                ("qpv", territory.qpvCodes), ("zus", territory.zusCodes), ("cucs", territory.cucsCodes),
            ]
            for (name, codes) in lists where !codes.isEmpty { set("territory.\(name)", codes.joined(separator: " ")) }
            set("territory.deindustrialised", yesNo(territory.deindustrialised))
            set("territory.ruralRevitalisation", yesNo(territory.ruralRevitalisation))
            set("territory.decliningRural", yesNo(territory.decliningRural))
            if !territory.priorityThemes.isEmpty { values["territory.themes"] = territory.priorityThemes.map(\.rawValue) }
            set("territory.population", territory.population.map(String.init))
        }
        if let strategy = application.strategy {
            set("strategy.summary", strategy.summary)
            rows["action"] = strategy.actions.enumerated().map { index, action in
                var row = Row(key: "a\(index + 1)")
                row.values["action.kind"] = [action.kind.rawValue]
                row.values["action.title"] = [action.title]
                if let description = action.description { row.values["action.description"] = [description] }
                row.values["action.shares"] = action.shares.map(\.rawValue)
                row.values["action.members"] = [action.memberIDs.joined(separator: " ")]
                return row
            }
        }
        if let innovation = application.innovation {
            set("innovation.social", yesNo(innovation.social))
            set("innovation.technological", yesNo(innovation.technological))
            set("innovation.description", innovation.description)
        }
        rows["project"] = (application.projects ?? []).enumerated().map { index, project in
            var row = Row(key: "p\(index + 1)")
            row.values["project.title"] = [project.title]
            if let activity = project.activity { row.values["project.activity"] = [activity] }
            if let fte = project.jobsCreatedFte { row.values["project.fte"] = [ApplicationEncoder.text(fte)] }
            if let jobs = project.insertionJobs { row.values["project.insertion"] = [String(jobs)] }
            if let new = yesNo(project.newStructure) { row.values["project.newStructure"] = [new] }
            return row
        }
        rows["year"] = (1...3).map { index in
            var row = Row(key: String(index))
            guard let year = application.budget?.year(index) else { return row }
            row.values["year.costs"] = [ApplicationEncoder.text(year.eligibleCosts)]
            if let calendar = year.calendarYear { row.values["year.calendarYear"] = [String(calendar)] }
            row.children["resource"] = year.resources.enumerated().map { offset, resource in
                var line = Row(key: "r\(index)_\(offset + 1)")
                line.values["resource.source"] = [resource.source.rawValue]
                line.values["resource.amount"] = [ApplicationEncoder.text(resource.amount)]
                if let member = resource.funderMember { line.values["resource.funderMember"] = [member] }
                // A funder name the decoder copied from the linked member is not repeated.
                let copied = resource.funderMember.flatMap { id in application.members?.first { $0.id == id }?.name }
                if let funder = resource.funder, funder != copied { line.values["resource.funder"] = [funder] }
                return line
            }
            return row
        }
        if let governance = application.governance {
            if let deliberators = governance.deliberators { values["governance.deliberates"] = deliberators.map(\.rawValue) }
            rows["body"] = governance.bodies.enumerated().map { index, body in
                var row = Row(key: "b\(index + 1)")
                row.values["body.name"] = [body.name]
                row.values["body.colleges"] = [body.colleges.map { "\($0.name) = \($0.seats)" }.joined(separator: "\n")]
                return row
            }
        }
        if let support = application.previousSupport {
            set("previous.received", yesNo(support.received))
            set("previous.call", support.call)
            set("previous.amount", amount(support.amount))
        }
        rows["attachment"] = application.attachments.enumerated().map { index, attachment in
            var row = Row(key: "d\(index + 1)")
            row.values["attachment.kind"] = [attachment.kind.rawValue]
            row.values["attachment.title"] = [attachment.title]
            if let file = attachment.file { row.values["attachment.file"] = [file] }
            if let from = attachment.fromMemberID { row.values["attachment.from"] = [from] }
            return row
        }
    }
}
