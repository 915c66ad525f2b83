public import Foundation
public import PTCEModel

/// How values are written for people, in French or English.
public enum Format {
    /// `value` rounded to `places` decimals (half away from zero).
    public static func rounded(_ value: Decimal, _ places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// A decimal with up to `places` decimals (trailing zeros dropped unless `fixed`), grouped by thousands.
    public static func number(_ value: Decimal, places: Int, fixed: Bool = false, language: Language) -> String {
        let text = "\(rounded(value, places))"
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        var integer = String(parts.first ?? "0")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fixed {
            while fraction.count < places { fraction += "0" }
        }
        let separator = language == .fr ? "\u{202F}" : ","
        var grouped = ""
        while integer.count > 3 {
            grouped = separator + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        let decimalMark = language == .fr ? "," : "."
        return (negative ? "-" : "") + grouped + (fraction.isEmpty ? "" : decimalMark + fraction)
    }

    public static func percent(_ value: Decimal, language: Language) -> String {
        language == .fr ? number(value, places: 1, language: language) + "\u{202F}%" : number(value, places: 1, language: language) + "%"
    }

    public static func euros(_ value: Decimal, language: Language) -> String {
        language == .fr
            ? number(value, places: 2, fixed: true, language: language) + "\u{202F}€"
            : "€" + number(value, places: 2, fixed: true, language: language)
    }

    public static func boolean(_ value: Bool, language: Language) -> String {
        switch (value, language) {
        case (true, .fr): "oui"
        case (false, .fr): "non"
        case (true, .en): "yes"
        case (false, .en): "no"
        }
    }

    /// A number of the given type.
    public static func value(_ value: Decimal, as type: ValueType, language: Language) -> String {
        switch type {
        case .percent: percent(value, language: language)
        case .euros: euros(value, language: language)
        case .count: number(value, places: 0, language: language)
        default: number(value, places: 2, language: language)
        }
    }

    /// A fact value of the given type, both languages.
    public static func fact(_ value: FactValue, as type: ValueType) -> Localized {
        switch value {
        case .number(let number):
            Localized(fr: Format.value(number, as: type, language: .fr), en: Format.value(number, as: type, language: .en))
        case .range(let low, let high, _):
            Localized(
                fr: "entre \(Format.value(low, as: type, language: .fr)) et \(Format.value(high, as: type, language: .fr))",
                en: "between \(Format.value(low, as: type, language: .en)) and \(Format.value(high, as: type, language: .en))")
        case .boolean(let flag):
            Localized(fr: boolean(flag, language: .fr), en: boolean(flag, language: .en))
        case .timestamp(let timestamp):
            .same(timestamp.text)
        case .missing:
            Localized(fr: "non renseigné", en: "not given")
        }
    }

    /// A parameter value of the given type, both languages.
    public static func parameter(_ value: ParameterValue, as type: ValueType) -> Localized {
        fact(value.asFact, as: type)
    }
}
