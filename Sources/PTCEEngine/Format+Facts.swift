public import Foundation
public import PTCEModel

extension Format {
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
            Format.timestamp(timestamp)
        case .missing:
            Localized(fr: "non renseigné", en: "not given")
        }
    }

    /// A parameter value of the given type, both languages.
    public static func parameter(_ value: ParameterValue, as type: ValueType) -> Localized {
        fact(value.asFact, as: type)
    }
}
