public import PTCEModel

extension Format {
    private static let monthsFR = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
    private static let monthsEN = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// A day written `YYYY-MM-DD` in words: « 15 septembre 2015 », "15 September 2015"; the
    /// text itself when it is not such a day.
    public static func day(_ iso: String, language: Language) -> String {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month)
        else { return iso }
        switch language {
        case .fr: return "\(day == 1 ? "1er" : "\(day)") \(monthsFR[month - 1]) \(year)"
        case .en: return "\(day) \(monthsEN[month - 1]) \(year)"
        }
    }

    /// An instant as its applicant wrote it (the local time of its offset), in words:
    /// « 30 juin 2015 à 23 h 59 », "30 June 2015 at 23:59".
    public static func timestamp(_ timestamp: Timestamp) -> Localized {
        let text = timestamp.text
        let time = text.dropFirst(11).prefix(5).split(separator: ":")
        guard text.count >= 16, time.count == 2 else { return .same(text) }
        return Localized(
            fr: "\(day(text, language: .fr)) à \(Int(time[0]) ?? 0) h \(time[1])",
            en: "\(day(text, language: .en)) at \(time[0]):\(time[1])")
    }
}
