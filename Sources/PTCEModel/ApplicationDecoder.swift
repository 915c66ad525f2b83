import Foundation
public import XMLSafe


/// Turns a schema-valid `<application>` element into an ``Application``.
///
/// Also checks what the schema cannot: SIREN/SIRET check digits, one budget year per
/// index, resources that match the requested amount, grouping counts on groupings only.
/// Every problem names the element and its line; all are reported, not just the first.
public final class ApplicationDecoder {
    /// The namespace of the application format, version 1.
    public static let namespace = "urn:x-ptce:application:1"

    private let file: String
    private var problems: [Problem] = []

    private init(file: String) { self.file = file }

    /// Decodes `root`, read from `file`. Throws every problem found.
    public static func decode(_ root: XMLElement, file: String) throws(ProblemList) -> Application {
        let decoder = ApplicationDecoder(file: file)
        let application = decoder.application(root)
        guard decoder.problems.isEmpty, let application else {
            throw ProblemList(decoder.problems)
        }
        return application
    }

    // MARK: Reporting

    private func problem(_ element: XMLElement, fr: String, en: String) {
        problems.append(
            Problem(
                kind: .value, location: XMLLocation(file: file, line: element.line),
                message: Localized(fr: "<\(element.name)> : \(fr)", en: "<\(element.name)>: \(en)")))
    }

    // MARK: Scalars

    private func decimal(_ text: String?, in element: XMLElement) -> Decimal? {
        guard let text else { return nil }
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), value >= 0 else {
            problem(element, fr: "« \(text) » n’est pas un montant décimal positif", en: "“\(text)” is not a non-negative decimal amount")
            return nil
        }
        return value
    }

    private func bool(_ text: String?, in element: XMLElement) -> Bool? {
        switch text {
        case nil: return nil
        case "true", "1": return true
        case "false", "0": return false
        case let other?:
            problem(element, fr: "« \(other) » n’est ni true ni false", en: "“\(other)” is neither true nor false")
            return nil
        }
    }

    private func integer(_ text: String?, in element: XMLElement) -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), value >= 0 else {
            problem(element, fr: "« \(text) » n’est pas un entier positif", en: "“\(text)” is not a non-negative integer")
            return nil
        }
        return value
    }

    private func enumeration<T: RawRepresentable>(_ text: String?, in element: XMLElement) -> T?
    where T.RawValue == String {
        guard let text else { return nil }
        guard let value = T(rawValue: text) else {
            problem(element, fr: "valeur inconnue « \(text) »", en: "unknown value “\(text)”")
            return nil
        }
        return value
    }

    /// A SIREN, checked; `owner` names whose it is in the message ("member “X”", "the carrier").
    private func siren(_ element: XMLElement?, owner: Localized? = nil) -> String? {
        guard let element else { return nil }
        let text = element.trimmedText
        if !Identifiers.isValidSiren(text) {
            let whose = owner.map { Localized(fr: " (\($0.fr))", en: " (\($0.en))") } ?? .same("")
            problem(
                element,
                fr: "le SIREN « \(text) »\(whose.fr) n’a pas une clé de contrôle valide (algorithme de Luhn) — vérifiez le numéro sur l’avis de situation INSEE",
                en: "SIREN “\(text)”\(whose.en) has an invalid check digit (Luhn algorithm) — check the number on the INSEE record")
        }
        return text
    }

    // MARK: Sections

    private func application(_ root: XMLElement) -> Application? {
        guard root.name == "application", root.namespace == Self.namespace else {
            problem(
                root,
                fr: "l’élément racine doit être <application xmlns=\"\(Self.namespace)\">",
                en: "the root element must be <application xmlns=\"\(Self.namespace)\">")
            return nil
        }
        guard let identityElement = root.child("identity"), let name = identityElement.childText("name") else {
            problem(root, fr: "il manque <identity><name>", en: "<identity><name> is missing")
            return nil
        }
        var identity = Identity(name: name)
        if let element = identityElement.child("submittedAt") {
            identity.submittedAt = Timestamp(element.trimmedText)
            if identity.submittedAt == nil {
                problem(element, fr: "date invalide ou sans fuseau horaire", en: "invalid date or no time zone")
            }
        }
        identity.stage = enumeration(identityElement.childText("stage"), in: identityElement)
        identity.summary = identityElement.childText("summary")
        identity.requestedAmount = decimal(identityElement.childText("requestedAmount"), in: identityElement)

        let members = root.child("members").map { $0.children("member").compactMap { member($0) } }
        checkUniqueIDs(members ?? [], in: root.child("members"))
        let plan = root.child("budget").map { self.budget($0) }
        if let plan, let requested = identity.requestedAmount, let element = root.child("budget") {
            checkRequest(requested, against: plan, in: element)
        }
        return Application(
            call: root.attributes["call"] ?? "",
            identity: identity,
            carrier: root.child("carrier").map { carrier($0) },
            members: members,
            territory: root.child("territory").map { territory($0) },
            strategy: root.child("strategy").map { strategy($0) },
            innovation: root.child("innovation").map { innovation($0) },
            projects: root.child("projects").map { $0.children("project").map { project($0) } },
            budget: plan,
            governance: root.child("governance").map { governance($0) },
            previousSupport: root.child("previousStateSupport").map { previousSupport($0) },
            attachments: root.child("attachments")?.children("attachment").map { attachment($0) } ?? []
        )
    }

    private func carrier(_ element: XMLElement) -> Carrier {
        Carrier(
            name: element.childText("name") ?? "",
            legalForm: enumeration(element.childText("legalForm"), in: element),
            siren: siren(element.child("siren"), owner: Localized(fr: "structure porteuse", en: "carrier")),
            privateLaw: bool(element.childText("privateLaw"), in: element),
            created: integer(element.childText("created"), in: element),
            memberID: element.attributes["member"]
        )
    }

    private func member(_ element: XMLElement) -> Member? {
        guard let id = element.attributes["id"], let name = element.childText("name") else {
            problem(element, fr: "un membre doit avoir un id et un <name>", en: "a member needs an id and a <name>")
            return nil
        }
        var member = Member(
            id: id, name: name, isLegalPerson: element.attributes["person"] != "natural",
            legalForm: enumeration(element.childText("legalForm"), in: element),
            siren: siren(element.child("siren"), owner: Localized(fr: "membre « \(name) »", en: "member “\(name)”")),
            category: enumeration(element.childText("category"), in: element),
            communeCode: element.childText("communeCode"),
            role: element.childText("role"), college: element.childText("college"), line: element.line)
        if let siret = element.child("siret") {
            let text = siret.trimmedText
            member.siret = text
            if !Identifiers.isValidSiret(text) {
                problem(siret, fr: "le SIRET « \(text) » n’a pas une clé de contrôle valide", en: "SIRET “\(text)” has an invalid check digit")
            } else if let siren = member.siren, !text.hasPrefix(siren) {
                problem(siret, fr: "le SIRET ne commence pas par le SIREN \(siren)", en: "the SIRET does not start with the SIREN \(siren)")
            }
        }
        if let ess = element.child("ess") {
            member.ess = EssQualification(
                basis: enumeration(ess.attributes["basis"], in: ess) ?? .none,
                limitedProfit: bool(ess.childText("limitedProfit"), in: ess),
                democraticGovernance: bool(ess.childText("democraticGovernance"), in: ess),
                profitsMostlyReinvested: bool(ess.childText("profitsMostlyReinvested"), in: ess),
                undistributableReserves: bool(ess.childText("undistributableReserves"), in: ess),
                socialUtility: bool(ess.childText("socialUtility"), in: ess))
        }
        if let grouping = element.child("grouping") {
            if member.category != .groupingOfEnterprises {
                problem(
                    grouping,
                    fr: "les effectifs d’un groupement ne valent que pour la catégorie grouping-of-enterprises",
                    en: "grouping counts only apply to the category grouping-of-enterprises")
            }
            if let ess = integer(grouping.attributes["essMembers"], in: grouping),
                let nonEss = integer(grouping.attributes["nonEssMembers"], in: grouping)
            {
                member.grouping = GroupingCounts(essMembers: ess, nonEssMembers: nonEss)
            }
        }
        if !member.isLegalPerson, member.siren != nil {
            problem(element, fr: "une personne physique n’a pas de SIREN", en: "a natural person has no SIREN")
        }
        return member
    }

    private func checkUniqueIDs(_ members: [Member], in element: XMLElement?) {
        var seen: [String: Int] = [:]
        for member in members {
            if let first = seen[member.id], let element {
                var located = element
                located.line = member.line
                problem(
                    located,
                    fr: "l’identifiant de membre « \(member.id) » est déjà utilisé ligne \(first)",
                    en: "member id “\(member.id)” is already used on line \(first)")
            } else {
                seen[member.id] = member.line
            }
        }
    }

    private func territory(_ element: XMLElement) -> Territory {
        Territory(
            name: element.childText("name") ?? "",
            description: element.childText("description"),
            departements: element.children("departement").map(\.trimmedText),
            epcis: element.children("epci").compactMap { siren($0, owner: Localized(fr: "EPCI du territoire", en: "territory EPCI")) },
            communes: element.children("commune").map(\.trimmedText),
            qpvCodes: element.children("qpv").map(\.trimmedText),
            deindustrialised: bool(element.childText("deindustrialised"), in: element),
            ruralRevitalisation: bool(element.childText("ruralRevitalisation"), in: element),
            population: integer(element.childText("population"), in: element))
    }

    private func strategy(_ element: XMLElement) -> Strategy {
        var strategy = Strategy(summary: element.childText("summary"))
        for action in element.children("action") {
            guard let kind: Strategy.Action.Kind = enumeration(action.attributes["kind"], in: action) else { continue }
            strategy.actions.append(
                Strategy.Action(
                    kind: kind, title: action.childText("title") ?? "",
                    description: action.childText("description"),
                    shares: action.children("shares").compactMap { enumeration($0.trimmedText, in: $0) },
                    memberIDs: (action.attributes["members"] ?? "").split(separator: " ").map(String.init)))
        }
        return strategy
    }

    private func innovation(_ element: XMLElement) -> Innovation {
        Innovation(
            social: bool(element.attributes["social"], in: element),
            technological: bool(element.attributes["technological"], in: element),
            description: element.childText("description"))
    }

    private func project(_ element: XMLElement) -> Project {
        Project(
            title: element.childText("title") ?? "",
            activity: element.childText("activity"),
            jobsCreatedFte: decimal(element.childText("jobsCreatedFte"), in: element),
            insertionJobs: integer(element.childText("insertionJobs"), in: element),
            newStructure: bool(element.childText("newStructure"), in: element))
    }

    private func budget(_ element: XMLElement) -> Budget {
        var years: [BudgetYear] = []
        for yearElement in element.children("year") {
            guard let index = integer(yearElement.attributes["index"], in: yearElement) else { continue }
            if years.contains(where: { $0.index == index }) {
                problem(yearElement, fr: "l’année \(index) du budget est donnée deux fois", en: "budget year \(index) is given twice")
                continue
            }
            let resources = yearElement.children("resource").compactMap { line -> Resource? in
                guard let source: ResourceSource = enumeration(line.attributes["source"], in: line),
                    let amount = decimal(line.attributes["amount"], in: line)
                else { return nil }
                if source == .localAuthority, (line.attributes["funder"] ?? "").isEmpty {
                    // The 2013 caps apply per authority: each line must say which one.
                    problem(
                        line, fr: "une ressource de collectivité doit nommer la collectivité (attribut funder)",
                        en: "a local-authority resource must name the authority (funder attribute)")
                }
                return Resource(source: source, funder: line.attributes["funder"], amount: amount)
            }
            let costs = decimal(yearElement.childText("eligibleCosts"), in: yearElement) ?? 0
            let total = resources.reduce(Decimal(0)) { $0 + $1.amount }
            if total != costs {
                problem(
                    yearElement,
                    fr: "budget de l’année \(index) déséquilibré : ressources \(Format.euros(total, language: .fr)), coûts éligibles \(Format.euros(costs, language: .fr)) — un budget prévisionnel doit être à l’équilibre",
                    en: "budget year \(index) does not balance: resources \(Format.euros(total, language: .en)), eligible costs \(Format.euros(costs, language: .en)) — a budget plan must balance")
            }
            years.append(
                BudgetYear(
                    index: index, calendarYear: integer(yearElement.attributes["calendarYear"], in: yearElement),
                    eligibleCosts: costs,
                    resources: resources))
        }
        return Budget(years: years)
    }

    /// The amount requested must equal the call-request lines of the budget, when both are given.
    private func checkRequest(_ requested: Decimal, against budget: Budget, in element: XMLElement) {
        let lines = budget.years.reduce(Decimal(0)) { $0 + $1.total(of: [.callRequest]) }
        guard lines > 0, lines != requested else { return }
        problem(
            element,
            fr: "les lignes call-request du budget totalisent \(Format.euros(lines, language: .fr)) mais <requestedAmount> vaut \(Format.euros(requested, language: .fr)) — mettez-les en accord",
            en: "the budget's call-request lines total \(Format.euros(lines, language: .en)) but <requestedAmount> is \(Format.euros(requested, language: .en)) — make them agree")
    }

    private func governance(_ element: XMLElement) -> Governance {
        Governance(
            bodies: element.children("body").map { body in
                Governance.Body(
                    name: body.attributes["name"] ?? "",
                    colleges: body.children("college").map {
                        Governance.College(name: $0.attributes["name"] ?? "", seats: Int($0.attributes["seats"] ?? "") ?? 0)
                    })
            },
            deliberators: element.child("deliberates").map { list in
                list.trimmedText.split(whereSeparator: \.isWhitespace).compactMap { enumeration(String($0), in: list) }
            })
    }

    private func previousSupport(_ element: XMLElement) -> PreviousSupport {
        PreviousSupport(
            received: bool(element.attributes["received"], in: element) ?? false,
            call: element.attributes["call"],
            amount: decimal(element.attributes["amount"], in: element))
    }

    private func attachment(_ element: XMLElement) -> Attachment {
        Attachment(
            kind: enumeration(element.attributes["kind"], in: element) ?? .other,
            title: element.attributes["title"] ?? "",
            file: element.attributes["file"],
            fromMemberID: element.attributes["from"])
    }
}

/// Several problems found in one file, thrown together.
public struct ProblemList: Error, Sendable {
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }
}
