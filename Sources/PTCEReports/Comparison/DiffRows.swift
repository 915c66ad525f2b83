import Foundation
import PTCEEngine
import PTCEModel

/// The changes of a ``CriteriaDiff`` as rows of words in one language: what (subject and its
/// title), which property, before, after, and the criteria a parameter reaches.
struct DiffRows {
    /// One change in words.
    struct Row {
        var subject: String
        var aspect: String
        var before: String
        var after: String
        var affects: String
    }

    let diff: CriteriaDiff
    let language: Language

    var before: DiffWords { DiffWords(language: language, file: diff.base, values: diff.baseValues) }
    var after: DiffWords { DiffWords(language: language, file: diff.alternative, values: diff.alternativeValues) }

    /// "Critère « Autofinancement » (self-financing)".
    func subject(_ change: CriteriaDiff.Change) -> String {
        let kind = ComparisonLabel.subject(change.subject)(language)
        switch change.subject {
        case .ranking, .call: return kind
        case .parameter, .criterion:
            let title = change.title(language)
            let quoted = language == .fr ? "« \(title) »" : "“\(title)”"
            return title == change.id ? "\(kind) \(change.id)" : "\(kind) \(quoted) (\(change.id))"
        }
    }

    var rows: [Row] {
        diff.changes.map { change in
            let weights = (
                diff.base.criteria.first { $0.id == change.id }?.weight,
                diff.alternative.criteria.first { $0.id == change.id }?.weight
            )
            let affects = change.affects.map { id in
                let title = diff.title(of: id)(language)
                return language == .fr ? "« \(title) »" : "“\(title)”"
            }
            return Row(
                subject: subject(change), aspect: ComparisonLabel.aspect(change.aspect)(language),
                before: before.value(change.before, weight: weights.0), after: after.value(change.after, weight: weights.1),
                affects: affects.joined(separator: ", "))
        }
    }

    /// "Criteria/ptce-2015.xml — Appel à projets… (selfFinancingFloor = 20 %)".
    func side(_ file: CriteriaFile, values: ParameterValues) -> String {
        let changed = file.parameters.filter { parameter in
            (values[parameter.name] ?? parameter.defaultValue) != parameter.defaultValue
        }.map { parameter in
            "\(parameter.name) = \(Format.parameter(values[parameter.name] ?? parameter.defaultValue, as: parameter.type)(language))"
        }
        let settings = changed.isEmpty ? "" : " (\(changed.joined(separator: ", ")))"
        return "\(file.call.title(language)) — \(file.path)\(settings)"
    }
}
