/// French business identifiers and their check digits.
public enum Identifiers {
    /// True when `digits` is all ASCII digits and passes the Luhn check.
    ///
    /// SIREN (9 digits) and SIRET (14 digits) both end with a Luhn check digit.
    public static func luhnValid(_ digits: String) -> Bool {
        let values = digits.utf8.map { Int($0) - 48 }
        guard !values.isEmpty, values.allSatisfy({ (0...9).contains($0) }) else { return false }
        var sum = 0
        for (offset, value) in values.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = value * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += value
            }
        }
        return sum % 10 == 0
    }

    /// A valid SIREN: 9 digits with a correct check digit.
    public static func isValidSiren(_ text: String) -> Bool {
        text.utf8.count == 9 && luhnValid(text)
    }

    /// A valid SIRET: 14 digits with a correct check digit.
    public static func isValidSiret(_ text: String) -> Bool {
        text.utf8.count == 14 && luhnValid(text)
    }

    /// Overseas départements: 971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte.
    public static let overseasDepartements: Set<String> = ["971", "972", "973", "974", "976"]

    /// Overseas collectivities with an INSEE territorial code: 975 Saint-Pierre-et-Miquelon,
    /// 977 Saint-Barthélemy, 978 Saint-Martin. Not départements, but overseas territories,
    /// which the 2015 steering committee named as a priority.
    public static let overseasCollectivities: Set<String> = ["975", "977", "978"]
}
