/// The languages a user can read `ptce` in. French is the default: the users are French.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr
    case en
}

/// A text a user reads, in both languages.
public struct Localized: Sendable, Hashable, Codable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en
        }
    }

    /// The same text in both languages (codes, names, numbers).
    public static func same(_ text: String) -> Localized { Localized(fr: text, en: text) }
}
