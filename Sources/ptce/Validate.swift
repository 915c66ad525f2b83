import ArgumentParser
import Foundation
import PTCEModel
import PTCEFormats
import PTCEPipeline
import Synchronization

extension PTCE {
    /// `ptce validate PATH…`: read and validate application files.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lit et valide des fichiers de candidature / Reads and validates application files.",
            discussion: """
                Chaque fichier est lu de manière sûre, validé contre le schéma, puis décodé (contrôle des SIREN, budget à l’équilibre…). Les dossiers sont parcourus récursivement (*.xml). Code de sortie 1 si un fichier est invalide.

                Each file is read safely, validated against the schema, then decoded. Folders are walked recursively (*.xml). Exit status 1 if any file is invalid.

                Exemple / Example: ptce validate SampleApplications
                """)

        @Argument(
            help: ArgumentHelp("Fichiers ou dossiers / Files or folders.", valueName: "chemin"),
            completion: .file(extensions: ["xml"]))
        var paths: [String]

        @OptionGroup var options: CommonOptions

        func run() throws {
            options.checkEnvironment()
            let language = options.language
            let terminal = options.terminal
            let inputs = try options.applications(paths)
            // Files are read on every core; each line is printed in input order as soon as the
            // files before it are done, and nothing read is kept.
            let invalid = Atomic<Int>(0)
            do {
                try ValidateJob.run(inputs.files) { result in
                    switch result {
                    case .valid(let file, let application):
                        let members = application.members?.count ?? 0
                        // Names from the file and the file's own name are shown, never obeyed.
                        let name = VisibleText.escape(application.identity.name)
                        let call = VisibleText.escape(application.call)
                        let summary =
                            language == .fr
                            ? "« \(name) », appel \(call), \(members) membres" : "“\(name)”, call \(call), \(members) members"
                        terminal.out("\(terminal.paint("OK", .green)) \(VisibleText.escape(file)) — \(summary)")
                    case .invalid(_, let problems):
                        invalid.add(1, ordering: .relaxed)
                        problems.forEach { terminal.out(terminal.paint($0.formatted(language), .red)) }
                    }
                }
            } catch {
                error.problems.forEach { terminal.err($0.formatted(language)) }
                throw ExitCode(2)
            }
            for file in inputs.ignored {
                terminal.err(
                    terminal.paint(
                        language == .fr
                            ? "ignoré (pas un dossier de candidature) : \(VisibleText.escape(file))"
                            : "ignored (not an application): \(VisibleText.escape(file))", .dim,
                        stderr: true))
            }
            let total = inputs.files.count
            let invalidCount = invalid.load(ordering: .relaxed)
            terminal.out(
                language == .fr
                    ? "\(total - invalidCount) valide(s), \(invalidCount) invalide(s) sur \(total) fichier(s)"
                    : "\(total - invalidCount) valid, \(invalidCount) invalid of \(total) file(s)")
            if invalidCount > 0 { throw ExitCode(1) }
        }
    }
}
