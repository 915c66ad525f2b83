import Foundation
public import PTCEModel

/// Checks the meaning of a criteria file, beyond what its schema can say.
///
/// Each finding is located and carries a check id: `duplicate-id`, `unknown-fact`,
/// `unknown-parameter`, `type-mismatch`, `weights`, `translation`, `source`, `dates`,
/// `awards`, `tie-break`, `shape`, `scale`, `unused-parameter`.
public enum CriteriaLinter {
    /// Findings for `file`, with `overrides` in force instead of the defaults they replace
    /// (so that `--set` cannot make a scale degenerate or a value absurd).
    public static func lint(_ file: CriteriaFile, overrides: [String: ParameterValue] = [:]) -> [Problem] {
        var lint = Lint(file: file, overrides: overrides)
        lint.run()
        return lint.findings.sorted { ($0.location.line, $0.check ?? "") < ($1.location.line, $1.check ?? "") }
    }
}

private struct Lint {
    let file: CriteriaFile
    let overrides: [String: ParameterValue]
    var findings: [Problem] = []
    var usedParameters = Set<String>()

    init(file: CriteriaFile, overrides: [String: ParameterValue]) {
        self.file = file
        self.overrides = overrides
    }

    /// The value an operand takes in this run, when it can be known without an application.
    func value(of operand: Operand, type: ValueType) -> ParameterValue? {
        switch operand {
        case .parameter(let name): overrides[name] ?? file.parameter(name)?.defaultValue
        case .literal(let text): CriteriaValues.parse(text, as: type)
        case .call: nil
        }
    }

    mutating func report(_ check: String, line: Int, severity: Problem.Severity = .error, fr: String, en: String) {
        findings.append(
            Problem(
                kind: .value, severity: severity, location: SourceLocation(file: file.path, line: line),
                message: Localized(fr: fr, en: en), check: check))
    }

    mutating func run() {
        checkCall()
        checkParameters()
        var seen: [String: Int] = [:]
        for criterion in file.criteria {
            if let first = seen[criterion.id] {
                report(
                    "duplicate-id", line: criterion.line,
                    fr: "l’identifiant « \(criterion.id) » est déjà utilisé ligne \(first)",
                    en: "id “\(criterion.id)” is already used on line \(first)")
            } else {
                seen[criterion.id] = criterion.line
            }
            checkCriterion(criterion)
        }
        checkWeights()
        checkTieBreak()
        if let minimum = file.minimumTotal { checkOperand(minimum, type: .number, line: file.call.line) }
        for parameter in file.parameters where !usedParameters.contains(parameter.name) {
            report(
                "unused-parameter", line: parameter.line, severity: .warning,
                fr: "le paramètre \(parameter.name) n’est utilisé par aucune règle",
                en: "parameter \(parameter.name) is not used by any rule")
        }
    }

    /// Both texts are present; a missing one is reported where it is to be written: on its
    /// empty `<fr>` or `<en>`, else on the element that should hold it (see ``TextPlace``).
    mutating func bilingual(_ text: Localized, what: String, line: Int) {
        let place = file.textPlaces[what] ?? file.textPlaces["\(what)@\(line)"]
        if text.fr.isEmpty {
            report(
                "translation", line: place?.fr ?? place?.line ?? line, fr: "\(what) : texte français manquant (<fr>)",
                en: "\(what): French text missing (<fr>)")
        }
        if text.en.isEmpty {
            report(
                "translation", line: place?.en ?? place?.line ?? line, fr: "\(what) : texte anglais manquant (<en>)",
                en: "\(what): English text missing (<en>)")
        }
    }

    mutating func checkCall() {
        let call = file.call
        bilingual(call.title, what: "call/title", line: call.line)
        if call.source.isEmpty {
            report("source", line: call.line, fr: "l’appel n’a pas de source", en: "the call has no source")
        }
        if let opens = call.opens, let deadline = call.deadline, opens >= deadline {
            report(
                "dates", line: call.line, fr: "l’ouverture (\(opens)) n’est pas avant la date limite (\(deadline))",
                en: "opening (\(opens)) is not before the deadline (\(deadline))")
        }
        if call.minimumAward > call.maximumAward || call.maximumAward > call.envelope {
            report(
                "awards", line: call.line,
                fr:
                    "il faut minimumAward ≤ maximumAward ≤ envelope (\(call.minimumAward), \(call.maximumAward), \(call.envelope))",
                en:
                    "minimumAward ≤ maximumAward ≤ envelope is required (\(call.minimumAward), \(call.maximumAward), \(call.envelope))"
            )
        }
    }

    mutating func checkParameters() {
        var seen = Set<String>()
        for parameter in file.parameters {
            if !seen.insert(parameter.name).inserted {
                report(
                    "duplicate-id", line: parameter.line, fr: "paramètre \(parameter.name) déclaré deux fois",
                    en: "parameter \(parameter.name) declared twice")
            }
            bilingual(parameter.label, what: "parameter \(parameter.name)/label", line: parameter.line)
            if let problem = parameter.rangeProblem(overrides[parameter.name] ?? parameter.defaultValue) {
                report("parameter-range", line: parameter.line, fr: problem.fr, en: problem.en)
            }
            if parameter.source.isEmpty {
                report(
                    "source", line: parameter.line, fr: "le paramètre \(parameter.name) n’a pas de source",
                    en: "parameter \(parameter.name) has no source")
            }
        }
    }

    mutating func checkCriterion(_ criterion: Criterion) {
        bilingual(criterion.title, what: "\(criterion.id)/title", line: criterion.line)
        bilingual(criterion.explanation, what: "\(criterion.id)/explanation", line: criterion.line)
        if let fix = criterion.fix { bilingual(fix, what: "\(criterion.id)/fix", line: criterion.line) }
        if criterion.source.isEmpty {
            report(
                "source", line: criterion.line, fr: "le critère \(criterion.id) n’a pas de source",
                en: "criterion \(criterion.id) has no source")
        }
        switch criterion.kind {
        case .gate:
            if criterion.rule == nil || criterion.scale != nil {
                report(
                    "shape", line: criterion.line, fr: "une condition (gate) a une <rule>, pas d’échelle",
                    en: "a gate has a <rule>, not a scale")
            }
            if criterion.weight != nil || criterion.minimum != nil {
                report(
                    "shape", line: criterion.line, fr: "une condition (gate) n’a ni poids ni minimum",
                    en: "a gate has no weight nor minimum")
            }
        case .score:
            if criterion.scale == nil || criterion.rule != nil {
                report(
                    "shape", line: criterion.line, fr: "une note (score) a une <scale>, pas de <rule>",
                    en: "a score has a <scale>, not a <rule>")
            }
            if (criterion.weight ?? 0) <= 0 {
                report(
                    "weights", line: criterion.line, fr: "la note \(criterion.id) doit avoir un poids positif",
                    en: "score \(criterion.id) needs a positive weight")
            }
            if let minimum = criterion.minimum, let weight = criterion.weight, minimum > weight {
                report(
                    "weights", line: criterion.line, fr: "le minimum (\(minimum)) dépasse le poids (\(weight))",
                    en: "the minimum (\(minimum)) exceeds the weight (\(weight))")
            }
        }
        // The descriptive analysis reads its thresholds from the file too.
        usedParameters.formUnion([DescriptiveAnalysis.marketThresholdParameter, DescriptiveAnalysis.democraticThresholdParameter])
        for name in [criterion.minimumParameter, criterion.adjustParameter].compactMap({ $0 }) {
            usedParameters.insert(name)
        }
        if let rule = criterion.rule { checkRule(rule) }
        if let scale = criterion.scale { checkScale(scale) }
    }

    /// The fact's type, or nil after reporting an unknown fact.
    mutating func factType(_ name: String, line: Int) -> ValueType? {
        guard let definition = FactCatalog.byName[name] else {
            let guess = Suggestions.nearest(to: name, among: FactCatalog.all.map(\.name))
            let hint = guess.map { Localized(fr: " — vouliez-vous dire « \($0) » ?", en: " — did you mean “\($0)”?") }
            report(
                "unknown-fact", line: line,
                fr: "fait inconnu « \(name) »\(hint?.fr ?? "") — `ptce facts` liste les faits",
                en: "unknown fact “\(name)”\(hint?.en ?? "") — `ptce facts` lists the facts")
            return nil
        }
        usedParameters.formUnion(definition.parameters)
        return definition.type
    }

    mutating func checkRule(_ rule: Rule) {
        switch rule {
        case .compare(let fact, let op, let operand, let line):
            // The parameter is used even when the fact is unknown: one mistake, one finding.
            if case .parameter(let name) = operand { usedParameters.insert(name) }
            guard let type = factType(fact, line: line) else { return }
            if type == .boolean, op != .eq, op != .ne {
                report(
                    "type-mismatch", line: line, fr: "\(fact) est un booléen : utilisez isTrue/isFalse",
                    en: "\(fact) is a boolean: use isTrue/isFalse")
            }
            checkOperand(operand, type: type, line: line)
        case .isTrue(let fact, let line), .isFalse(let fact, let line):
            if let type = factType(fact, line: line), type != .boolean {
                report(
                    "type-mismatch", line: line, fr: "\(fact) est de type \(type.rawValue), pas un booléen",
                    en: "\(fact) is of type \(type.rawValue), not a boolean")
            }
        case .all(let rules, let line), .any(let rules, let line):
            if rules.isEmpty { report("shape", line: line, fr: "liste de règles vide", en: "empty rule list") }
            rules.forEach { checkRule($0) }
        case .not(let inner, _):
            checkRule(inner)
        }
    }

    /// The operand exists and has a type comparable with `type`.
    mutating func checkOperand(_ operand: Operand, type: ValueType, line: Int) {
        let operandType: ValueType?
        switch operand {
        case .parameter(let name):
            usedParameters.insert(name)
            guard let parameter = file.parameter(name) else {
                let guess = Suggestions.nearest(to: name, among: file.parameters.map(\.name))
                report(
                    "unknown-parameter", line: line,
                    fr: "paramètre inconnu « \(name) »" + (guess.map { " — vouliez-vous dire « \($0) » ?" } ?? ""),
                    en: "unknown parameter “\(name)”" + (guess.map { " — did you mean “\($0)”?" } ?? ""))
                return
            }
            operandType = parameter.type
        case .literal(let text):
            if CriteriaValues.parse(text, as: type) == nil {
                report(
                    "type-mismatch", line: line, fr: "« \(text) » n’est pas une valeur de type \(type.rawValue)",
                    en: "“\(text)” is not a value of type \(type.rawValue)")
            }
            operandType = nil
        case .call(let property):
            operandType = ["opens", "deadline"].contains(property) ? .datetime : .euros
        }
        if let operandType, !type.comparable(with: operandType) {
            report(
                "type-mismatch", line: line,
                fr: "comparaison d’un fait de type \(type.rawValue) avec une valeur de type \(operandType.rawValue)",
                en: "comparing a fact of type \(type.rawValue) with a value of type \(operandType.rawValue)")
        }
    }

    mutating func checkScale(_ scale: Scale) {
        switch scale {
        case .whenTrue(let rule, _):
            checkRule(rule)
        case .linear(let fact, let zero, let full, let line):
            for case .parameter(let name) in [zero, full] { usedParameters.insert(name) }
            guard let type = factType(fact, line: line) else { return }
            guard type.isNumeric else {
                report(
                    "type-mismatch", line: line, fr: "une échelle linéaire demande un fait numérique",
                    en: "a linear scale needs a numeric fact")
                return
            }
            checkOperand(zero, type: type, line: line)
            checkOperand(full, type: type, line: line)
            if let a = value(of: zero, type: type), let b = value(of: full, type: type), a == b {
                report(
                    "scale", line: line, fr: "échelle dégénérée : zero et full valent tous deux \(a)",
                    en: "degenerate scale: zero and full are both \(a)")
            }
        case .steps(let fact, let steps, let line):
            guard let type = factType(fact, line: line) else { return }
            if !type.isNumeric {
                report(
                    "type-mismatch", line: line, fr: "des paliers demandent un fait numérique", en: "steps need a numeric fact")
            }
            if steps.isEmpty { report("scale", line: line, fr: "aucun palier", en: "no step") }
        case .marked(let marks, let line):
            if marks.min >= marks.max || marks.step <= 0 || !JurorInput.mark(marks).accepts(marks.max) {
                report(
                    "scale", line: line, fr: "échelle de notes invalide : il faut min < max et max atteint par pas de step",
                    en: "invalid mark scale: min < max and max reachable in steps of step are required")
            }
            for level in marks.levels where !JurorInput.mark(marks).accepts(level.value) {
                report(
                    "scale", line: line, fr: "niveau \(level.value) hors de l’échelle",
                    en: "level \(level.value) is off the scale")
            }
            for level in marks.levels {
                bilingual(level.meaning, what: "level \(level.value)", line: line)
            }
        case .mixed(let base, let adjust, let step, let line):
            if adjust < 0 || step <= 0 || !JurorInput.adjustment(limit: adjust, step: step).accepts(0) {
                report(
                    "scale", line: line, fr: "ajustement invalide : il faut adjust ≥ 0, step > 0, et adjust multiple de step",
                    en: "invalid adjustment: adjust ≥ 0, step > 0 and adjust a multiple of step are required")
            }
            checkScale(base)
        }
    }

    mutating func checkWeights() {
        let scores = file.criteria.filter { $0.kind == .score }
        guard !scores.isEmpty else { return }
        let sum = scores.compactMap(\.weight).reduce(0, +)
        if sum != 100 {
            report(
                "weights", line: scores[0].line, fr: "les poids des notes totalisent \(sum), pas 100",
                en: "score weights add up to \(sum), not 100")
        }
    }

    mutating func checkTieBreak() {
        if file.tieBreak.isEmpty, file.criteria.contains(where: { $0.kind == .score }) {
            report(
                "tie-break", line: file.call.line, severity: .warning,
                fr: "aucun ordre de départage (<tieBreak>) : les ex æquo seront départagés par le nom",
                en: "no tie-break order (<tieBreak>): ties will be broken by name")
        }
        if let documentation = file.tieBreakDocumentation {
            bilingual(documentation, what: "tieBreak/documentation", line: file.tieBreak.first?.line ?? file.call.line)
        }
        for key in file.tieBreak {
            switch key.target {
            case .criterion(let id):
                if !file.criteria.contains(where: { $0.id == id && $0.kind == .score }) {
                    report(
                        "tie-break", line: key.line, fr: "« \(id) » n’est pas une note de ce fichier",
                        en: "“\(id)” is not a score of this file")
                }
            case .fact(let name):
                _ = factType(name, line: key.line)
            }
        }
    }
}
