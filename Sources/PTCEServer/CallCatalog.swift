import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The criteria of every shipped call, loaded once at start from the files compiled into the
/// binary. Pages and the API list what is here, so a new call file needs no server code.
struct CallCatalog: Sendable {
    /// Each call's criteria, in `Calls.shipped` order.
    var calls: [(year: String, file: CriteriaFile)]

    static func load() throws(ProblemList) -> CallCatalog {
        var calls: [(year: String, file: CriteriaFile)] = []
        for year in Calls.shipped {
            for file in try Calls.load(year) { calls.append((year, file)) }
        }
        return CallCatalog(calls: calls)
    }

    /// The criteria of `year`, if it is a shipped call.
    func file(_ year: String) -> CriteriaFile? { calls.first { $0.year == year }?.file }

    /// The year of the call whose id is `callID` (an evaluation's `callID`).
    func year(ofCallID callID: String) -> String? { calls.first { $0.file.call.id == callID }?.year }

    /// The criteria files for a call spec: one year, or every call for `all`.
    func files(_ spec: String) throws(ProblemList) -> [CriteriaFile] {
        if spec == "all" { return calls.map(\.file) }
        guard let file = file(spec) else {
            throw .input(spec, fr: "appel inconnu : \(spec)", en: "unknown call: \(spec)")
        }
        return [file]
    }

    /// The values `call=` accepts: each shipped year and `all`. Anything else is refused
    /// before it reaches `Calls.load`, which would read a path from disk.
    var acceptedCalls: [String] { calls.map(\.year) + ["all"] }
}
