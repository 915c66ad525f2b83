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
        language == .fr
            ? number(value, places: 1, language: language) + "\u{202F}%" : number(value, places: 1, language: language) + "%"
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
}
