public import Foundation
public import PTCEModel

/// A named, typed, documented value derived from an application.
///
/// Rules refer to facts by ``name``; `ptce facts` lists every definition.
public struct FactDefinition: Sendable, Identifiable {
    /// The fact's name, which identifies it.
    public var id: String { name }
    /// The name rules use (`legalPersonCount`).
    public let name: String
    /// The type of its values.
    public let type: ValueType
    /// The unit of its values, in both languages.
    public let unit: Localized
    /// What it measures, in both languages.
    public let meaning: Localized
    /// Where in the application XML the data behind the fact belongs.
    public let location: String
    /// Parameters of the criteria file the computation reads (with their effect).
    public let parameters: [String]
    let compute: @Sendable (Application, ParameterValues) -> FactValue
    /// How the value was reached, in words, shown beside it in explanations (e.g. which member
    /// holds which role of the composition); nil for facts whose value says it all.
    let detail: (@Sendable (Application, ParameterValues) -> Localized?)?

    init(
        _ name: String, _ type: ValueType, unit: Localized, meaning: Localized, location: String,
        parameters: [String] = [], detail: (@Sendable (Application, ParameterValues) -> Localized?)? = nil,
        compute: @escaping @Sendable (Application, ParameterValues) -> FactValue
    ) {
        self.detail = detail
        self.name = name
        self.type = type
        self.unit = unit
        self.meaning = meaning
        self.location = location
        self.parameters = parameters
        self.compute = compute
    }

    /// The fact's value for `application` under `parameters`.
    public func value(for application: Application, parameters: ParameterValues) -> FactValue {
        compute(application, parameters)
    }

    /// How the value was reached, in words, or nil.
    public func detail(for application: Application, parameters: ParameterValues) -> Localized? {
        detail?(application, parameters)
    }
}

/// Parameter values in force for one evaluation (defaults of the criteria file, then overrides).
public struct ParameterValues: Sendable, Hashable {
    /// The values, by parameter name.
    public var values: [String: ParameterValue]

    /// Values from a dictionary by name.
    public init(_ values: [String: ParameterValue] = [:]) { self.values = values }

    /// The value of the parameter `name`, if set.
    public subscript(name: String) -> ParameterValue? { values[name] }

    /// A boolean parameter, or `fallback` when the criteria file does not define it.
    public func bool(_ name: String, default fallback: Bool) -> Bool {
        if case .boolean(let value)? = values[name] { return value }
        return fallback
    }
}

/// A parameter's value.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    /// A number: a count, a percentage, euros.
    case number(Decimal)
    /// Yes or no.
    case boolean(Bool)
    /// A date and time with its zone.
    case timestamp(Timestamp)

    /// The value as written in criteria files.
    public var description: String {
        switch self {
        case .number(let value): "\(value)"
        case .boolean(let value): value ? "true" : "false"
        case .timestamp(let value): value.text
        }
    }

    /// The value as a fact value, for comparisons.
    var asFact: FactValue {
        switch self {
        case .number(let value): .number(value)
        case .boolean(let value): .boolean(value)
        case .timestamp(let value): .timestamp(value)
        }
    }
}
