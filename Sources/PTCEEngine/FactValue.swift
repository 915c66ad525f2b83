public import Foundation
public import PTCEModel

/// The type of a fact or a parameter; comparisons are only allowed between compatible types.
public enum ValueType: String, Sendable, Hashable, CaseIterable, Codable {
    /// A whole number of things (members, actions, …).
    case count
    /// A number with decimals (FTE, …).
    case number
    /// A percentage, 0–100.
    case percent
    /// An amount in euros.
    case euros
    /// True or false.
    case boolean
    /// An instant with its time zone.
    case datetime

    /// Numeric types compare with each other only when they measure the same thing.
    public func comparable(with other: ValueType) -> Bool {
        switch (self, other) {
        case (.count, .count), (.count, .number), (.number, .count), (.number, .number): true
        default: self == other
        }
    }

    /// Whether values of this type are numbers (count, number, percent, euros).
    public var isNumeric: Bool { self != .boolean && self != .datetime }

    /// What a value of this type looks like, for messages.
    public var example: Localized {
        switch self {
        case .count: Localized(fr: "un nombre entier, par ex. 3", en: "a whole number, e.g. 3")
        case .number: Localized(fr: "un nombre, par ex. 7.5", en: "a number, e.g. 7.5")
        case .percent: Localized(fr: "un pourcentage entre 0 et 100, par ex. 30", en: "a percentage from 0 to 100, e.g. 30")
        case .euros: Localized(fr: "un montant en euros, par ex. 150000.00", en: "an amount in euros, e.g. 150000.00")
        case .boolean: Localized(fr: "true ou false", en: "true or false")
        case .datetime:
            Localized(
                fr: "une date avec fuseau, par ex. 2015-06-30T23:59:00+02:00",
                en: "a date with time zone, e.g. 2015-06-30T23:59:00+02:00")
        }
    }
}

/// A fact's value for one application: known, bounded, or missing.
public enum FactValue: Sendable, Hashable {
    /// A known number (count, percent, euros, FTE).
    case number(Decimal)
    /// A number known only within bounds (e.g. a count when some members are unclassified),
    /// with what the application must add to know it exactly.
    case range(Decimal, Decimal, Localized)
    /// A known yes or no.
    case boolean(Bool)
    /// A known date and time.
    case timestamp(Timestamp)
    /// The application does not carry what the fact needs; says what to add and where.
    case missing(Localized)

    /// Lower and upper bounds of a numeric value.
    public var bounds: (Decimal, Decimal)? {
        switch self {
        case .number(let value): (value, value)
        case .range(let low, let high, _): (low, high)
        default: nil
        }
    }

    /// Whether the application lacks what the fact needs.
    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }
}

/// A count known up to some members that cannot be classified yet.
func boundedCount(known: Int, unknown: [Localized]) -> FactValue {
    guard !unknown.isEmpty else { return .number(Decimal(known)) }
    let why = Localized(
        fr: unknown.map(\.fr).joined(separator: " ; "), en: unknown.map(\.en).joined(separator: "; "))
    return .range(Decimal(known), Decimal(known + unknown.count), why)
}
