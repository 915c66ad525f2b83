import ArgumentParser
import Foundation
import PTCEModel
import PTCEFormats
import PTCEPipeline

extension PTCE {
    /// `ptce schema`: print the application schema, or where it is.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Affiche le schéma XML des candidatures / Prints the application XML schema.")

        @Flag(
            name: .long,
            help:
                "Affiche seulement le chemin d’origine du schéma (il est compilé dans ptce) / Print only the schema's origin path (it is compiled into ptce)."
        )
        var path = false

        @OptionGroup var options: CommonOptions

        func run() throws {
            let relative = "Schemas/application.xsd"
            if path {
                let override = DataFiles.overrideRoot?.appendingPathComponent(relative)
                print(override.map { FileManager.default.fileExists(atPath: $0.path) ? $0.path : relative } ?? relative)
                return
            }
            do {
                FileHandle.standardOutput.write(Data(try DataFiles.bytes(relative)))
            } catch {
                error.problems.forEach { options.terminal.err($0.formatted(options.language)) }
                throw ExitCode(2)
            }
        }
    }
}
