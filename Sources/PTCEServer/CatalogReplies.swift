import Foundation
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// A call as `GET /api/v1/calls` lists it.
struct CallSummary: Sendable, Codable {
    var id: String
    var callID: String
    var title: String
    var deadline: String?
    var source: String
    var criteria: String

    init(_ file: CriteriaFile, year: String, language: Language) {
        id = year
        callID = file.call.id
        title = file.call.title(language)
        deadline = file.call.deadline?.text
        source = file.call.source
        criteria = "/api/v1/calls/\(year)/criteria"
    }
}

/// A call's criteria and parameters, as `GET /api/v1/calls/{id}/criteria` gives them.
struct CallCriteria: Sendable, Codable {
    var call: CallSummary
    var parameters: [ParameterSummary]
    var criteria: [CriterionSummary]

    init(_ file: CriteriaFile, year: String, language: Language) {
        call = CallSummary(file, year: year, language: language)
        parameters = file.parameters.map { ParameterSummary($0, language: language) }
        let text = RuleText(language: language, criteria: file)
        criteria = file.criteria.map { CriterionSummary($0, text: text, year: year, language: language) }
    }
}

struct ParameterSummary: Sendable, Codable {
    var name: String
    var type: String
    var defaultValue: String
    var label: String
    var source: String

    init(_ parameter: Parameter, language: Language) {
        name = parameter.name
        type = parameter.type.rawValue
        defaultValue = "\(parameter.defaultValue)"
        label = parameter.label(language)
        source = parameter.source
    }
}

struct CriterionSummary: Sendable, Codable {
    var id: String
    var kind: String
    var title: String
    var explanation: String
    var source: String
    var fix: String?
    var weight: Decimal?
    var minimum: Decimal?
    /// The rule or scale in words, one line per item, indented by depth.
    var rule: [RuleLine]
    /// The facts the rule reads.
    var facts: [String]
    var explorer: String

    struct RuleLine: Sendable, Codable {
        var depth: Int
        var text: String
    }

    init(_ criterion: Criterion, text: RuleText, year: String, language: Language) {
        id = criterion.id
        kind = criterion.kind.rawValue
        title = criterion.title(language)
        explanation = criterion.explanation(language)
        source = criterion.source
        fix = criterion.fix.map { $0(language) }
        weight = criterion.weight
        minimum = criterion.minimum
        rule = text.lines(criterion).map { RuleLine(depth: min($0.depth, 5), text: $0.text) }
        var names: [String] = []
        for fact in criterion.rule?.facts ?? criterion.scale?.facts ?? [] where !names.contains(fact.name) {
            names.append(fact.name)
        }
        facts = names
        explorer = "\(language.prefix)/criteria/\(year)#\(criterion.id)"
    }
}

/// A fact as `GET /api/v1/facts` and the explorer give it.
struct FactSummary: Sendable, Codable {
    var name: String
    var label: String
    var type: String
    var unit: String
    var meaning: String
    /// Where in the application XML the data behind the fact sits.
    var location: String
    var parameters: [String]

    init(_ fact: FactDefinition, language: Language) {
        name = fact.name
        label = fact.label(language)
        type = fact.type.rawValue
        unit = fact.unit(language)
        meaning = fact.meaning(language)
        location = fact.location
        parameters = fact.parameters
    }
}
