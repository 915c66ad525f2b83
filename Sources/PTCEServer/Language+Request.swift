import Hummingbird
import PTCEModel
import PTCEFormats
import PTCEPipeline

extension Language {
    /// The language a client asks for: `?lang=`, else the first of French or English in
    /// `Accept-Language`, else French.
    static func requested(by request: Request) -> Language {
        if let lang = request.uri.queryParameters.get("lang"), let language = Language(rawValue: lang) {
            return language
        }
        if let accept = request.headers[.acceptLanguage] {
            for part in accept.split(separator: ",") {
                let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
                if tag.hasPrefix("fr") { return .fr }
                if tag.hasPrefix("en") { return .en }
            }
        }
        return .fr
    }

    /// The path prefix of this language's pages: `` for French, `/en` for English.
    var prefix: String { self == .fr ? "" : "/en" }

    /// The other language, for the switch.
    var other: Language { self == .fr ? .en : .fr }
}
