import ArgumentParser
import PTCEFormats
import PTCEPipeline
import Foundation
import PTCEModel

/// Usage errors in the user's language, every one with exit status 64.
///
/// swift-argument-parser words its own errors in English ("Unknown option '--x'"); they are
/// translated here, by their wording, before they are printed. ptce's own `ValidationError`s
/// are written in both languages. Help, `--version` and completion requests, and errors
/// already reported (`ExitCode`), go through the library's usual path.
enum UsageErrors {
    /// The exit status of every usage error (`EX_USAGE`).
    static let exitCode: Int32 = 64

    /// Prints `error` and exits with its status.
    static func exit(_ error: any Error, arguments: [String]) -> Never {
        // Already reported (an ineligible file's status): its code, without building the
        // parser's message for it (a help generator over the whole command tree).
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        let code = PTCE.exitCode(for: error)
        guard code.rawValue == exitCode, !(error is ExitCode) else { PTCE.exit(withError: error) }
        let language = self.language(arguments)
        let lines = PTCE.fullMessage(for: error, columns: 200).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        var out: [String] = []
        for line in lines {
            if line.hasPrefix("Error: ") {
                let message = String(line.dropFirst("Error: ".count))
                out.append(language == .fr ? "erreur : " + french(message) : "error: " + message)
            } else if language == .fr {
                out.append(frenchUsage(line))
            } else {
                out.append(line)
            }
        }
        let text = out.joined(separator: "\n").trimmingCharacters(in: .newlines)
        FileHandle.standardError.write(Data((VisibleText.escape(text, lineBreaks: true) + "\n").utf8))
        Foundation.exit(exitCode)
    }

    /// The language asked on the command line (`--lang en`, `--lang=en`), else `PTCE_LANG`,
    /// else French: the options were not parsed when the error arose.
    static func language(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--", index > 0 { break }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) ?? .fr }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        if let value = Environment.value("PTCE_LANG"), let language = Language(rawValue: value) { return language }
        return .fr
    }

    /// The French wording of an argument-parser error message; unknown wordings are kept.
    static func french(_ message: String) -> String {
        for (pattern, replacement) in translations {
            if let match = message.firstMatch(of: pattern) {
                let values = match.output.dropFirst().map { $0.substring.map(String.init) ?? "" }
                return replacement(values)
            }
        }
        return message
    }

    /// The usage and "See … for more information." lines, in French.
    static func frenchUsage(_ line: String) -> String {
        if line.hasPrefix("Usage: ") { return "Usage : " + line.dropFirst("Usage: ".count) }
        if let match = line.firstMatch(of: /^(\s*)See '(.*)' for more information\.$/) {
            return "\(match.1)Voir « \(match.2) » pour plus d’informations."
        }
        if let match = line.firstMatch(of: /^(\s*)Help: (.*)$/) { return "\(match.1)Aide : \(match.2)" }
        return french(line)
    }

    /// argument-parser's wordings and their French.
    static var translations: [(Regex<AnyRegexOutput>, ([String]) -> String)] {
        [
            (try! Regex(#"^Unknown option '([^']*)'(.*)$"#), { "option inconnue « \($0[0]) »\(french(suggestion: $0[1]))" }),
            (try! Regex(#"^Missing value for '(.*)'$"#), { "valeur manquante pour « \($0[0]) »" }),
            (try! Regex(#"^Missing expected argument '(.*)'$"#), { "argument obligatoire manquant : « \($0[0]) »" }),
            (try! Regex(#"^Missing one of: '(.*)'$"#), { "il manque l’un de : « \($0[0]) »" }),
            (try! Regex(#"^Unexpected argument '(.*)'$"#), { "argument inattendu : « \($0[0]) »" }),
            (try! Regex(#"^(\d+) unexpected arguments: '(.*)'$"#), { "\($0[0]) arguments inattendus : « \($0[1]) »" }),
            (
                try! Regex(#"^The value '(.*)' is invalid for '(.*)'\. Please provide one of (.*)\.$"#),
                { "la valeur « \($0[0]) » n’est pas valide pour « \($0[1]) » ; valeurs possibles : \(french(list: $0[2]))" }
            ),
            (
                try! Regex(#"^The value '(.*)' is invalid for '(.*)': (.*)$"#),
                { "la valeur « \($0[0]) » n’est pas valide pour « \($0[1]) » : \($0[2])" }
            ),
            (
                try! Regex(#"^The value '(.*)' is invalid for '(.*)'$"#),
                { "la valeur « \($0[0]) » n’est pas valide pour « \($0[1]) »" }
            ),
            (
                try! Regex(#"^The option '(.*)' does not take any value, but '(.*)' was specified\.$"#),
                { "l’option « \($0[0]) » ne prend pas de valeur, mais « \($0[1]) » a été donné" }
            ),
            (try! Regex(#"^Invalid option: (.*)$"#), { "option invalide : \($0[0])" }),
            (try! Regex(#"^Missing required subcommand\.$"#), { _ in "sous-commande manquante" }),
        ]
    }

    /// `'a', 'b' or 'c'` → `'a', 'b' ou 'c'`.
    static func french(list: String) -> String {
        list.replacingOccurrences(of: "' or '", with: "' ou '").replacingOccurrences(of: "' and '", with: "' et '")
    }

    /// The parser's "did you mean" tail, if any, in French.
    static func french(suggestion: String) -> String {
        guard let match = suggestion.firstMatch(of: /Did you mean '(.*)'\?/) else { return suggestion }
        return " — vouliez-vous dire « \(match.1) » ?"
    }
}
