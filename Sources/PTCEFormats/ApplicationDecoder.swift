import Foundation
public import XMLSafe
public import PTCEModel
import PTCEEngine

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

    /// Decodes `root`, read from `file` (a copied ``XMLElement`` or an ``XMLNodeView`` read in
    /// place). Throws every problem found.
    public static func decode<Element: XMLElementReading>(_ root: Element, file: String) throws(ProblemList) -> Application {
        let decoder = ApplicationDecoder(file: file)
        let application = decoder.application(root)
        guard decoder.problems.isEmpty, let application else {
            throw ProblemList(decoder.problems)
        }
        return application
    }

    // MARK: Reporting

    /// Records a problem at `element`; `code` names it for tools (`value.…`).
    private func problem<Element: XMLElementReading>(_ element: Element, _ code: String, fr: String, en: String) {
        problem(element.name, line: element.line, code, fr: fr, en: en)
    }

    /// Records a problem at element `name` on `line`.
    private func problem(_ name: String, line: Int, _ code: String, fr: String, en: String) {
        problems.append(
            Problem(
                kind: .value, location: SourceLocation(file: file, line: line),
                message: Localized(fr: "<\(name)> : \(fr)", en: "<\(name)>: \(en)"), code: "value.\(code)"))
    }

    // MARK: Scalars

    /// The value of a schema type whose white-space facet is `collapse` (booleans, numbers,
    /// dates, lists): XSD strips the white space around it before checking it, so must we.
    static func collapsed(_ text: String?) -> String? {
        guard let text else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        // Most values have no space around them: two byte tests, no copy.
        if let first = text.utf8.first, let last = text.utf8.last, !isSpace(first), !isSpace(last) { return text }
        let bytes = Array(text.utf8)
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if start == 0, end == bytes.count - 1 { return text }
        return String(decoding: bytes[start...end], as: UTF8.self)
    }

    private func decimal<Element: XMLElementReading>(_ raw: String?, in element: Element) -> Decimal? {
        guard let text = Self.collapsed(raw) else { return nil }
        guard let value = Self.parseDecimal(text), value >= 0 else {
            problem(
                element, "not-decimal", fr: "« \(text) » n’est pas un montant décimal positif",
                en: "“\(text)” is not a non-negative decimal amount")
            return nil
        }
        return value
    }

    /// An `xs:decimal` lexical form: optional sign, digits, optional point and digits
    /// (`+5`, `.50`, `7.`, `007.5`). Foundation's parser alone accepts more (exponents, text).
    ///
    /// Parsed here, digit by digit: the value is the same `Decimal`, to the bit, as
    /// `Decimal(string:locale:)` made of the same digits (``parseDecimalWithFoundation(_:)``,
    /// kept for the forms too long for one 64-bit mantissa): trailing zeros folded into the
    /// exponent, a zero keeping its scale (`0.00`) unless negative.
    static func parseDecimal(_ text: String) -> Decimal? {
        var digits = 0
        var point = false
        var negative = false
        /// Digits from the first non-zero one on, and the fraction's digits.
        var significant = 0
        var fraction = 0
        var mantissa: UInt64 = 0
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if offset != 0 { return nil }
                negative = byte == UInt8(ascii: "-")
            case UInt8(ascii: "."): if point { return nil } else { point = true }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if point { fraction += 1 }
                if significant > 0 || byte != UInt8(ascii: "0") {
                    significant += 1
                    if significant <= maxMantissaDigits { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) }
                }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        guard significant <= maxMantissaDigits, fraction <= maxFractionDigits else { return parseDecimalWithFoundation(text) }
        if mantissa == 0 { return (negative ? negativeZeros : zeros)[fraction] }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(mantissa))
    }

    /// Every 19-digit integer fits in a `UInt64`.
    private static let maxMantissaDigits = 19
    /// The longest fraction parsed by hand (the precision of `Decimal`).
    private static let maxFractionDigits = 38
    /// Zero with 0 to ``maxFractionDigits`` fraction digits, as Foundation parses it (a zero
    /// keeps its scale; a negative one does not): made once.
    private static let zeros = (0...maxFractionDigits).map {
        parseDecimalWithFoundation("0." + String(repeating: "0", count: $0))!
    }
    private static let negativeZeros = (0...maxFractionDigits).map {
        parseDecimalWithFoundation("-0." + String(repeating: "0", count: $0))!
    }

    /// Foundation's parse of `text`, which has the lexical form ``parseDecimal(_:)`` checks:
    /// the reference for the hand-made parse, and its path for forms of more than 19
    /// significant or 38 fraction digits.
    static func parseDecimalWithFoundation(_ text: String) -> Decimal? {
        var normalised = text.hasPrefix("+") ? String(text.dropFirst()) : text
        if normalised.hasPrefix(".") { normalised = "0" + normalised }
        if normalised.hasPrefix("-.") { normalised = "-0" + normalised.dropFirst() }
        if normalised.hasSuffix(".") { normalised.removeLast() }
        return Decimal(string: normalised, locale: posix)
    }

    /// Made once: a `Locale` per amount was a tenth of the decoding.
    private static let posix = Locale(identifier: "en_US_POSIX")

    private func bool<Element: XMLElementReading>(_ raw: String?, in element: Element) -> Bool? {
        switch Self.collapsed(raw) {
        case nil: return nil
        case "true", "1": return true
        case "false", "0": return false
        case let other?:
            problem(element, "not-boolean", fr: "« \(other) » n’est ni true ni false", en: "“\(other)” is neither true nor false")
            return nil
        }
    }

    /// The largest integer the decoder keeps; every integer of the format is bounded far
    /// below it by the schema, so only a file that bypasses the schema meets this limit.
    public static let maxInteger = 999_999_999_999

    private func integer<Element: XMLElementReading>(_ raw: String?, in element: Element) -> Int? {
        guard var text = Self.collapsed(raw) else { return nil }
        if text.hasPrefix("+") { text.removeFirst() }
        guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }) else {
            problem(
                element, "not-integer", fr: "« \(text) » n’est pas un entier positif",
                en: "“\(text)” is not a non-negative integer")
            return nil
        }
        let significant = text.drop { $0 == "0" }
        guard significant.count <= 12, let value = Int(significant.isEmpty ? "0" : String(significant)), value <= Self.maxInteger
        else {
            problem(
                element, "integer-limit",
                fr: "« \(text) » dépasse la limite de ptce pour un entier (\(Self.maxInteger))",
                en: "“\(text)” exceeds ptce's limit for an integer (\(Self.maxInteger))")
            return nil
        }
        return value
    }

    /// An `xs:gYear` (`2015`, or with a time zone: `2015Z`, `2015+02:00`): the year.
    private func year<Element: XMLElementReading>(_ raw: String?, in element: Element) -> Int? {
        guard let text = Self.collapsed(raw) else { return nil }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let value = Int(digits) else { return integer(text, in: element) }
        return value
    }

    private func enumeration<T: RawRepresentable, Element: XMLElementReading>(_ text: String?, in element: Element) -> T?
    where T.RawValue == String {
        guard let text else { return nil }
        guard let value = T(rawValue: text) else {
            problem(element, "unknown-value", fr: "valeur inconnue « \(text) »", en: "unknown value “\(text)”")
            return nil
        }
        return value
    }

    /// A SIREN, checked; `owner` names whose it is in the message ("member “X”", "the carrier").
    private func siren<Element: XMLElementReading>(_ element: Element?, owner: Localized? = nil) -> String? {
        guard let element else { return nil }
        let text = element.trimmedText
        if !Identifiers.isValidSiren(text) {
            let whose = owner.map { Localized(fr: " (\($0.fr))", en: " (\($0.en))") } ?? .same("")
            problem(
                element, "siren-check-digit",
                fr:
                    "le SIREN « \(text) »\(whose.fr) n’a pas une clé de contrôle valide (algorithme de Luhn) — vérifiez le numéro sur l’avis de situation INSEE",
                en:
                    "SIREN “\(text)”\(whose.en) has an invalid check digit (Luhn algorithm) — check the number on the INSEE record"
            )
        }
        return text
    }

    // MARK: Sections

    private func application<Element: XMLElementReading>(_ root: Element) -> Application? {
        guard root.hasName("application"), root.namespace == Self.namespace else {
            problem(
                root, "root-element",
                fr: "l’élément racine doit être <application xmlns=\"\(Self.namespace)\">",
                en: "the root element must be <application xmlns=\"\(Self.namespace)\">")
            return nil
        }
        guard let identityElement = root.child("identity"), let name = identityElement.childText("name") else {
            problem(root, "identity-name", fr: "il manque <identity><name>", en: "<identity><name> is missing")
            return nil
        }
        var identity = Identity(name: name)
        if let element = identityElement.child("submittedAt") {
            identity.submittedAt = Timestamp(element.trimmedText)
            if identity.submittedAt == nil, Timestamp.hasYearBeyondLimit(element.trimmedText) {
                problem(
                    element, "year-limit",
                    fr: "année hors de la limite de ptce (0001 à 9999) — écrivez par ex. 2015-06-30T18:00:00+02:00",
                    en: "year beyond ptce's limit (0001 to 9999) — write e.g. 2015-06-30T18:00:00+02:00")
            } else if identity.submittedAt == nil {
                problem(element, "date", fr: "date invalide ou sans fuseau horaire", en: "invalid date or no time zone")
            }
        }
        identity.stage = enumeration(identityElement.childText("stage"), in: identityElement)
        identity.summary = identityElement.childText("summary")
        identity.requestedAmount = decimal(identityElement.childText("requestedAmount"), in: identityElement)
        identity.publicRole = enumeration(identityElement.childText("publicRole"), in: identityElement)

        let members = root.child("members").map { $0.children("member").compactMap { member($0) } }
        checkUniqueIDs(members ?? [], in: root.child("members"))
        let memberNames = Dictionary((members ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let plan = root.child("budget").map { self.budget($0, memberNames: memberNames) }
        if let plan, let requested = identity.requestedAmount, let element = root.child("budget") {
            checkRequest(requested, against: plan, in: element)
        }
        return Application(
            call: root.attribute("call") ?? "",
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

    private func carrier<Element: XMLElementReading>(_ element: Element) -> Carrier {
        Carrier(
            name: element.childText("name") ?? "",
            legalForm: enumeration(element.childText("legalForm"), in: element),
            siren: siren(element.child("siren"), owner: Localized(fr: "structure porteuse", en: "carrier")),
            privateLaw: bool(element.childText("privateLaw"), in: element),
            created: year(element.childText("created"), in: element),
            memberID: element.attribute("member"),
            ownLegalPerson: bool(element.attribute("ownLegalPerson"), in: element)
        )
    }

    private func member<Element: XMLElementReading>(_ element: Element) -> Member? {
        guard let id = element.attribute("id"), let name = element.childText("name") else {
            problem(
                element, "member-id-name", fr: "un membre doit avoir un id et un <name>", en: "a member needs an id and a <name>")
            return nil
        }
        var member = Member(
            id: id, name: name, isLegalPerson: element.attribute("person") != "natural",
            legalForm: enumeration(element.childText("legalForm"), in: element),
            siren: siren(element.child("siren"), owner: Localized(fr: "membre « \(name) »", en: "member “\(name)”")),
            category: enumeration(element.childText("category"), in: element),
            communeCode: element.childText("communeCode"),
            role: element.childText("role"), college: element.childText("college"), line: element.line)
        if let siret = element.child("siret") {
            let text = siret.trimmedText
            member.siret = text
            if !Identifiers.isValidSiret(text) {
                problem(
                    siret, "siret-check-digit", fr: "le SIRET « \(text) » n’a pas une clé de contrôle valide",
                    en: "SIRET “\(text)” has an invalid check digit")
            } else if let siren = member.siren, !text.hasPrefix(siren) {
                problem(
                    siret, "siret-siren-mismatch", fr: "le SIRET ne commence pas par le SIREN \(siren)",
                    en: "the SIRET does not start with the SIREN \(siren)")
            }
        }
        if let ess = element.child("ess") {
            member.ess = EssQualification(
                basis: enumeration(ess.attribute("basis"), in: ess) ?? .none,
                limitedProfit: bool(ess.childText("limitedProfit"), in: ess),
                democraticGovernance: bool(ess.childText("democraticGovernance"), in: ess),
                profitsMostlyReinvested: bool(ess.childText("profitsMostlyReinvested"), in: ess),
                undistributableReserves: bool(ess.childText("undistributableReserves"), in: ess),
                socialUtility: bool(ess.childText("socialUtility"), in: ess),
                esusApproval: bool(ess.childText("esusApproval"), in: ess),
                essRegistration: bool(ess.childText("essRegistration"), in: ess))
        }
        if let grouping = element.child("grouping") {
            if member.category != .groupingOfEnterprises {
                problem(
                    grouping, "grouping-category",
                    fr: "les effectifs d’un groupement ne valent que pour la catégorie grouping-of-enterprises",
                    en: "grouping counts only apply to the category grouping-of-enterprises")
            }
            member.grouping = groupingCounts(grouping)
        }
        if !member.isLegalPerson, member.siren != nil {
            problem(
                element, "natural-person-siren", fr: "une personne physique n’a pas de SIREN", en: "a natural person has no SIREN"
            )
        }
        return member
    }

    /// A grouping's counts: from its attributes, or counted from its list of companies; when
    /// both are given they must agree. Nil (with a problem) when neither is given.
    private func groupingCounts<Element: XMLElementReading>(_ grouping: Element) -> GroupingCounts? {
        let stated = (
            integer(grouping.attribute("essMembers"), in: grouping),
            integer(grouping.attribute("nonEssMembers"), in: grouping)
        )
        let companies = grouping.children("company").compactMap { bool($0.attribute("ess"), in: $0) }
        let listed = GroupingCounts(
            essMembers: companies.filter { $0 }.count, nonEssMembers: companies.filter { !$0 }.count)
        switch stated {
        case (let ess?, let nonEss?):
            let counts = GroupingCounts(essMembers: ess, nonEssMembers: nonEss)
            if !companies.isEmpty, counts != listed {
                problem(
                    grouping, "grouping-counts-mismatch",
                    fr:
                        "les effectifs déclarés (\(ess) ESS, \(nonEss) hors ESS) ne correspondent pas aux \(companies.count) entreprises listées (\(listed.essMembers) ESS, \(listed.nonEssMembers) hors ESS)",
                    en:
                        "the stated counts (\(ess) ESS, \(nonEss) non-ESS) do not match the \(companies.count) companies listed (\(listed.essMembers) ESS, \(listed.nonEssMembers) non-ESS)"
                )
            }
            return counts
        case (nil, nil):
            if companies.isEmpty {
                problem(
                    grouping, "grouping-counts-missing",
                    fr:
                        "donnez les effectifs (essMembers=\"…\" nonEssMembers=\"…\") ou la liste des entreprises (<company name=\"…\" ess=\"true|false\"/>)",
                    en:
                        "give the counts (essMembers=\"…\" nonEssMembers=\"…\") or the list of companies (<company name=\"…\" ess=\"true|false\"/>)"
                )
                return nil
            }
            return listed
        default:
            problem(
                grouping, "grouping-counts-missing", fr: "donnez les deux effectifs, essMembers et nonEssMembers",
                en: "give both counts, essMembers and nonEssMembers")
            return nil
        }
    }

    private func checkUniqueIDs<Element: XMLElementReading>(_ members: [Member], in element: Element?) {
        var seen: [String: Int] = [:]
        for member in members {
            if let first = seen[member.id], let element {
                problem(
                    element.name, line: member.line, "duplicate-member-id",
                    fr: "l’identifiant de membre « \(member.id) » est déjà utilisé ligne \(first)",
                    en: "member id “\(member.id)” is already used on line \(first)")
            } else {
                seen[member.id] = member.line
            }
        }
    }

    private func territory<Element: XMLElementReading>(_ element: Element) -> Territory {
        Territory(
            name: element.childText("name") ?? "",
            description: element.childText("description"),
            departements: element.children("departement").map(\.trimmedText),
            epcis: element.children("epci").compactMap {
                siren($0, owner: Localized(fr: "EPCI du territoire", en: "territory EPCI"))
            },
            communes: element.children("commune").map(\.trimmedText),
            qpvCodes: element.children("qpv").map(\.trimmedText),
            zusCodes: element.children("zus").map(\.trimmedText),
            cucsCodes: element.children("cucs").map(\.trimmedText),
            deindustrialised: bool(element.childText("deindustrialised"), in: element),
            ruralRevitalisation: bool(element.childText("ruralRevitalisation"), in: element),
            decliningRural: bool(element.childText("decliningRural"), in: element),
            priorityThemes: element.children("priorityTheme").compactMap { enumeration($0.trimmedText, in: $0) },
            population: integer(element.childText("population"), in: element))
    }

    private func strategy<Element: XMLElementReading>(_ element: Element) -> Strategy {
        var strategy = Strategy(summary: element.childText("summary"))
        for action in element.children("action") {
            guard let kind: Strategy.Action.Kind = enumeration(action.attribute("kind"), in: action) else { continue }
            strategy.actions.append(
                Strategy.Action(
                    kind: kind, title: action.childText("title") ?? "",
                    description: action.childText("description"),
                    shares: action.children("shares").compactMap { enumeration($0.trimmedText, in: $0) },
                    memberIDs: (action.attribute("members") ?? "").split(whereSeparator: \.isWhitespace).map(String.init)))
        }
        return strategy
    }

    private func innovation<Element: XMLElementReading>(_ element: Element) -> Innovation {
        Innovation(
            social: bool(element.attribute("social"), in: element),
            technological: bool(element.attribute("technological"), in: element),
            description: element.childText("description"))
    }

    private func project<Element: XMLElementReading>(_ element: Element) -> Project {
        Project(
            title: element.childText("title") ?? "",
            activity: element.childText("activity"),
            jobsCreatedFte: decimal(element.childText("jobsCreatedFte"), in: element),
            insertionJobs: integer(element.childText("insertionJobs"), in: element),
            newStructure: bool(element.childText("newStructure"), in: element))
    }

    /// The budget plan; a resource linked to a member without a funder name takes the member's.
    private func budget<Element: XMLElementReading>(_ element: Element, memberNames: [String: String]) -> Budget {
        var years: [BudgetYear] = []
        for yearElement in element.children("year") {
            guard let index = integer(yearElement.attribute("index"), in: yearElement) else { continue }
            if years.contains(where: { $0.index == index }) {
                problem(
                    yearElement, "budget-year-twice", fr: "l’année \(index) du budget est donnée deux fois",
                    en: "budget year \(index) is given twice")
                continue
            }
            let resources = yearElement.children("resource").compactMap { line -> Resource? in
                guard let source: ResourceSource = enumeration(line.attribute("source"), in: line),
                    let amount = decimal(line.attribute("amount"), in: line)
                else { return nil }
                let funderMember = line.attribute("funderMember")
                if source == .localAuthority, (line.attribute("funder") ?? "").isEmpty, funderMember == nil {
                    // The 2013 caps apply per authority: each line must say which one.
                    problem(
                        line, "local-authority-funder",
                        fr:
                            "une ressource de collectivité doit désigner la collectivité (attribut funderMember=\"id du membre\", ou funder=\"nom\")",
                        en:
                            "a local-authority resource must say which authority (attribute funderMember=\"member id\", or funder=\"name\")"
                    )
                }
                let funder = line.attribute("funder") ?? funderMember.flatMap { memberNames[$0] }
                return Resource(source: source, funder: funder, funderMember: funderMember, amount: amount)
            }
            let costs = decimal(yearElement.childText("eligibleCosts"), in: yearElement) ?? 0
            let total = resources.reduce(Decimal(0)) { $0 + $1.amount }
            if total != costs {
                problem(
                    yearElement, "budget-unbalanced",
                    fr:
                        "budget de l’année \(index) déséquilibré : ressources \(Format.euros(total, language: .fr)), coûts éligibles \(Format.euros(costs, language: .fr)) — un budget prévisionnel doit être à l’équilibre",
                    en:
                        "budget year \(index) does not balance: resources \(Format.euros(total, language: .en)), eligible costs \(Format.euros(costs, language: .en)) — a budget plan must balance"
                )
            }
            years.append(
                BudgetYear(
                    index: index, calendarYear: year(yearElement.attribute("calendarYear"), in: yearElement),
                    eligibleCosts: costs,
                    resources: resources))
        }
        return Budget(years: years)
    }

    /// The amount requested must equal the call-request lines of the budget, when both are given.
    private func checkRequest<Element: XMLElementReading>(_ requested: Decimal, against budget: Budget, in element: Element) {
        let lines = budget.years.reduce(Decimal(0)) { $0 + $1.total(of: [.callRequest]) }
        guard lines > 0, lines != requested else { return }
        problem(
            element, "request-mismatch",
            fr:
                "les lignes call-request du budget totalisent \(Format.euros(lines, language: .fr)) mais <requestedAmount> vaut \(Format.euros(requested, language: .fr)) — mettez-les en accord",
            en:
                "the budget's call-request lines total \(Format.euros(lines, language: .en)) but <requestedAmount> is \(Format.euros(requested, language: .en)) — make them agree"
        )
    }

    private func governance<Element: XMLElementReading>(_ element: Element) -> Governance {
        Governance(
            bodies: element.children("body").map { body in
                Governance.Body(
                    name: body.attribute("name") ?? "",
                    colleges: body.children("college").map {
                        Governance.College(name: $0.attribute("name") ?? "", seats: integer($0.attribute("seats"), in: $0) ?? 0)
                    })
            },
            deliberators: element.child("deliberates").map { list in
                list.trimmedText.split(whereSeparator: \.isWhitespace).compactMap { enumeration(String($0), in: list) }
            })
    }

    private func previousSupport<Element: XMLElementReading>(_ element: Element) -> PreviousSupport {
        PreviousSupport(
            received: bool(element.attribute("received"), in: element) ?? false,
            call: element.attribute("call"),
            amount: decimal(element.attribute("amount"), in: element))
    }

    private func attachment<Element: XMLElementReading>(_ element: Element) -> Attachment {
        Attachment(
            kind: enumeration(element.attribute("kind"), in: element) ?? .other,
            title: element.attribute("title") ?? "",
            file: element.attribute("file"),
            fromMemberID: element.attribute("from"))
    }
}
