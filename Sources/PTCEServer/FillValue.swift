import Foundation
import PTCEModel

/// A value of the fill-in form that cannot go into the application, tied to its field.
struct FillError: Error, Sendable, Equatable {
    /// A stable code (`fill.siren-check-digit`), shown on the page as `data-code`.
    var code: String
    var message: Localized
}

/// Reads the texts of the fill-in form as the schema's values: amounts written the French
/// way, codes with their patterns, SIREN and SIRET with their check digits.
enum FillValue {
    /// Spaces a French number may hold between its digits (space, no-break and narrow no-break).
    private static let digitSpaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]

    /// An amount in euros: `150000`, `150 000,50`, `150000.5`; two decimals at most, under a billion.
    static func amount(_ text: String) -> Result<Decimal, FillError> {
        let plain = String(text.filter { !digitSpaces.contains($0) }).replacingOccurrences(of: ",", with: ".")
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            !parts[0].isEmpty, parts.count == 1 || (1...2).contains(parts[1].count),
            let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")), value < 1_000_000_000
        else {
            return .failure(
                FillError(
                    code: "fill.amount",
                    message: Localized(
                        fr: "un montant en euros, positif, avec deux décimales au plus et sous un milliard (ex. 150 000,50)",
                        en: "an amount in euros, non-negative, with at most two decimals and below one billion (e.g. 150000.50)"))
            )
        }
        return .success(value)
    }

    /// A whole number between `range`'s bounds.
    static func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, FillError> {
        let plain = String(text.filter { !digitSpaces.contains($0) })
        guard !plain.isEmpty, plain.count <= 12, plain.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(plain),
            range.contains(value)
        else {
            return .failure(
                FillError(
                    code: "fill.integer",
                    message: Localized(
                        fr: "un nombre entier entre \(range.lowerBound) et \(range.upperBound)",
                        en: "a whole number between \(range.lowerBound) and \(range.upperBound)")))
        }
        return .success(value)
    }

    /// A SIREN: nine digits whose last is the Luhn check digit.
    static func siren(_ text: String) -> Result<String, FillError> {
        let plain = String(text.filter { !digitSpaces.contains($0) })
        guard plain.count == 9, plain.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(
                FillError(
                    code: "fill.siren-format",
                    message: Localized(fr: "un SIREN a 9 chiffres", en: "a SIREN has 9 digits")))
        }
        guard Identifiers.isValidSiren(plain) else {
            return .failure(
                FillError(
                    code: "fill.siren-check-digit",
                    message: Localized(
                        fr:
                            "ce SIREN n’a pas une clé de contrôle valide (algorithme de Luhn) : un chiffre est sans doute mal recopié — vérifiez-le sur l’avis de situation INSEE",
                        en:
                            "this SIREN has an invalid check digit (Luhn algorithm): a digit is probably mistyped — check it on the INSEE record"
                    )))
        }
        return .success(plain)
    }

    /// A SIRET: fourteen digits with a valid check digit, starting with `siren` when given.
    static func siret(_ text: String, siren: String?) -> Result<String, FillError> {
        let plain = String(text.filter { !digitSpaces.contains($0) })
        guard plain.count == 14, plain.allSatisfy({ $0.isASCII && $0.isNumber }), Identifiers.isValidSiret(plain) else {
            return .failure(
                FillError(
                    code: "fill.siret",
                    message: Localized(
                        fr: "un SIRET a 14 chiffres et une clé de contrôle valide",
                        en: "a SIRET has 14 digits and a valid check digit")))
        }
        if let siren, !plain.hasPrefix(siren) {
            return .failure(
                FillError(
                    code: "fill.siret-siren",
                    message: Localized(
                        fr: "le SIRET commence par le SIREN \(siren)", en: "the SIRET starts with the SIREN \(siren)")))
        }
        return .success(plain)
    }

    /// The codes of a list field, separated by spaces, commas or semicolons.
    static func codes(_ text: String) -> [String] {
        text.split { $0.isWhitespace || $0 == "," || $0 == ";" }.map { String($0).uppercased() }
    }

    private static func digits(_ text: Substring) -> Bool { text.allSatisfy { $0.isASCII && $0.isNumber } }

    /// A département code: `01`–`95`, `2A`, `2B`, `971`–`978`.
    static func isDepartement(_ code: String) -> Bool {
        if code == "2A" || code == "2B" { return true }
        if code.count == 2, digits(Substring(code)), let value = Int(code) { return (1...95).contains(value) }
        if code.count == 3, code.hasPrefix("97"), let last = code.last { return ("1"..."8").contains(last) }
        return false
    }

    /// An INSEE commune code: the département's code, then the commune's number.
    static func isCommune(_ code: String) -> Bool {
        guard code.count == 5 else { return false }
        if code.hasPrefix("97") { return isDepartement(String(code.prefix(3))) && digits(code.suffix(2)) }
        return isDepartement(String(code.prefix(2))) && digits(code.suffix(3))
    }

    /// A priority neighbourhood code: `QP` then two digits, a digit or A/B, three digits.
    static func isQPV(_ code: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 8, code.hasPrefix("QP") else { return false }
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        return isDigit(chars[2]) && isDigit(chars[3]) && (isDigit(chars[4]) || chars[4] == "A" || chars[4] == "B")
            && chars[5...].allSatisfy(isDigit)
    }

    /// A ZUS or CUCS code: 4 to 12 capital letters or digits.
    static func isAreaCode(_ code: String) -> Bool {
        (4...12).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }

    /// A member id (an XML name): a letter or `_`, then letters, digits, `_`, `-`, `.`.
    static func isMemberID(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_", text.count <= 64 else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
    }

    /// `yes`, `no` or nothing.
    static func yesNo(_ text: String) -> Bool? {
        switch text {
        case "yes": true
        case "no": false
        default: nil
        }
    }

    static let required = FillError(
        code: "fill.required", message: Localized(fr: "à remplir", en: "required"))
}
