import Foundation
import PTCEEngine
import PTCEModel
import PTCEFormats

/// Turns a ``FillDraft`` into an ``Application``, with an error for each value that cannot be
/// used, tied to its field's element id. A value in error is left out of the application,
/// so the verdict can still be computed from the rest.
struct FillReader {
    private(set) var errors: [String: FillError] = [:]
    private var memberIDs: Set<String> = []
    private var memberNames: [String: String] = [:]

    /// The element id of a field: `f-name`, `f-carrier-siren`; in a row `f-member-k3-siren`.
    static func fieldID(_ name: String, row: FillDraft.Row? = nil) -> String {
        guard let row else { return "f-" + name.replacingOccurrences(of: ".", with: "-") }
        let parts = name.split(separator: ".", maxSplits: 1)
        return "f-\(parts[0])-\(row.key)-\(parts.count > 1 ? parts[1] : "")"
    }

    /// Reads `draft`.
    static func read(_ draft: FillDraft) -> (application: Application, errors: [String: FillError]) {
        var reader = FillReader()
        let application = reader.application(draft)
        return (application, reader.errors)
    }

    private mutating func fail(_ name: String, _ row: FillDraft.Row?, _ error: FillError) {
        let id = Self.fieldID(name, row: row)
        if errors[id] == nil { errors[id] = error }
    }

    // MARK: Scalars

    private func text(_ values: [String: [String]], _ name: String) -> String? {
        let value = (values[name]?.first ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    private mutating func required(_ values: [String: [String]], _ name: String, _ row: FillDraft.Row?) -> String {
        guard let value = text(values, name) else {
            fail(name, row, FillValue.required)
            return ""
        }
        return value
    }

    private mutating func amount(_ values: [String: [String]], _ name: String, _ row: FillDraft.Row? = nil) -> Decimal? {
        guard let raw = text(values, name) else { return nil }
        switch FillValue.amount(raw) {
        case .success(let value): return value
        case .failure(let error):
            fail(name, row, error)
            return nil
        }
    }

    private mutating func integer(
        _ values: [String: [String]], _ name: String, _ row: FillDraft.Row? = nil,
        in range: ClosedRange<Int> = 0...999_999_999_999
    ) -> Int? {
        guard let raw = text(values, name) else { return nil }
        switch FillValue.integer(raw, in: range) {
        case .success(let value): return value
        case .failure(let error):
            fail(name, row, error)
            return nil
        }
    }

    private mutating func choice<T: RawRepresentable>(_ values: [String: [String]], _ name: String, _ row: FillDraft.Row? = nil)
        -> T? where T.RawValue == String
    {
        guard let raw = text(values, name) else { return nil }
        guard let value = T(rawValue: raw) else {
            fail(name, row, FillError(code: "fill.choice", message: Localized(fr: "choix inconnu", en: "unknown choice")))
            return nil
        }
        return value
    }

    private mutating func siren(_ values: [String: [String]], _ name: String, _ row: FillDraft.Row? = nil) -> String? {
        guard let raw = text(values, name) else { return nil }
        switch FillValue.siren(raw) {
        case .success(let value): return value
        case .failure(let error):
            fail(name, row, error)
            return nil
        }
    }

    /// The codes of a list field that pass `isValid`; the others are an error on the field.
    private mutating func codes(_ name: String, in draft: FillDraft, isValid: (String) -> Bool, example: String) -> [String] {
        let all = FillValue.codes(draft.value(name))
        let wrong = all.filter { !isValid($0) }
        if !wrong.isEmpty {
            fail(
                name, nil,
                FillError(
                    code: "fill.code",
                    message: Localized(
                        fr: "code invalide : \(wrong.joined(separator: ", ")) (exemple valide : \(example))",
                        en: "invalid code: \(wrong.joined(separator: ", ")) (valid example: \(example))")))
        }
        return all.filter(isValid)
    }

    private mutating func memberReference(_ values: [String: [String]], _ name: String, _ row: FillDraft.Row?) -> String? {
        guard let id = text(values, name) else { return nil }
        guard memberIDs.contains(id) else {
            fail(
                name, row,
                FillError(
                    code: "fill.unknown-member",
                    message: Localized(fr: "aucun membre n’a l’identifiant « \(id) »", en: "no member has the id “\(id)”")))
            return nil
        }
        return id
    }

    private func present(_ draft: FillDraft, prefix: String) -> Bool {
        draft.values.contains {
            $0.key.hasPrefix(prefix) && $0.value.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }

    // MARK: Sections

    private mutating func application(_ draft: FillDraft) -> Application {
        let v = draft.values
        var call = text(v, "call") ?? "2015"
        if call.count != 4 || !call.allSatisfy(\.isNumber) {
            fail("call", nil, FillError(code: "fill.choice", message: Localized(fr: "choix inconnu", en: "unknown choice")))
            call = "2015"
        }
        var identity = Identity(name: required(v, "name", nil))
        if let raw = text(v, "submittedAt") {
            identity.submittedAt = Timestamp(raw)
            if identity.submittedAt == nil {
                fail(
                    "submittedAt", nil,
                    FillError(
                        code: "fill.date",
                        message: Localized(
                            fr: "date, heure et fuseau, par ex. 2015-06-26T16:42:00+02:00",
                            en: "date, time and zone, e.g. 2015-06-26T16:42:00+02:00")))
            }
        }
        identity.stage = choice(v, "stage")
        identity.summary = text(v, "summary")
        identity.requestedAmount = amount(v, "requestedAmount")
        identity.publicRole = choice(v, "publicRole")

        let memberRows = draft.rows("member")
        for row in memberRows {
            if let id = text(row.values, "member.id") {
                memberIDs.insert(id)
                if memberNames[id] == nil { memberNames[id] = text(row.values, "member.name") }
            }
        }
        var application = Application(call: call, identity: identity)
        if present(draft, prefix: "carrier.") { application.carrier = carrier(v) }
        if !memberRows.isEmpty { application.members = members(memberRows) }
        if present(draft, prefix: "territory.") { application.territory = territory(draft) }
        if present(draft, prefix: "strategy.") || !draft.rows("action").isEmpty {
            application.strategy = Strategy(
                summary: text(v, "strategy.summary"), actions: draft.rows("action").map { action($0) })
        }
        if present(draft, prefix: "innovation.") {
            application.innovation = Innovation(
                social: FillValue.yesNo(draft.value("innovation.social")),
                technological: FillValue.yesNo(draft.value("innovation.technological")),
                description: text(v, "innovation.description"))
        }
        let projectRows = draft.rows("project")
        if !projectRows.isEmpty { application.projects = projectRows.map { project($0) } }
        application.budget = budget(draft.rows("year"), requested: identity.requestedAmount)
        let deliberators = (v["governance.deliberates"] ?? []).compactMap(Governance.Deliberator.init(rawValue:))
        if !deliberators.isEmpty || !draft.rows("body").isEmpty {
            application.governance = Governance(
                bodies: draft.rows("body").map { body($0) }, deliberators: deliberators.isEmpty ? nil : deliberators)
        }
        if present(draft, prefix: "previous.") {
            let received = FillValue.yesNo(draft.value("previous.received"))
            if received == nil { fail("previous.received", nil, FillValue.required) }
            let previousCall = text(v, "previous.call")
            if let previousCall, previousCall.count != 4 || !previousCall.allSatisfy(\.isNumber) {
                fail(
                    "previous.call", nil,
                    FillError(code: "fill.year", message: Localized(fr: "une année : 2013", en: "a year: 2013")))
            }
            application.previousSupport = PreviousSupport(
                received: received ?? false, call: previousCall.flatMap { $0.count == 4 && $0.allSatisfy(\.isNumber) ? $0 : nil },
                amount: amount(v, "previous.amount"))
        }
        application.attachments = draft.rows("attachment").map { attachment($0) }
        return application
    }

    private mutating func carrier(_ v: [String: [String]]) -> Carrier {
        var carrier = Carrier(name: required(v, "carrier.name", nil))
        carrier.legalForm = choice(v, "carrier.legalForm")
        carrier.siren = siren(v, "carrier.siren")
        carrier.privateLaw = FillValue.yesNo(v["carrier.privateLaw"]?.first ?? "")
        carrier.created = integer(v, "carrier.created", in: 1800...2100)
        carrier.memberID = memberReference(v, "carrier.member", nil)
        carrier.ownLegalPerson = FillValue.yesNo(v["carrier.ownLegalPerson"]?.first ?? "")
        return carrier
    }

    private mutating func members(_ rows: [FillDraft.Row]) -> [Member] {
        var seen: Set<String> = []
        return rows.map { row in
            let v = row.values
            var id = required(v, "member.id", row)
            if !id.isEmpty, !FillValue.isMemberID(id) {
                fail(
                    "member.id", row,
                    FillError(
                        code: "fill.member-id",
                        message: Localized(
                            fr: "une lettre puis des lettres, chiffres, « - » ou « _ » (ex. m1)",
                            en: "a letter, then letters, digits, “-” or “_” (e.g. m1)")))
                id = ""
            } else if seen.contains(id) {
                fail(
                    "member.id", row,
                    FillError(
                        code: "fill.duplicate-member-id",
                        message: Localized(
                            fr: "identifiant déjà pris par un autre membre", en: "id already used by another member")))
            }
            seen.insert(id)
            var member = Member(
                id: id, name: required(v, "member.name", row), isLegalPerson: text(v, "member.person") != "natural")
            member.legalForm = choice(v, "member.legalForm", row)
            member.category = choice(v, "member.category", row)
            member.siren = siren(v, "member.siren", row)
            if !member.isLegalPerson, member.siren != nil {
                fail(
                    "member.siren", row,
                    FillError(
                        code: "fill.natural-person-siren",
                        message: Localized(fr: "une personne physique n’a pas de SIREN", en: "a natural person has no SIREN")))
                member.siren = nil
            }
            if let raw = text(v, "member.siret") {
                switch FillValue.siret(raw, siren: member.siren) {
                case .success(let value): member.siret = value
                case .failure(let error): fail("member.siret", row, error)
                }
            }
            member.ess = ess(row)
            member.grouping = grouping(row, category: member.category)
            if let commune = text(v, "member.commune") {
                if FillValue.isCommune(commune.uppercased()) {
                    member.communeCode = commune.uppercased()
                } else {
                    fail("member.commune", row, communeError)
                }
            }
            member.role = text(v, "member.role")
            member.college = text(v, "member.college")
            return member
        }
    }

    private let communeError = FillError(
        code: "fill.code",
        message: Localized(
            fr: "code INSEE de commune à 5 caractères (ex. 42187)", en: "5-character INSEE commune code (e.g. 42187)"))

    private mutating func ess(_ row: FillDraft.Row) -> EssQualification? {
        let answers = FillForm.essConditions.map { FillValue.yesNo(row.value("member.\($0)")) }
        guard let basis: EssQualification.Basis = choice(row.values, "member.essBasis", row) else {
            if answers.contains(where: { $0 != nil }) { fail("member.essBasis", row, FillValue.required) }
            return nil
        }
        return EssQualification(
            basis: basis, limitedProfit: answers[0], democraticGovernance: answers[1], profitsMostlyReinvested: answers[2],
            undistributableReserves: answers[3], socialUtility: answers[4], esusApproval: answers[5], essRegistration: answers[6])
    }

    private mutating func grouping(_ row: FillDraft.Row, category: MemberCategory?) -> GroupingCounts? {
        let ess = integer(row.values, "member.groupingEss", row, in: 0...999_999)
        let nonEss = integer(row.values, "member.groupingNonEss", row, in: 0...999_999)
        let stated = text(row.values, "member.groupingEss") != nil || text(row.values, "member.groupingNonEss") != nil
        guard stated else { return nil }
        if category != .groupingOfEnterprises {
            fail(
                "member.groupingEss", row,
                FillError(
                    code: "fill.grouping-category",
                    message: Localized(
                        fr: "seulement pour la catégorie « groupement d’entreprises »",
                        en: "only for the category “grouping of enterprises”")))
            return nil
        }
        guard let ess, let nonEss else {
            fail(
                text(row.values, "member.groupingEss") == nil ? "member.groupingEss" : "member.groupingNonEss", row,
                FillValue.required)
            return nil
        }
        return GroupingCounts(essMembers: ess, nonEssMembers: nonEss)
    }

    private mutating func territory(_ draft: FillDraft) -> Territory {
        var territory = Territory(name: required(draft.values, "territory.name", nil))
        territory.description = text(draft.values, "territory.description")
        territory.departements = codes("territory.departements", in: draft, isValid: FillValue.isDepartement, example: "42")
        territory.communes = codes("territory.communes", in: draft, isValid: FillValue.isCommune, example: "42187")
        territory.epcis = codes("territory.epcis", in: draft, isValid: Identifiers.isValidSiren, example: "244200770")
        territory.qpvCodes = codes("territory.qpv", in: draft, isValid: FillValue.isQPV, example: "QP042001")
        territory.zusCodes = codes("territory.zus", in: draft, isValid: FillValue.isAreaCode, example: "4201010")
        territory.cucsCodes = codes("territory.cucs", in: draft, isValid: FillValue.isAreaCode, example: "4201010")
        territory.deindustrialised = FillValue.yesNo(draft.value("territory.deindustrialised"))
        territory.ruralRevitalisation = FillValue.yesNo(draft.value("territory.ruralRevitalisation"))
        territory.decliningRural = FillValue.yesNo(draft.value("territory.decliningRural"))
        territory.priorityThemes = (draft.values["territory.themes"] ?? []).compactMap(PriorityTheme.init(rawValue:))
        territory.population = integer(draft.values, "territory.population")
        return territory
    }

    private mutating func action(_ row: FillDraft.Row) -> Strategy.Action {
        let ids = referenced(row)
        return Strategy.Action(
            kind: choice(row.values, "action.kind", row) ?? .pooling, title: required(row.values, "action.title", row),
            description: text(row.values, "action.description"),
            shares: (row.values["action.shares"] ?? []).compactMap(SharedResource.init(rawValue:)), memberIDs: ids)
    }

    /// The member ids an action names (as typed: ids are case-sensitive).
    private mutating func referenced(_ row: FillDraft.Row) -> [String] {
        let ids = row.value("action.members").split { $0.isWhitespace || $0 == "," || $0 == ";" }.map(String.init)
        let unknown = ids.filter { !memberIDs.contains($0) }
        if !unknown.isEmpty {
            fail(
                "action.members", row,
                FillError(
                    code: "fill.unknown-member",
                    message: Localized(
                        fr: "aucun membre n’a l’identifiant « \(unknown.joined(separator: ", ")) »",
                        en: "no member has the id “\(unknown.joined(separator: ", "))”")))
        }
        return ids.filter { memberIDs.contains($0) }
    }

    private mutating func project(_ row: FillDraft.Row) -> Project {
        Project(
            title: required(row.values, "project.title", row), activity: text(row.values, "project.activity"),
            jobsCreatedFte: amount(row.values, "project.fte", row).flatMap { $0 <= 100_000 ? $0 : nil },
            insertionJobs: integer(row.values, "project.insertion", row),
            newStructure: FillValue.yesNo(row.value("project.newStructure")))
    }

    private mutating func budget(_ rows: [FillDraft.Row], requested: Decimal?) -> Budget? {
        var years: [BudgetYear] = []
        for (offset, row) in rows.enumerated() {
            let resources = (row.children["resource"] ?? []).compactMap { resource($0) }
            let lines = row.children["resource"] ?? []
            let costs = amount(row.values, "year.costs", row)
            guard costs != nil || !lines.isEmpty || text(row.values, "year.costs") != nil else { continue }
            guard let costs else {
                if text(row.values, "year.costs") == nil { fail("year.costs", row, FillValue.required) }
                continue
            }
            let total = resources.reduce(Decimal(0)) { $0 + $1.amount }
            if total != costs {
                fail(
                    "year.costs", row,
                    FillError(
                        code: "fill.budget-unbalanced",
                        message: Localized(
                            fr:
                                "budget déséquilibré : ressources \(Format.euros(total, language: .fr)), coûts éligibles \(Format.euros(costs, language: .fr)) — un budget prévisionnel doit être à l’équilibre",
                            en:
                                "the budget does not balance: resources \(Format.euros(total, language: .en)), eligible costs \(Format.euros(costs, language: .en)) — a budget plan must balance"
                        )))
            }
            years.append(
                BudgetYear(
                    index: offset + 1, calendarYear: integer(row.values, "year.calendarYear", row, in: 2000...2100),
                    eligibleCosts: costs, resources: resources))
        }
        guard !years.isEmpty else { return nil }
        let budget = Budget(years: years)
        let lines = budget.years.reduce(Decimal(0)) { $0 + $1.total(of: [.callRequest]) }
        if let requested, lines > 0, lines != requested {
            fail(
                "requestedAmount", nil,
                FillError(
                    code: "fill.request-mismatch",
                    message: Localized(
                        fr:
                            "les lignes « cet appel (demande) » du budget totalisent \(Format.euros(lines, language: .fr)) : mettez le montant demandé en accord",
                        en:
                            "the budget's “this call (request)” lines total \(Format.euros(lines, language: .en)): make the amount requested agree"
                    )))
        }
        return budget
    }

    private mutating func resource(_ row: FillDraft.Row) -> Resource? {
        let source: ResourceSource? = choice(row.values, "resource.source", row)
        let amount = amount(row.values, "resource.amount", row)
        if source == nil { fail("resource.source", row, FillValue.required) }
        if amount == nil, text(row.values, "resource.amount") == nil { fail("resource.amount", row, FillValue.required) }
        let funderMember = memberReference(row.values, "resource.funderMember", row)
        let funder = text(row.values, "resource.funder") ?? funderMember.flatMap { memberNames[$0] }
        if source == .localAuthority, funder == nil, funderMember == nil {
            fail(
                "resource.funderMember", row,
                FillError(
                    code: "fill.local-authority-funder",
                    message: Localized(
                        fr: "dites quelle collectivité : choisissez le membre, ou écrivez son nom",
                        en: "say which authority: choose the member, or write its name")))
        }
        guard let source, let amount else { return nil }
        return Resource(source: source, funder: funder, funderMember: funderMember, amount: amount)
    }

    private mutating func body(_ row: FillDraft.Row) -> Governance.Body {
        var colleges: [Governance.College] = []
        for line in row.value("body.colleges").split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            guard let separator = text.lastIndex(where: { $0 == "=" || $0 == ":" }),
                let seats = Int(text[text.index(after: separator)...].trimmingCharacters(in: .whitespaces)), seats >= 0,
                !text[..<separator].trimmingCharacters(in: .whitespaces).isEmpty
            else {
                fail(
                    "body.colleges", row,
                    FillError(
                        code: "fill.college",
                        message: Localized(
                            fr: "une ligne par collège : « nom = sièges » (ex. Salariés = 4)",
                            en: "one line per college: “name = seats” (e.g. Employees = 4)")))
                continue
            }
            colleges.append(
                Governance.College(name: text[..<separator].trimmingCharacters(in: .whitespaces), seats: seats))
        }
        return Governance.Body(name: required(row.values, "body.name", row), colleges: colleges)
    }

    private mutating func attachment(_ row: FillDraft.Row) -> Attachment {
        Attachment(
            kind: choice(row.values, "attachment.kind", row) ?? .other, title: required(row.values, "attachment.title", row),
            file: text(row.values, "attachment.file"), fromMemberID: memberReference(row.values, "attachment.from", row))
    }
}
