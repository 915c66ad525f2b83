import ArgumentParser
import Foundation
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The `ptce` command: evaluate applications to the national PTCE calls for projects.
@main
struct PTCE: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "ptce",
        abstract:
            "Évalue les candidatures aux appels à projets PTCE 2013 et 2015 / Evaluates applications to the 2013 and 2015 PTCE calls.",
        discussion: """
            Exemples / Examples:
              ptce rank SampleApplications --call 2015 --out rapport   # rapport du jury
              ptce check mon-dossier.xml --call all     # un dossier, les deux appels
              ptce validate SampleApplications          # lire et valider un dossier entier
              ptce validate --lang en mon-dossier.xml   # messages en anglais
              ptce schema > application.xsd             # le schéma XML des candidatures
              ptce schema --path                        # où il se trouve
              ptce criteria lint Criteria/ && ptce criteria test --strict Criteria/
              ptce -V                                   # la version / the version

            Les messages sont en français par défaut ; --lang en (ou PTCE_LANG=en) pour l’anglais.

            Messages are in French by default; use --lang en (or PTCE_LANG=en) for English.
            """,
        version: version,
        subcommands: [
            Rank.self, Check.self, Serve.self, Validate.self, JuryCommand.self, CriteriaCommand.self, Facts.self, Schema.self,
            Synth.self,
        ]
    )

    /// Runs the command with its arguments as the system gives them: a path that is not UTF-8
    /// keeps its bytes (see `FileName`), where `CommandLine.arguments` would turn them into U+FFFD.
    static func main() {
        let arguments = (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return FileName.decode(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
        }
        // `-V` as well as `--version`, as many tools accept.
        if arguments == ["-V"] {
            print(version)
            return
        }
        do {
            var command = try direct(arguments) ?? parseAsRoot(arguments)
            try command.run()
        } catch {
            UsageErrors.exit(error, arguments: arguments)
        }
    }

    /// The subcommands parsed on their own when named first, without building the whole tree.
    ///
    /// `parseAsRoot` names every subcommand and reflects on its options before it reads the
    /// first argument; each first dynamic cast of a type scans all the conformance records of
    /// the binary (the server's included), which made `ptce check` twice as slow to start as its
    /// own work. `UsageTests` checks that what the user reads is unchanged.
    static func directSubcommand(_ name: String) -> (any ParsableCommand.Type)? {
        switch name {
        case "check": Check.self
        default: nil
        }
    }

    /// The command for `arguments` when its subcommand parses on its own into itself; `nil`
    /// otherwise — help (which the parser answers with a help command), `--version`,
    /// completion and every usage error then go through `parseAsRoot`, so that what the user
    /// reads (usage line, command path) stays that of the whole tree.
    static func direct(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first, let subcommand = directSubcommand(name),
            let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
            ObjectIdentifier(type(of: command)) == ObjectIdentifier(subcommand)
        else { return nil }
        return command
    }
}
