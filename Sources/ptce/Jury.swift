import ArgumentParser
import Foundation
import PTCEEngine
import PTCEModel
import PTCEReports
import PTCEFormats
import PTCEPipeline

extension PTCE {
    /// `ptce jury assign`: readers for each eligible application, and blank mark sheets.
    struct JuryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jury",
            abstract: "Travail du jury : répartition des lectures / Jury work: assigning readers.",
            subcommands: [Assign.self])
    }
}

extension PTCE.JuryCommand {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Attribue des lecteurs aux dossiers éligibles et écrit les feuilles de notes / Assigns readers and writes mark sheets.",
            discussion: """
                Chaque dossier éligible reçoit --readers jurés, jamais un juré en conflit d’intérêts (déclaré, ou SIREN de son organisation parmi les membres ou le porteur) ; la charge est équilibrée (écart d’au plus un dossier quand les conflits le permettent). Une feuille par juré (CSV et XML) dans --out ; l’identifiant d’un dossier est son nom de fichier sans .xml. Code 1 si un dossier n’a pas tous ses lecteurs.

                Every eligible application gets --readers jurors, never a conflicted one; loads are balanced. One sheet per juror (CSV and XML) in --out. Exit 1 if an application lacks readers.

                Exemple / Example:
                  ptce jury assign SampleApplications --call 2015 \\
                      --jurors SampleApplications/jury/jures.csv --readers 3 --out feuilles
                  … remplir les feuilles CSV, puis / fill the CSV sheets, then:
                  ptce rank SampleApplications --call 2015 \\
                      --jurors SampleApplications/jury/jures.csv --marks feuilles --out rapport
                """)

        @Argument(
            help: ArgumentHelp("Dossiers ou fichiers de candidature / Application folders or files.", valueName: "chemin"),
            completion: .file(extensions: ["xml"]))
        var paths: [String]

        @Option(name: .long, help: CallOption.help(allowAll: false), completion: CallOption.completion(allowAll: false))
        var call: String

        @Option(
            name: .long, help: "Fichier des jurés (XML ou CSV) / Jurors file (XML or CSV).",
            completion: .file(extensions: ["xml", "csv"]))
        var jurors: String

        @Option(name: .long, help: "Lecteurs par dossier / Readers per application.")
        var readers: Int = 3

        @Option(
            name: .long,
            help: ArgumentHelp("Dossier des feuilles de notes / Output folder for the sheets.", valueName: "dossier"),
            completion: .directory)
        var out: String

        @OptionGroup var options: CommonOptions

        func validate() throws {
            try CallOption.validate(call, allowAll: false)
            if readers < 1 { throw ValidationError("--readers ≥ 1") }
            try CommonOptions.requireOutput(out)
        }

        func run() throws {
            options.checkEnvironment()
            let language = options.language
            let terminal = options.terminal
            let criteria: CriteriaFile
            let panel: [Juror]
            let loader: ApplicationLoader
            do {
                let files = try Calls.load(call)
                guard files.count == 1, let first = files.first else {
                    throw options.fail("--call : un seul appel à la fois", "--call: one call at a time", code: 64)
                }
                criteria = first
                panel = try JurorsFile.load(path: jurors)
                loader = try ApplicationLoader.standard()
            } catch let error as ProblemList {
                error.problems.forEach { terminal.err($0.formatted(language)) }
                throw ExitCode(2)
            }
            let inputs = try options.applications(paths)
            let entries = Batch(loader: loader, evaluator: Evaluator(criteria: criteria)).run(inputs.files)
            let evaluated = entries.compactMap { entry -> ApplicationSummary? in
                guard case .evaluated(let summary) = entry else { return nil }
                return summary
            }
            // A copy is not read twice: jurors mark the application `rank` keeps (see `Duplicates`).
            let (kept, duplicates) = Duplicates.separate(evaluated)
            options.tell(duplicates)
            let eligible = kept.filter { $0.status == .eligible || $0.status == .belowThreshold }.sorted { $0.id < $1.id }
            do { try JuryIDs.requireUnique(eligible) } catch {
                error.problems.forEach { terminal.err($0.formatted(language)) }
                throw ExitCode(2)
            }
            let assignment = Assignment(applications: eligible.map { ($0.id, $0.sirens) }, jurors: panel, readers: readers)
            let names = Dictionary(eligible.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let folder = URL(fileURLWithPath: out)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for juror in panel {
                    let mine = (assignment.byJuror[juror.id] ?? []).map { (id: $0, name: names[$0] ?? $0) }
                    let sheet = MarkSheet(juror: juror, applications: mine, criteria: criteria, language: language)
                    try AtomicFile.write(try sheet.csv(), to: folder.appendingPathComponent("\(juror.id).csv"))
                    try AtomicFile.write(sheet.xml(), to: folder.appendingPathComponent("\(juror.id).xml"))
                }
            } catch {
                throw options.cannotWrite(error, into: out, fr: "les feuilles", en: "the sheets")
            }
            terminal.out(
                language == .fr
                    ? "\(eligible.count) dossier(s) éligible(s), \(panel.count) juré(s), \(readers) lecteur(s) par dossier ; écart de charge : \(assignment.imbalance)"
                    : "\(eligible.count) eligible application(s), \(panel.count) juror(s), \(readers) reader(s) each; load spread: \(assignment.imbalance)"
            )
            for juror in panel {
                let mine = assignment.byJuror[juror.id] ?? []
                terminal.out("  \(juror.id) (\(mine.count)) : \(mine.joined(separator: ", "))")
            }
            for (application, conflicts) in assignment.conflicts.sorted(by: { $0.key < $1.key }) where names[application] != nil {
                for conflict in conflicts {
                    terminal.out(
                        terminal.paint(
                            language == .fr
                                ? "  conflit : \(conflict.juror) ne lit pas \(application) — \(conflict.reason.fr)"
                                : "  conflict: \(conflict.juror) does not read \(application) — \(conflict.reason.en)", .dim))
                }
            }
            terminal.out((language == .fr ? "feuilles écrites dans " : "sheets written to ") + out)
            for shortfall in assignment.shortfalls {
                terminal.err(
                    terminal.paint(language == .fr ? "erreur : " : "error: ", .red, stderr: true)
                        + "\(shortfall.application) — \(shortfall.reason(language))")
            }
            if !assignment.shortfalls.isEmpty { throw ExitCode(1) }
        }
    }
}
