import ArgumentParser
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

extension PTCE {
    /// `ptce facts`: every fact a rule can use.
    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste les faits utilisables dans les règles / Lists the facts rules can use.")

        @Flag(name: .long, help: "Format Markdown (pour la documentation) / Markdown table.")
        var markdown = false

        @OptionGroup var options: CommonOptions

        func run() {
            let language = options.language
            let terminal = options.terminal
            if markdown {
                print(
                    language == .fr
                        ? "| fait | type | unité | sens | où dans le XML |"
                        : "| fact | type | unit | meaning | where in the XML |")
                print("|---|---|---|---|---|")
            }
            for fact in FactCatalog.all {
                let parameters = fact.parameters.isEmpty ? "" : " [\(fact.parameters.joined(separator: ", "))]"
                if markdown {
                    print(
                        "| `\(fact.name)` | \(fact.type.rawValue) | \(fact.unit(language)) | \(fact.meaning(language))\(parameters) | `\(fact.location)` |"
                    )
                } else {
                    terminal.out("\(terminal.paint(fact.name, .bold)) (\(fact.type.rawValue), \(fact.unit(language)))")
                    terminal.out("    \(fact.meaning(language))\(parameters)")
                    terminal.out(terminal.paint("    \(fact.location)", .dim))
                }
            }
        }
    }
}
