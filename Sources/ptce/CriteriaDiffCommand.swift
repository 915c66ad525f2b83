public import ArgumentParser
import PTCEEngine
import PTCEFormats
import PTCEModel
import PTCEReports

extension CriteriaDiffReport.Format: ExpressibleByArgument {}

extension PTCE.CriteriaCommand {
    /// `ptce criteria diff A.xml B.xml`: what changes from one set of rules to another.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Différences de règles, paramètres et poids entre deux fichiers de critères / Rule, parameter and weight changes between two criteria files.",
            discussion: """
                Pour un membre du jury : chaque critère par son titre, chaque paramètre par son libellé et sa valeur, chaque règle en mots ; avant, après et les critères qu’un paramètre touche. Les formats text et markdown sont dans la langue choisie ; json donne les deux langues et des codes stables (subject : call, parameter, criterion, ranking ; aspect : added, removed, value, weight, rule…).

                For a jury member: each criterion by its title, each parameter by its label and value, each rule in words; before, after, and the criteria a parameter reaches. text and markdown are in the chosen language; json gives both languages and stable codes.

                Exemples / Examples:
                  ptce criteria diff 2015 copie/ptce-2015.xml
                  ptce criteria diff Criteria/ptce-2015.xml Criteria/ptce-2013.xml --format markdown
                  ptce criteria diff 2015 2013 --format json --lang en

                Codes de sortie / Exit status:
                  0  comparaison écrite (avec ou sans différence) / diff written (with or without differences)
                  1  un fichier de critères est invalide / a criteria file is invalid
                  2  fichier introuvable ou illisible / file not found or unreadable
                  64 usage
                """)

        @Argument(
            help: ArgumentHelp("Fichier de référence (ou 2015, 2013) / Base criteria file (or 2015, 2013).", valueName: "A"),
            completion: .file(extensions: ["xml"]))
        var base: String

        @Argument(
            help: ArgumentHelp("Fichier comparé (ou 2015, 2013) / Criteria file compared (or 2015, 2013).", valueName: "B"),
            completion: .file(extensions: ["xml"]))
        var alternative: String

        @Option(name: .long, help: "text, markdown ou json / text, markdown or json.")
        var format: CriteriaDiffReport.Format = .text

        @OptionGroup var options: CommonOptions

        func run() throws {
            options.checkEnvironment()
            let (a, b) = (try load(base), try load(alternative))
            let report = CriteriaDiffReport(diff: CriteriaDiff(base: a, alternative: b), language: options.language)
            do {
                print(try report.render(format), terminator: "")
            } catch {
                throw options.fail("le JSON n’a pas pu être écrit", "the JSON could not be written", code: 2)
            }
        }

        /// One criteria file: a shipped call's year, or a path.
        func load(_ spec: String) throws -> CriteriaFile {
            do {
                let files = try Calls.load(spec)
                guard files.count == 1, let file = files.first else {
                    throw options.fail("\(spec) : un seul fichier de critères", "\(spec): one criteria file", code: 64)
                }
                return file
            } catch let error as ProblemList {
                error.problems.forEach { options.terminal.err($0.formatted(options.language)) }
                throw ExitCode(error.problems.allSatisfy { $0.kind == .input } ? 2 : 1)
            }
        }
    }
}
