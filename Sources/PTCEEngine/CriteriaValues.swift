import Foundation
import PTCEModel

/// Parsing of textual parameter values (criteria defaults, `--set` overrides, literals).
public enum CriteriaValues {
    /// Parses a textual value (a default, an override, a literal) as `type`.
    public static func parse(_ text: String, as type: ValueType) -> ParameterValue? {
        switch type {
        case .boolean:
            switch text {
            case "true", "1", "oui", "yes": return .boolean(true)
            case "false", "0", "non", "no": return .boolean(false)
            default: return nil
            }
        case .datetime:
            return Timestamp(text).map(ParameterValue.timestamp)
        case .count, .number, .percent, .euros:
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
            else { return nil }
            if type == .count, text.contains(".") { return nil }
            return .number(value)
        }
    }
}
