public import ArgumentParser
import PTCEModel

extension Language: ExpressibleByArgument {}

/// Options every subcommand accepts.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Langue des messages : fr ou en (défaut : fr, ou PTCE_LANG) / Message language.")
    var lang: Language?

    @Flag(name: .long, help: "Sans couleurs (NO_COLOR est aussi respecté) / No colours.")
    var noColor = false

    /// The language in force: `--lang`, else `PTCE_LANG`, else French.
    var language: Language {
        if let lang { return lang }
        if let value = Environment.value("PTCE_LANG"), let language = Language(rawValue: value) { return language }
        return .fr
    }

    /// A terminal writer honouring `--no-color`, `NO_COLOR` and whether stdout is a terminal.
    var terminal: Terminal { Terminal(colors: !noColor) }
}
