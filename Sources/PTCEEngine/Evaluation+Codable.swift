import Foundation
import PTCEModel

// Evaluations are Codable so that a program embedding the engine (a server, a script) can send
// and store them as JSON. A decoded result carries its criterion's identity and words (id,
// kind, title, explanation, source, weight, minimum), not its rule: decisions are made by an
// ``Evaluator`` with the criteria file, never from a decoded evaluation.

extension Evaluation: Codable {
    enum CodingKeys: String, CodingKey {
        case applicationName, callID, status, results, total, maximum, minimumTotal, facts
    }

    /// Decodes an evaluation written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            applicationName: try container.decode(String.self, forKey: .applicationName),
            callID: try container.decode(String.self, forKey: .callID),
            status: try container.decode(Status.self, forKey: .status),
            results: try container.decode([CriterionResult].self, forKey: .results),
            total: try container.decode(Decimal.self, forKey: .total),
            maximum: try container.decode(Decimal.self, forKey: .maximum),
            minimumTotal: try container.decodeIfPresent(Decimal.self, forKey: .minimumTotal),
            facts: try container.decode([String: FactValue].self, forKey: .facts))
    }

    /// Encodes the evaluation as JSON-friendly keys, each result with its criterion's words.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(applicationName, forKey: .applicationName)
        try container.encode(callID, forKey: .callID)
        try container.encode(status, forKey: .status)
        try container.encode(results, forKey: .results)
        try container.encode(total, forKey: .total)
        try container.encode(maximum, forKey: .maximum)
        try container.encodeIfPresent(minimumTotal, forKey: .minimumTotal)
        try container.encode(facts, forKey: .facts)
    }
}

extension CriterionResult: Codable {
    enum CodingKeys: String, CodingKey {
        case criterion, outcome, points, explanation, trace, awaitingMarks, computedPoints, juryHeadroom
    }

    /// What an encoded result says of its criterion.
    struct CriterionIdentity: Codable {
        var id: String
        var kind: Criterion.Kind
        var title: Localized
        var explanation: Localized
        var source: String
        var weight: Decimal?
        var minimum: Decimal?
    }

    /// Decodes a result; its criterion keeps its identity and words, not its rule.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let identity = try container.decode(CriterionIdentity.self, forKey: .criterion)
        let criterion = Criterion(
            id: identity.id, kind: identity.kind, title: identity.title, explanation: identity.explanation, fix: nil,
            source: identity.source, rule: nil, scale: nil, weight: identity.weight, minimum: identity.minimum, line: 0)
        self.init(
            criterion: criterion, outcome: try container.decode(Outcome.self, forKey: .outcome),
            points: try container.decodeIfPresent(Decimal.self, forKey: .points),
            explanation: try container.decode(Localized.self, forKey: .explanation),
            trace: try container.decode(Trace.self, forKey: .trace))
        awaitingMarks = try container.decode(Bool.self, forKey: .awaitingMarks)
        computedPoints = try container.decodeIfPresent(Decimal.self, forKey: .computedPoints)
        juryHeadroom = try container.decode(Decimal.self, forKey: .juryHeadroom)
    }

    /// Encodes the result with its criterion's identity and words.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let identity = CriterionIdentity(
            id: criterion.id, kind: criterion.kind, title: criterion.title, explanation: criterion.explanation,
            source: criterion.source, weight: criterion.weight, minimum: criterion.minimum)
        try container.encode(identity, forKey: .criterion)
        try container.encode(outcome, forKey: .outcome)
        try container.encodeIfPresent(points, forKey: .points)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(trace, forKey: .trace)
        try container.encode(awaitingMarks, forKey: .awaitingMarks)
        try container.encodeIfPresent(computedPoints, forKey: .computedPoints)
        try container.encode(juryHeadroom, forKey: .juryHeadroom)
    }
}

extension FactValue: Codable {
    enum CodingKeys: String, CodingKey { case kind, value, low, high, missing }

    /// Decodes a value written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "number": self = .number(try container.decode(Decimal.self, forKey: .value))
        case "range":
            self = .range(
                try container.decode(Decimal.self, forKey: .low), try container.decode(Decimal.self, forKey: .high),
                try container.decode(Localized.self, forKey: .missing))
        case "boolean": self = .boolean(try container.decode(Bool.self, forKey: .value))
        case "timestamp": self = .timestamp(try container.decode(Timestamp.self, forKey: .value))
        case "missing": self = .missing(try container.decode(Localized.self, forKey: .missing))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown fact value kind \(other)")
        }
    }

    /// Encodes the value as `{ "kind": …, "value": … }`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let value):
            try container.encode("number", forKey: .kind)
            try container.encode(value, forKey: .value)
        case .range(let low, let high, let missing):
            try container.encode("range", forKey: .kind)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(missing, forKey: .missing)
        case .boolean(let value):
            try container.encode("boolean", forKey: .kind)
            try container.encode(value, forKey: .value)
        case .timestamp(let value):
            try container.encode("timestamp", forKey: .kind)
            try container.encode(value, forKey: .value)
        case .missing(let missing):
            try container.encode("missing", forKey: .kind)
            try container.encode(missing, forKey: .missing)
        }
    }
}

extension ParameterValue: Codable {
    /// Written as the fact value it compares with (a number, a boolean, a timestamp).
    public init(from decoder: any Decoder) throws {
        switch try FactValue(from: decoder) {
        case .number(let value): self = .number(value)
        case .boolean(let value): self = .boolean(value)
        case .timestamp(let value): self = .timestamp(value)
        case .range, .missing:
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "a parameter has one known value"))
        }
    }

    public func encode(to encoder: any Encoder) throws { try asFact.encode(to: encoder) }
}
