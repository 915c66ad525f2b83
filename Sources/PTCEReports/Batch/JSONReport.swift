public import Foundation
import PTCEEngine
import PTCEModel

/// The report as JSON for other tools, version 2: documented in `Docs/report-json.md`, with the
/// JSON Schema `Docs/report.schema.json`. `version` changes whenever a field changes meaning or
/// disappears.
///
/// The document is written member by member, one per line, each value encoded by
/// `JSONEncoder` (compact, sorted keys); the last member, `applications`, is an array of one
/// entry per line, each written by ``JSONWriter`` with the encoder's bytes (see
/// `JSONReport+Entry.swift`). An entry is the application's placement (``Placement``, what the ranking
/// decides) and, under `application`, its ranking-free part, rendered by
/// ``ApplicationPartRenderer`` (possibly ahead, in a batch's worker): the entry is built from
/// encoded values, never from edited encoder output.
public struct JSONReport: ReportRenderer {
    public static let version = 2

    public init() {}
    public var fileName: String { "report.json" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: $0) }
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Streams the document, one entry of `applications` at a time: a batch of any size never
    /// holds the whole JSON in memory. Applicants' text keeps its characters, but none a
    /// terminal or viewer would obey stays raw in the file (see ``inert(_:)``).
    private func write(_ context: ReportContext, _ output: ([UInt8]) throws -> Void) throws {
        func emit(_ bytes: [UInt8]) throws { try output(JSONReport.inert(bytes)) }
        let encoder = JSONReport.encoder()
        let header = Header(context)
        var opening = Array("{\n".utf8)
        for (name, value) in header.members {
            opening += try JSONReport.member(name, value, encoder) + Array(",\n".utf8)
        }
        opening += [UInt8](try encoder.encode("applications"))
        opening += Array(":[".utf8)
        try emit(opening)
        let batch = context.batch
        let parts = try ApplicationPartRenderer(context)
        var first = true
        func emitEntry(_ placement: Placement, _ application: [UInt8]) throws {
            var entry = JSONWriter(capacity: application.count + 160)
            entry.raw(first ? "\n" : ",\n")
            entry.openObject()
            placement.write(to: &entry)
            entry.member("application")
            entry.raw(application)
            entry.close()
            try emit(entry.bytes)
            first = false
        }
        func part(_ summary: ApplicationSummary) throws -> [UInt8] { try parts.part(summary, .json, context: context) }
        for (index, summary) in batch.ranking.enumerated() {
            let award = batch.funding.awards[index]
            try emitEntry(
                Placement(
                    section: "ranked", rank: index + 1, award: money(award.award), fundingDecision: decisionCode(award.decision)),
                part(summary))
        }
        for (index, summary) in batch.belowThreshold.enumerated() {
            try emitEntry(Placement(section: "below-threshold", rank: index + 1), part(summary))
        }
        for summary in batch.pendingMarks { try emitEntry(Placement(section: "pending-marks"), part(summary)) }
        for summary in batch.incomplete { try emitEntry(Placement(section: "incomplete"), part(summary)) }
        for summary in batch.ineligible { try emitEntry(Placement(section: "ineligible"), part(summary)) }
        for duplicate in batch.duplicates {
            let placement = Placement(
                section: "duplicate", duplicateOf: VisibleText.escape(duplicate.original),
                duplicateReason: duplicate.reason.rawValue)
            try emitEntry(placement, part(duplicate.summary))
        }
        for item in batch.unreadable {
            let entry = ApplicationEntry(unreadable: item.file, sha256: item.sha256, problems: item.problems)
            var json = JSONWriter()
            entry.write(to: &json)
            try emitEntry(Placement(section: "unreadable"), json.bytes)
        }
        try emit(Array((first ? "]\n}\n" : "\n]\n}\n").utf8))
    }

    /// `"name":value`, the value encoded on its own.
    static func member(_ name: String, _ value: any Encodable, _ encoder: JSONEncoder) throws -> [UInt8] {
        [UInt8](try encoder.encode(name)) + [UInt8(ascii: ":")] + [UInt8](try encoder.encode(value))
    }

    /// One application's entry without what only the ranking knows (see ``Placement``): the
    /// part a batch's worker renders (see ``ApplicationPartRenderer``). One line of JSON.
    static func entry(_ summary: ApplicationSummary) -> [UInt8] {
        var json = JSONWriter()
        ApplicationEntry(summary).write(to: &json)
        return json.bytes
    }

    /// `bytes` of JSON with every character ``VisibleText`` escapes written as a JSON escape
    /// (`\u009b`): the data stays the same for a JSON reader, and nothing in the file is obeyed
    /// by a terminal or a viewer. The encoder already escapes C0 characters; DEL, C1 and the
    /// bidirectional marks are left raw by it. They occur only inside strings (the structure is
    /// ASCII), so escaping them byte by byte keeps the document valid.
    static func inert(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var index = 0
        func escaped(_ value: UInt32) -> [UInt8] {
            let digits = String(value, radix: 16)
            return Array(("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).utf8)
        }
        while index < bytes.count {
            let byte = bytes[index]
            var length = 1
            var scalar: UInt32?
            switch byte {
            case 0x7F: scalar = 0x7F
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                (scalar, length) = (UInt32(bytes[index + 1]), 2)
            case 0xD8 where index + 1 < bytes.count && bytes[index + 1] == 0x9C:
                (scalar, length) = (0x061C, 2)
            case 0xE2 where index + 2 < bytes.count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81):
                let value = 0x2000 + UInt32(bytes[index + 1] & 0x3F) << 6 + UInt32(bytes[index + 2] & 0x3F)
                if VisibleText.needsEscape(Unicode.Scalar(value)!) { (scalar, length) = (value, 3) }
            default: break
            }
            if let scalar {
                result += escaped(scalar)
            } else {
                result.append(byte)
            }
            index += length
        }
        return result
    }

    /// Where an application stands in the report: the only part of its entry that the ranking
    /// decides.
    struct Placement {
        var section: String
        var rank: Int?
        var award: Decimal?
        var fundingDecision: String?
        /// For a duplicate: the file kept in its place, and why (``Duplicate/Reason``).
        var duplicateOf: String?
        var duplicateReason: String?

        /// The members, in this order (not sorted); absent values are left out.
        func write(to json: inout JSONWriter) {
            json.member("section")
            json.string(section)
            if let rank {
                json.member("rank")
                json.number(rank)
            }
            if let award {
                json.member("award")
                json.number(award)
            }
            let texts = [
                ("fundingDecision", fundingDecision), ("duplicateOf", duplicateOf), ("duplicateReason", duplicateReason),
            ]
            for (name, value) in texts {
                guard let value else { continue }
                json.member(name)
                json.string(value)
            }
        }
    }

    /// The document's members before `applications`.
    struct Header {
        var format = "ptce-jury-report"
        var version = JSONReport.version
        var generatedBy: String
        var asOf: String
        var language: String
        var call: Call
        var criteria: CriteriaInfo
        var counts: [String: Int]
        var funding: FundingInfo
        var committee: CommitteeSummary.JSON
        var jury: JuryInfo?

        /// The members written, in this order; `jury` only when marks were loaded.
        var members: [(String, any Encodable)] {
            let all: [(String, (any Encodable)?)] = [
                ("format", format), ("version", version), ("generatedBy", generatedBy), ("asOf", asOf),
                ("language", language), ("call", call), ("criteria", criteria), ("counts", counts),
                ("funding", funding), ("committee", committee), ("jury", jury),
            ]
            return all.compactMap { name, value in value.map { (name, $0) } }
        }

        init(_ context: ReportContext) {
            let batch = context.batch
            let info = batch.criteria.call
            generatedBy = "ptce \(context.toolVersion)"
            asOf = context.asOf
            language = context.language.rawValue
            call = Call(
                id: info.id, year: info.year, title: info.title, opens: info.opens?.text, deadline: info.deadline?.text,
                envelope: money(info.envelope), minimumAward: money(info.minimumAward), maximumAward: money(info.maximumAward))
            criteria = CriteriaInfo(
                path: batch.criteria.path, sha256: batch.criteria.sha256,
                parameters: batch.criteria.parameters.map { parameter in
                    Parameter(
                        name: parameter.name, type: parameter.type.rawValue,
                        value: JSONValue(batch.parameters[parameter.name] ?? parameter.defaultValue),
                        defaultValue: JSONValue(parameter.defaultValue),
                        overridden: context.overridden.contains(parameter.name), source: parameter.source)
                },
                tieBreak: batch.criteria.tieBreak.map { key in
                    switch key.target {
                    case .criterion(let id): "criterion:\(id):\(key.descending ? "descending" : "ascending")"
                    case .fact(let name): "fact:\(name):\(key.descending ? "descending" : "ascending")"
                    }
                })
            let c = batch.counts
            counts = [
                "received": c.received, "unreadable": c.unreadable, "ineligible": c.ineligible, "incomplete": c.incomplete,
                "eligible": c.eligible, "belowThreshold": c.belowThreshold, "pendingMarks": c.pendingMarks,
                "duplicates": c.duplicates, "funded": c.funded,
            ]
            funding = FundingInfo(
                envelope: money(batch.funding.envelope), used: money(batch.funding.used),
                remainder: money(batch.funding.remainder), cutoffAfterRank: batch.funding.cutoff,
                regionCap: batch.funding.regionCap)
            committee = CommitteeSummary(batch, language: context.language).json
            jury = batch.jury.map { JuryInfo($0, batch: batch, language: context.language) }
        }
    }

    /// The jury's marks (juror ids, or anonymised labels), consensus and flags per application.
    struct JuryInfo: Encodable {
        var aggregate: String
        var minimumMarks: Int
        var disagreement: Decimal
        var anonymised: Bool
        var marksFiles: [[String: String]]
        var refusedMarks: [ProblemEntry]
        var applications: [String: ApplicationMarks]

        struct ApplicationMarks: Encodable {
            var marks: [String: [String: Decimal]]
            var consensus: [String: Decimal]
            var flags: [Localized]
        }

        init(_ jury: JuryOutcome, batch: RankedBatch, language: Language) {
            aggregate = jury.settings.aggregate.rawValue
            minimumMarks = jury.settings.minimumMarks
            disagreement = jury.settings.disagreement
            anonymised = jury.settings.anonymise
            marksFiles = jury.files.map { ["file": $0.path, "sha256": $0.sha256] }
            refusedMarks = ((jury.settings.anonymise ? [] : jury.sheetProblems) + jury.missingSheets + jury.refused).map(
                ProblemEntry.init)
            applications = jury.applications.mapValues { application in
                ApplicationMarks(
                    marks: application.marks.mapValues { values in
                        Dictionary(uniqueKeysWithValues: values.map { (jury.label($0.juror, language: .en), $0.value) })
                    },
                    consensus: application.consensus,
                    flags: application.flags.map(\.label))
            }
        }
    }

    struct Call: Encodable {
        var id, year: String
        var title: Localized
        var opens, deadline: String?
        var envelope, minimumAward, maximumAward: Decimal
    }

    struct CriteriaInfo: Encodable {
        var path, sha256: String
        var parameters: [Parameter]
        var tieBreak: [String]
    }

    struct Parameter: Encodable {
        var name, type: String
        var value: JSONValue
        var defaultValue: JSONValue
        var overridden: Bool
        var source: String
    }

    struct FundingInfo: Encodable {
        var envelope, used, remainder: Decimal
        var cutoffAfterRank: Int?
        var regionCap: Int?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(envelope, forKey: .envelope)
            try container.encode(used, forKey: .used)
            try container.encode(remainder, forKey: .remainder)
            try container.encode(cutoffAfterRank, forKey: .cutoffAfterRank)
            try container.encode(regionCap, forKey: .regionCap)
        }

        enum CodingKeys: String, CodingKey { case envelope, used, remainder, cutoffAfterRank, regionCap }
    }

    struct ApplicationEntry: Encodable {
        var file: String
        var sha256: String?
        var name: String?
        var status: String?
        var total, maximum, requested: Decimal?
        var region: String?
        var departements: [String]?
        var criteria: [CriterionEntry]?
        var composition: [String: Int]?
        var ownResourcesShare: [Decimal?]?
        var largestFunder: Localized?
        var largestFunderShare, funderConcentration: Decimal?
        var ptceType, publicRole: String?
        var problems: [ProblemEntry]?

        init(_ summary: ApplicationSummary) {
            file = VisibleText.escape(summary.file)
            sha256 = summary.sha256
            name = summary.name
            status = summary.status.rawValue
            total = money(summary.evaluation.total)
            maximum = money(summary.evaluation.maximum)
            requested = summary.requestedAmount.map(money)
            region = summary.region
            departements = summary.departements
            criteria = summary.evaluation.results.map(CriterionEntry.init)
            let c = summary.composition
            composition = [
                "essEnterprises": c.essEnterprises, "conventionalBusinesses": c.conventionalBusinesses,
                "groupings": c.groupings, "localAuthorities": c.localAuthorities,
                "researchAndEducation": c.researchAndEducation, "otherPersons": c.otherPersons,
                "unclassified": c.unclassified, "naturalPersons": c.naturalPersons, "total": c.total,
            ]
            ownResourcesShare = summary.budgetPath.ownShares.map { $0.map(share) }
            largestFunder = summary.budgetPath.largestFunder
            largestFunderShare = summary.budgetPath.largestFunderShare.map(share)
            funderConcentration = summary.budgetPath.concentration.map(money)
            ptceType = summary.analysis.type?.rawValue
            publicRole = summary.analysis.publicRole?.rawValue
        }

        init(unreadable file: String, sha256: String?, problems: [Problem]) {
            self.file = VisibleText.escape(file)
            self.sha256 = sha256
            self.problems = problems.map(ProblemEntry.init)
        }
    }

    struct CriterionEntry: Encodable {
        var id, kind, outcome: String
        var points, weight: Decimal?
        var explanation: Localized
        var source: String
        var facts: [String: JSONValue]
        var parameters: [String: JSONValue]
        var missing: [Localized]

        init(_ result: CriterionResult) {
            id = result.id
            kind = result.criterion.kind.rawValue
            outcome = result.outcome.rawValue
            points = result.points.map(money)
            weight = result.criterion.weight
            explanation = result.explanation
            source = result.criterion.source
            facts = Dictionary(uniqueKeysWithValues: result.trace.facts.map { ($0.name, JSONValue($0.value)) })
            parameters = Dictionary(uniqueKeysWithValues: result.trace.parameters.map { ($0.name, JSONValue($0.value)) })
            missing = result.trace.missing
        }
    }

    struct ProblemEntry: Encodable {
        var line, column: Int
        var kind: String
        var message: Localized

        init(_ problem: Problem) {
            line = problem.location.line
            column = problem.location.column
            kind = problem.kind.rawValue
            message = problem.message
        }
    }
}

/// A fact or parameter value in JSON: a number, a boolean, a timestamp string, a range
/// `{"low": …, "high": …}`, or null when missing.
enum JSONValue: Encodable {
    case number(Decimal), boolean(Bool), text(String), range(Decimal, Decimal), null

    init(_ value: FactValue) {
        switch value {
        case .number(let number): self = .number(share(number))
        case .range(let low, let high, _): self = .range(low, high)
        case .boolean(let flag): self = .boolean(flag)
        case .timestamp(let timestamp): self = .text(timestamp.text)
        case .missing: self = .null
        }
    }

    init(_ value: ParameterValue) {
        switch value {
        case .number(let number): self = .number(number)
        case .boolean(let flag): self = .boolean(flag)
        case .timestamp(let timestamp): self = .text(timestamp.text)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .boolean(let flag): try container.encode(flag)
        case .text(let text): try container.encode(text)
        case .range(let low, let high): try container.encode(["low": low, "high": high])
        case .null: try container.encodeNil()
        }
    }
}

/// Money and points, rounded to cents.
private func money(_ value: Decimal) -> Decimal { Format.rounded(value, 2) }
/// Shares and ratios, rounded to 4 decimals.
private func share(_ value: Decimal) -> Decimal { Format.rounded(value, 4) }

/// Stable codes for funding decisions.
func decisionCode(_ decision: Funding.Decision) -> String {
    switch decision {
    case .funded: "funded"
    case .beyondEnvelope: "beyond-envelope"
    case .belowLine: "below-line"
    case .requestMissing: "request-missing"
    case .belowMinimum: "below-minimum"
    case .regionCap: "region-cap"
    }
}
