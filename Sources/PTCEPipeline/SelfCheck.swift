public import PTCEModel
public import PTCEEngine
import PTCEFormats
import PTCEReports

/// What a self-check gives: the file's problems when it cannot be read, else its evaluation
/// under each call asked.
public struct SelfCheckOutcome: Sendable, Codable {
    /// Why the file could not be read (each with a stable `Problem.code`); empty when it was.
    public var problems: [Problem]
    /// One evaluation per call, in the order asked.
    public var evaluations: [Evaluation]
}

/// The applicant's self-check as a library call: bytes in, Codable outcome out, with the
/// schemas and criteria compiled into the binary — no file is read.
///
/// The first call sets up libxml2 for the process (`LibXML` in `XMLSafe`): parser initialised
/// once, network and catalogs off, a deny-all external-entity loader installed. A program
/// that embeds ptce shares that process-wide state with any other libxml2 user.
public enum SelfCheck {
    /// Checks an application given as bytes.
    ///
    /// - Parameters:
    ///   - bytes: the XML file's content.
    ///   - name: how messages name the file.
    ///   - call: `"2013"`, `"2015"`, `"all"`, or nil for the call the file declares.
    public static func check(bytes: [UInt8], name: String = "application.xml", call: String? = nil)
        -> SelfCheckOutcome
    {
        check(bytes: bytes, name: name, call: call) { spec throws(ProblemList) in try Calls.load(spec) }
    }

    /// Checks an application against criteria the caller has already loaded: `criteria` gives
    /// the files for a call spec (`"2013"`, `"2015"`, `"all"`). A server loads each call once
    /// rather than parsing and linting its file on every request.
    public static func check(
        bytes: [UInt8], name: String = "application.xml", call: String? = nil,
        criteria: (String) throws(ProblemList) -> [CriteriaFile]
    ) -> SelfCheckOutcome {
        do {
            let application = try ApplicationLoader.standard().load(bytes: bytes, path: name)
            let spec = call ?? (Calls.shipped.contains(application.call) ? application.call : "2015")
            let evaluations = try criteria(spec).map { criteria in
                var evaluator = Evaluator(criteria: criteria)
                evaluator.selfCheck = true
                return evaluator.evaluate(application)
            }
            return SelfCheckOutcome(problems: [], evaluations: evaluations)
        } catch {
            return SelfCheckOutcome(problems: error.problems, evaluations: [])
        }
    }
}
