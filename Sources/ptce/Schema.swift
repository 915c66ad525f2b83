import ArgumentParser
import Foundation
import PTCEModel

extension PTCE {
    /// `ptce schema`: print the application schema, or where it is.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affiche le schéma XML des candidatures / Prints the application XML schema.")

        @Flag(name: .long, help: "Affiche seulement le chemin du fichier / Print only the file's path.")
        var path = false

        @OptionGroup var options: CommonOptions

        func run() throws {
            guard let url = DataFiles.applicationSchema else {
                options.terminal.err(
                    options.language == .fr
                        ? "erreur : schéma introuvable — définissez PTCE_HOME" : "error: schema not found — set PTCE_HOME")
                throw ExitCode(2)
            }
            if path {
                print(url.path)
            } else {
                FileHandle.standardOutput.write(try Data(contentsOf: url))
            }
        }
    }
}
