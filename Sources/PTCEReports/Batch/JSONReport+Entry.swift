import Foundation
import PTCEEngine
import PTCEModel

/// An application's entry written by ``JSONWriter``: the bytes `JSONEncoder` gives for
/// ``JSONReport/ApplicationEntry`` (whose `Encodable` conformance stays the reference), without
/// an encoder per entry. Members are written in the order of their names, as `.sortedKeys` does;
/// absent optionals are left out, as the synthesized conformance does.
extension JSONReport.ApplicationEntry {
    func write(to json: inout JSONWriter) {
        json.openObject()
        if let composition {
            json.member("composition")
            json.object(composition) { $0.number($1) }
        }
        if let criteria {
            json.member("criteria")
            json.array(criteria) { $1.write(to: &$0) }
        }
        if let departements {
            json.member("departements")
            json.array(departements) { $0.string($1) }
        }
        json.member("file", file)
        json.member("funderConcentration", funderConcentration)
        if let largestFunder {
            json.member("largestFunder")
            largestFunder.write(to: &json)
        }
        json.member("largestFunderShare", largestFunderShare)
        json.member("maximum", maximum)
        json.member("name", name)
        if let ownResourcesShare {
            json.member("ownResourcesShare")
            json.array(ownResourcesShare) { json, share in
                if let share { json.number(share) } else { json.null() }
            }
        }
        if let problems {
            json.member("problems")
            json.array(problems) { $1.write(to: &$0) }
        }
        json.member("ptceType", ptceType)
        json.member("publicRole", publicRole)
        json.member("region", region)
        json.member("requested", requested)
        json.member("sha256", sha256)
        json.member("status", status)
        json.member("total", total)
        json.close()
    }
}

extension JSONReport.CriterionEntry {
    func write(to json: inout JSONWriter) {
        json.openObject()
        json.member("explanation")
        explanation.write(to: &json)
        json.member("facts")
        json.object(facts) { $1.write(to: &$0) }
        json.member("id", id)
        json.member("kind", kind)
        json.member("missing")
        json.array(missing) { $1.write(to: &$0) }
        json.member("outcome", outcome)
        json.member("parameters")
        json.object(parameters) { $1.write(to: &$0) }
        json.member("points", points)
        json.member("source", source)
        json.member("weight", weight)
        json.close()
    }
}

extension JSONReport.ProblemEntry {
    func write(to json: inout JSONWriter) {
        json.openObject()
        json.member("column", column)
        json.member("kind", kind)
        json.member("line", line)
        json.member("message")
        message.write(to: &json)
        json.close()
    }
}

extension JSONValue {
    func write(to json: inout JSONWriter) {
        switch self {
        case .number(let number): json.number(number)
        case .boolean(let flag): json.boolean(flag)
        case .text(let text): json.string(text)
        case .range(let low, let high):
            json.openObject()
            json.member("high", high)
            json.member("low", low)
            json.close()
        case .null: json.null()
        }
    }
}

extension Localized {
    /// `{"en":…,"fr":…}`, as its synthesized conformance encodes it with sorted keys.
    func write(to json: inout JSONWriter) {
        json.openObject()
        json.member("en", en)
        json.member("fr", fr)
        json.close()
    }
}
