import Foundation
public import PTCEModel
public import XMLSafe
public import PTCEEngine

/// Reads a criteria file: strict XML parse, validation against `Criteria/criteria.xsd`,
/// then decoding into a ``CriteriaFile``. Meaning checks are the ``CriteriaLinter``'s.
public struct CriteriaLoader: Sendable {
    /// The namespace of the criteria format, version 1.
    public static let namespace = "urn:x-ptce:criteria:1"

    let schema: XMLSchema
    let reader = XMLReader()

    /// A loader validating against `schema`.
    public init(schema: XMLSchema) { self.schema = schema }

    /// A loader with the shipped criteria schema.
    public static func standard() throws(ProblemList) -> CriteriaLoader {
        CriteriaLoader(schema: try DataFiles.schema("Criteria/criteria.xsd"))
    }

    /// Loads `path`. Throws the located problems that prevent reading it at all.
    public func load(path: String) throws(ProblemList) -> CriteriaFile {
        try load(bytes: FileInput.read(path, limit: reader.limits.maxFileBytes), path: path)
    }

    /// Loads criteria given as bytes (`path` names them in messages and the audit trail).
    public func load(bytes: [UInt8], path: String) throws(ProblemList) -> CriteriaFile {
        let root: XMLElement
        do {
            root = try DocumentReader.read(bytes, path: path, as: .criteria, schema: schema, reader: reader)
        } catch {
            // The linter's check ids: xsd for the schema, xml for the syntax and the policy.
            throw ProblemList(
                error.problems.map { problem in
                    var problem = problem
                    problem.check = problem.kind == .schema ? "xsd" : "xml"
                    return problem
                })
        }
        let decoder = CriteriaDecoder(file: path)
        let file = decoder.decode(root, sha256: sha256Hex(bytes))
        guard decoder.problems.isEmpty, let file else { throw ProblemList(decoder.problems) }
        return file
    }
}

/// Builds the criteria model from a schema-valid document.
final class CriteriaDecoder {
    let file: String
    var problems: [Problem] = []
    /// The parameters' defaults, read before the criteria that may name them.
    var declaredParameters: [String: ParameterValue] = [:]
    /// Where each bilingual text was read (see ``CriteriaFile/textPlaces``).
    var textPlaces: [String: TextPlace] = [:]

    init(file: String) { self.file = file }

    func problem(_ line: Int, check: String, fr: String, en: String) {
        problems.append(
            Problem(
                kind: .value, location: SourceLocation(file: file, line: line), message: Localized(fr: fr, en: en),
                check: check))
    }

    func decode(_ root: XMLElement, sha256: String) -> CriteriaFile? {
        guard root.namespace == CriteriaLoader.namespace, let callElement = root.child("call") else {
            problem(root.line, check: "xsd", fr: "ce n’est pas un fichier de critères", en: "not a criteria file")
            return nil
        }
        let call = CallInfo(
            id: callElement.attributes["id"] ?? "",
            year: callElement.attributes["year"] ?? "",
            title: bilingual(callElement.child("title"), key: "call/title"),
            opens: timestamp(callElement.child("opens")),
            deadline: timestamp(callElement.child("deadline")),
            envelope: decimal(callElement.child("envelope")),
            minimumAward: decimal(callElement.child("minimumAward")),
            maximumAward: decimal(callElement.child("maximumAward")),
            source: callElement.childText("source") ?? "",
            line: callElement.line)
        let parameters = root.child("parameters")?.children("parameter").compactMap { parameter($0) } ?? []
        for parameter in parameters where declaredParameters[parameter.name] == nil {
            declaredParameters[parameter.name] = parameter.defaultValue
        }
        let criteria = root.children("criterion").compactMap { criterion($0) }
        let tieBreakElement = root.child("tieBreak")
        let tieBreak =
            tieBreakElement?.children("by").compactMap { by -> TieBreakKey? in
                let descending = by.attributes["order"] != "ascending"
                if let id = by.attributes["criterion"] {
                    return TieBreakKey(target: .criterion(id), descending: descending, line: by.line)
                }
                if let fact = by.attributes["fact"] {
                    return TieBreakKey(target: .fact(fact), descending: descending, line: by.line)
                }
                problem(
                    by.line, check: "tie-break", fr: "<by> doit nommer un criterion ou un fact",
                    en: "<by> must name a criterion or a fact")
                return nil
            } ?? []
        var decoded = CriteriaFile(
            path: file, sha256: sha256, call: call, parameters: parameters, criteria: criteria,
            minimumTotal: root.child("minimumTotal").flatMap { operand($0) },
            tieBreak: tieBreak,
            tieBreakDocumentation: tieBreakElement?.child("documentation").map { bilingual($0, key: "tieBreak/documentation") })
        decoded.textPlaces = textPlaces
        return decoded
    }

    /// The French and English texts of `element`, its place recorded under `key`.
    func bilingual(_ element: XMLElement?, key: String) -> Localized {
        if let element {
            textPlaces[key] = TextPlace(line: element.line, fr: element.child("fr")?.line, en: element.child("en")?.line)
        }
        return Localized(fr: element?.childText("fr") ?? "", en: element?.childText("en") ?? "")
    }

    func timestamp(_ element: XMLElement?) -> Timestamp? {
        guard let element else { return nil }
        guard let value = Timestamp(element.trimmedText) else {
            problem(element.line, check: "date", fr: "date invalide", en: "invalid date")
            return nil
        }
        return value
    }

    func number(_ text: String?) -> Decimal? {
        text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    func decimal(_ element: XMLElement?) -> Decimal {
        guard let element else { return 0 }
        return Decimal(string: element.trimmedText, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }

    func parameter(_ element: XMLElement) -> Parameter? {
        guard let name = element.attributes["name"], let typeName = element.attributes["type"],
            let type = ValueType(rawValue: typeName), let text = element.attributes["default"]
        else { return nil }
        guard let value = Self.parse(text, as: type) else {
            problem(
                element.line, check: "parameter-default",
                fr: "la valeur par défaut « \(text) » du paramètre \(name) n’est pas du type \(type.rawValue)",
                en: "default “\(text)” of parameter \(name) is not of type \(type.rawValue)")
            return nil
        }
        return Parameter(
            name: name, type: type, defaultValue: value, label: bilingual(element.child("label"), key: "parameter \(name)/label"),
            source: element.childText("source") ?? "", line: element.line)
    }

    static func parse(_ text: String, as type: ValueType) -> ParameterValue? { CriteriaValues.parse(text, as: type) }

    func criterion(_ element: XMLElement) -> Criterion? {
        guard let id = element.attributes["id"], let kind = Criterion.Kind(rawValue: element.attributes["kind"] ?? "")
        else { return nil }
        let ruleElement = element.child("rule")?.children.first
        let scaleElement = element.child("scale")?.children.first
        return Criterion(
            id: id, kind: kind, title: bilingual(element.child("title"), key: "\(id)/title"),
            explanation: bilingual(element.child("explanation"), key: "\(id)/explanation"),
            fix: element.child("fix").map { bilingual($0, key: "\(id)/fix") },
            source: element.childText("source") ?? "",
            rule: ruleElement.flatMap { rule($0) },
            scale: scaleElement.flatMap { scale($0) },
            weight: element.attributes["weight"].flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) },
            minimum: element.attributes["minimum"].flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
                ?? element.attributes["minimumParam"].flatMap { parameterDefault($0, at: element.line) },
            minimumParameter: element.attributes["minimumParam"],
            adjustParameter: scaleElement?.attributes["adjustParam"],
            decidedOnReceipt: ["true", "1"].contains(
                element.attributes["decidedOnReceipt"]?.trimmingCharacters(in: .whitespacesAndNewlines)),
            line: element.line)
    }

    /// The default of a numeric parameter that a criterion attribute names, or nil (with a
    /// problem) when the file declares no such parameter.
    func parameterDefault(_ name: String, at line: Int) -> Decimal? {
        if case .number(let value)? = declaredParameters[name] { return value }
        problem(
            line, check: "unknown-parameter",
            fr: "paramètre numérique inconnu « \(name) » (déclarez-le dans <parameters>)",
            en: "unknown numeric parameter “\(name)” (declare it in <parameters>)")
        return nil
    }

    func rule(_ element: XMLElement) -> Rule? {
        let fact = element.attributes["fact"] ?? ""
        switch element.name {
        case "compare":
            guard let op = ComparisonOperator(rawValue: element.attributes["op"] ?? ""), let operand = operand(element)
            else { return nil }
            return .compare(fact: fact, op: op, operand: operand, line: element.line)
        case "isTrue": return .isTrue(fact: fact, line: element.line)
        case "isFalse": return .isFalse(fact: fact, line: element.line)
        case "all": return .all(element.children.compactMap { rule($0) }, line: element.line)
        case "any": return .any(element.children.compactMap { rule($0) }, line: element.line)
        case "not": return element.children.first.flatMap { rule($0) }.map { .not($0, line: element.line) }
        default: return nil
        }
    }

    /// Exactly one of `param`, `value`, `call`.
    func operand(_ element: XMLElement) -> Operand? {
        let given = [
            element.attributes["param"].map(Operand.parameter),
            element.attributes["value"].map(Operand.literal),
            element.attributes["call"].map(Operand.call),
        ].compactMap { $0 }
        guard given.count == 1 else {
            problem(
                element.line, check: "operand",
                fr: "<\(element.name)> doit avoir exactement un de param, value ou call",
                en: "<\(element.name)> needs exactly one of param, value or call")
            return nil
        }
        return given[0]
    }

    func scale(_ element: XMLElement) -> Scale? {
        let fact = element.attributes["fact"] ?? ""
        switch element.name {
        case "linear":
            guard let zero = element.child("zero").flatMap({ operand($0) }),
                let full = element.child("full").flatMap({ operand($0) })
            else { return nil }
            return .linear(fact: fact, zero: zero, full: full, line: element.line)
        case "steps":
            let steps = element.children("step").compactMap { step -> (atLeast: Decimal, fraction: Decimal)? in
                guard let atLeast = Decimal(string: step.attributes["atLeast"] ?? "", locale: Locale(identifier: "en_US_POSIX")),
                    let fraction = Decimal(string: step.attributes["fraction"] ?? "", locale: Locale(identifier: "en_US_POSIX"))
                else { return nil }
                return (atLeast, fraction)
            }
            return .steps(fact: fact, steps: steps.sorted { $0.atLeast < $1.atLeast }, line: element.line)
        case "whenTrue":
            return element.children.first.flatMap { rule($0) }.map { .whenTrue($0, line: element.line) }
        case "marked":
            let levels = element.children("level").map { level in
                let value = number(level.attributes["value"]) ?? 0
                return (value: value, meaning: bilingual(level, key: "level \(value)@\(element.line)"))
            }
            let scale = MarkScale(
                min: number(element.attributes["min"]) ?? 0, max: number(element.attributes["max"]) ?? 0,
                step: number(element.attributes["step"]) ?? Decimal(string: "0.5")!, levels: levels)
            return .marked(scale, line: element.line)
        case "mixed":
            guard let base = element.children.first.flatMap({ scale($0) }) else { return nil }
            let adjust =
                number(element.attributes["adjust"])
                ?? element.attributes["adjustParam"].flatMap { parameterDefault($0, at: element.line) } ?? 0
            return .mixed(
                base: base, adjust: adjust,
                step: number(element.attributes["step"]) ?? Decimal(string: "0.5")!, line: element.line)
        default:
            return nil
        }
    }
}
