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
        json.member("file")
        json.string(file)
        if let funderConcentration {
            json.member("funderConcentration")
            json.number(funderConcentration)
        }
        if let largestFunder {
            json.member("largestFunder")
            largestFunder.write(to: &json)
        }
        if let largestFunderShare {
            json.member("largestFunderShare")
            json.number(largestFunderShare)
        }
        if let maximum {
            json.member("maximum")
            json.number(maximum)
        }
        if let name {
            json.member("name")
            json.string(name)
        }
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
        if let ptceType {
            json.member("ptceType")
            json.string(ptceType)
        }
        if let publicRole {
            json.member("publicRole")
            json.string(publicRole)
        }
        if let region {
            json.member("region")
            json.string(region)
        }
        if let requested {
            json.member("requested")
            json.number(requested)
        }
        if let sha256 {
            json.member("sha256")
            json.string(sha256)
        }
        if let status {
            json.member("status")
            json.string(status)
        }
        if let total {
            json.member("total")
            json.number(total)
        }
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
        json.member("id")
        json.string(id)
        json.member("kind")
        json.string(kind)
        json.member("missing")
        json.array(missing) { $1.write(to: &$0) }
        json.member("outcome")
        json.string(outcome)
        json.member("parameters")
        json.object(parameters) { $1.write(to: &$0) }
        if let points {
            json.member("points")
            json.number(points)
        }
        json.member("source")
        json.string(source)
        if let weight {
            json.member("weight")
            json.number(weight)
        }
        json.close()
    }
}

extension JSONReport.ProblemEntry {
    func write(to json: inout JSONWriter) {
        json.openObject()
        json.member("column")
        json.number(column)
        json.member("kind")
        json.string(kind)
        json.member("line")
        json.number(line)
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
            json.member("high")
            json.number(high)
            json.member("low")
            json.number(low)
            json.close()
        case .null: json.null()
        }
    }
}

extension Localized {
    /// `{"en":…,"fr":…}`, as its synthesized conformance encodes it with sorted keys.
    func write(to json: inout JSONWriter) {
        json.openObject()
        json.member("en")
        json.string(en)
        json.member("fr")
        json.string(fr)
        json.close()
    }
}
