public import Foundation
public import PTCEModel
public import XMLSafe
public import PTCEEngine

/// One scenario test: an application, parameter overrides, and expected outcomes.
public struct Scenario: Sendable {
    /// Where a scenario takes its application from.
    public enum Source: Sendable {
        /// An application file, resolved to a path.
        case path(String)
        /// An application written inside the scenario.
        case inline(XMLElement)
    }

    /// What a scenario expects: a status, a total, or the outcome or points of criteria.
    public struct Expectation: Sendable {
        /// The line of `<expect>` in its file.
        public var line: Int
        /// The expected status of the application, if any.
        public var status: Status?
        /// The criteria the outcome or points apply to.
        public var criteria: [String]
        /// The expected outcome of each of `criteria`, if any.
        public var outcome: Outcome?
        /// The expected points of each of `criteria`, if any.
        public var points: Decimal?
        /// The expected total, if any.
        public var total: Decimal?
        /// The largest difference accepted on points and totals (0.01 by default).
        public var tolerance: Decimal
    }

    /// The `name` attribute, shown in failures.
    public var name: String
    /// The line of `<scenario>` in its file.
    public var line: Int
    /// The application file, or the application written inline.
    public var source: Source
    /// Parameter overrides (`<set name="…" value="…"/>`), with their lines.
    public var overrides: [(name: String, value: String, line: Int)]
    /// The jury's consensus per criterion, for juror-marked and mixed scores.
    public var jury: [String: Decimal]
    /// The expectations, in file order.
    public var expectations: [Expectation]
}

/// A file of scenarios, bound to one criteria file.
public struct ScenarioFile: Sendable {
    /// The namespace of the scenario format, version 1.
    public static let namespace = "urn:x-ptce:scenarios:1"

    /// The scenario file.
    public var path: String
    /// The criteria file, resolved against the scenario file's folder.
    public var criteriaPath: String
    /// The scenarios, in file order.
    public var scenarios: [Scenario]

    /// Reads and validates a scenario file against `Criteria/scenarios.xsd`.
    ///
    /// - Parameters:
    ///   - path: the scenario file.
    ///   - samples: the folder of sample applications; nil resolves each application path
    ///     against the scenario file's folder (see ``samplePath(_:in:)``).
    public static func load(path: String, samples: String? = nil) throws(ProblemList) -> ScenarioFile {
        let root = try DocumentReader.read(
            try FileInput.read(path, limit: XMLLimits.standard.maxFileBytes), path: path, as: .scenarios)
        let folder = (path as NSString).deletingLastPathComponent
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : (folder.isEmpty ? relative : folder + "/" + relative)
        }
        let decimal = { (text: String?) in text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } }
        let scenarios = root.children("scenario").map { element in
            let applicationElement = element.child("application")
            let source: Scenario.Source =
                if let inline = applicationElement?.children.first { .inline(inline) } else {
                    .path(
                        samples.map { samplePath(applicationElement?.attributes["path"] ?? "", in: $0) }
                            ?? resolve(applicationElement?.attributes["path"] ?? ""))
                }
            return Scenario(
                name: element.attributes["name"] ?? "",
                line: element.line,
                source: source,
                overrides: element.children("set").map { ($0.attributes["name"] ?? "", $0.attributes["value"] ?? "", $0.line) },
                jury: Dictionary(
                    element.children("jury").compactMap { mark in
                        decimal(mark.attributes["value"]).map { (mark.attributes["criterion"] ?? "", $0) }
                    }, uniquingKeysWith: { _, last in last }),
                expectations: element.children("expect").map { expect in
                    Scenario.Expectation(
                        line: expect.line,
                        status: expect.attributes["status"].flatMap(Status.init(rawValue:)),
                        criteria: (expect.attributes["criteria"] ?? "").split(separator: " ").map(String.init),
                        outcome: expect.attributes["outcome"].flatMap(Outcome.init(rawValue:)),
                        points: decimal(expect.attributes["points"]),
                        total: decimal(expect.attributes["total"]),
                        tolerance: decimal(expect.attributes["tolerance"]) ?? Decimal(string: "0.01")!)
                })
        }
        return ScenarioFile(path: path, criteriaPath: resolve(root.attributes["criteria"] ?? ""), scenarios: scenarios)
    }

    /// Where an application path of a scenario file lies in the samples folder `samples`.
    ///
    /// A scenario names its application from its own folder (`../SampleApplications/x.xml`);
    /// in the samples folder, that is the path after its `.` and `..` segments and its first
    /// folder (`x.xml`, `invalid/y.xml` for `../SampleApplications/invalid/y.xml`). An absolute
    /// path is kept as it is.
    public static func samplePath(_ path: String, in samples: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        var parts = path.split(separator: "/").map(String.init).drop(while: { $0 == "." || $0 == ".." })
        if parts.count > 1 { parts = parts.dropFirst() }
        let folder = samples.hasSuffix("/") ? String(samples.dropLast()) : samples
        return ([folder] + parts).joined(separator: "/")
    }
}
