import Foundation
import PTCEEngine
import PTCEModel

/// The JSON form of a criteria diff (both languages).
struct DiffJSON: Encodable {
    struct Side: Encodable {
        var path: String
        var sha256: String
        var call: String
        var parameters: [String: String]
    }

    struct Change: Encodable {
        var subject: String
        var id: String
        var aspect: String
        var title: Localized
        var before: Localized
        var after: Localized
        var affects: [String]
    }

    var format = "ptce-criteria-diff"
    var formatVersion = 1
    var base: Side
    var alternative: Side
    var changes: [Change]

    init(diff: CriteriaDiff, fr: DiffRows, en: DiffRows) {
        func side(_ file: CriteriaFile, _ values: ParameterValues) -> Side {
            Side(
                path: file.path, sha256: file.sha256, call: file.call.id,
                parameters: Dictionary(
                    uniqueKeysWithValues: file.parameters.map { ($0.name, (values[$0.name] ?? $0.defaultValue).description) }))
        }
        base = side(diff.base, diff.baseValues)
        alternative = side(diff.alternative, diff.alternativeValues)
        let (frRows, enRows) = (fr.rows, en.rows)
        changes = diff.changes.indices.map { index in
            let change = diff.changes[index]
            return Change(
                subject: change.subject.rawValue, id: change.id, aspect: change.aspect.rawValue, title: change.title,
                before: Localized(fr: frRows[index].before, en: enRows[index].before),
                after: Localized(fr: frRows[index].after, en: enRows[index].after), affects: change.affects)
        }
    }
}
