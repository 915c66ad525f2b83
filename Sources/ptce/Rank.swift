import ArgumentParser
import Foundation
import PTCEEngine
import PTCEModel
import PTCEReports
import PTCEFormats
import PTCEPipeline

extension PTCE {
    /// `ptce rank FOLDER… --call 2015 --out DIR`: the jury's ranked report.
    struct Rank: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Classe un lot de candidatures et écrit le rapport du jury / Ranks a batch and writes the jury report.",
            discussion: """
                Chaque fichier reçu apparaît une fois : classé, sous le seuil, incomplet, inéligible ou illisible (avec la ligne de l’erreur). Les copies (mêmes octets, ou même porteur, même nom et même appel) sont classées une fois et listées comme doublons. Le financement descend le classement dans la limite de l’enveloppe. Une seule exécution à la fois par dossier de sortie (sinon code 75) ; les rapports sont préparés puis installés ensemble : tous de cette exécution, ou tous de la précédente.

                Every input appears once: ranked, below threshold, incomplete, ineligible or unreadable (with the error's line). Copies (same bytes, or same carrier, name and call) are ranked once and listed as duplicates. Funding walks down the ranking while the envelope lasts. One run at a time per output folder (otherwise exit status 75); the reports are staged, then installed together: all from this run, or all from the previous one.

                Exemples / Examples:
                  ptce rank SampleApplications --call 2015 --out rapport
                  ptce rank dossiers/ --call 2015 --out rapport \\
                      --format html,csv --csv-separator ,
                  ptce rank dossiers/ --call 2015 --out rapport \\
                      --as-of 2015-09-15 --max-per-region 2
                  ptce rank dossiers/ --call 2015 --out et-si \\
                      --set selfFinancingFloor=20
                  ptce rank dossiers/ --call 2015 --out rapport \\
                      --jurors jures.csv --marks feuilles/
                  ptce rank dossiers/ --call 2015 --out et-si \\
                      --compare-set selfFinancingFloor=20      (+ comparaison.html…)
                  ptce rank dossiers/ --call 2015 --out et-si \\
                      --compare-criteria copie/ptce-2015.xml
                """)

        @Argument(
            help: ArgumentHelp("Dossiers ou fichiers de candidature / Application folders or files.", valueName: "chemin"),
            completion: .file(extensions: ["xml"]))
        var paths: [String]

        @Option(name: .long, help: CallOption.help(allowAll: false), completion: CallOption.completion(allowAll: false))
        var call: String

        @Option(
            name: .long, help: ArgumentHelp("Dossier de sortie / Output folder.", valueName: "dossier"), completion: .directory)
        var out: String

        @Option(
            name: .long, parsing: .upToNextOption,
            help: "Formats, séparés par des virgules : html, md, json, csv / Formats, comma-separated.",
            completion: .list(["html", "md", "json", "csv"]))
        var format: [String] = ["html", "md", "json", "csv"]

        @Option(name: .long, help: "Date du rapport AAAA-MM-JJ (défaut : aujourd’hui) / Report date YYYY-MM-DD (default: today).")
        var asOf: String?

        @Option(name: .long, help: "Séparateur CSV / CSV separator.", completion: .list([";", ","]))
        var csvSeparator: String = ";"

        @Option(name: .long, help: "Lauréats au plus par région / Laureates per region at most.")
        var maxPerRegion: Int?

        @Option(name: .customLong("set"), help: "Change un paramètre : nom=valeur (répétable) / Override a parameter.")
        var overrides: [String] = []

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Et si… : classe aussi avec ce paramètre changé et écrit comparaison.* (répétable) / What if: also rank with this parameter changed and write comparaison.* (repeatable).",
                valueName: "nom=valeur"))
        var compareSet: [String] = []

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Et si… : classe aussi selon ce fichier de critères (ou 2013, 2015) et écrit comparaison.* / What if: also rank under this criteria file (or 2013, 2015) and write comparaison.*.",
                valueName: "criteres.xml"),
            completion: .file(extensions: ["xml"]))
        var compareCriteria: String?

        @Option(name: .long, help: "Fils de calcul (défaut : tous les cœurs) / Worker threads (default: all cores).")
        var threads: Int?

        @Option(
            name: .long, help: "Dossier des feuilles de notes remplies (avec --jurors) / Folder of filled mark sheets.",
            completion: .directory)
        var marks: String?

        @Option(
            name: .long, help: "Fichier des jurés (XML ou CSV), pour les conflits d’intérêts / Jurors file.",
            completion: .file(extensions: ["xml", "csv"]))
        var jurors: String?

        @Option(
            name: .long, help: "Consensus : median ou mean / Consensus: median or mean.", completion: .list(["median", "mean"]))
        var aggregate: String = "median"

        @Option(name: .long, help: "Notes minimum par critère et dossier / Fewest marks per criterion.")
        var minMarks: Int = 2

        @Option(name: .long, help: "Écart signalé comme désaccord / Spread flagged as disagreement.")
        var disagreement: Double = 2

        @Flag(name: .long, help: "Jurés anonymisés dans le rapport / Jurors anonymised in the report.")
        var anonymiseJurors = false

        @OptionGroup var options: CommonOptions

        var formats: [ReportFormat] {
            get throws {
                let names = format.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                var formats: [ReportFormat] = []
                for name in names {
                    guard let format = ReportFormat(rawValue: name) else {
                        throw ValidationError("--format \(name) : html, md, json ou csv / html, md, json or csv")
                    }
                    if !formats.contains(format) { formats.append(format) }
                }
                return formats
            }
        }

        func validate() throws {
            try CallOption.validate(call, allowAll: false)
            try CommonOptions.requireOutput(out)
            if let asOf, !Self.isCalendarDate(asOf) {
                throw ValidationError("--as-of \(asOf) : une date réelle AAAA-MM-JJ / a real date YYYY-MM-DD")
            }
            guard [";", ","].contains(csvSeparator) else {
                throw ValidationError("--csv-separator : « ; » ou « , » / “;” or “,”")
            }
            if let maxPerRegion, maxPerRegion < 1 { throw ValidationError("--max-per-region ≥ 1") }
            if let threads, threads < 1 { throw ValidationError("--threads ≥ 1") }
            if (marks == nil) != (jurors == nil) {
                throw ValidationError("--marks et --jurors vont ensemble / --marks and --jurors go together")
            }
            guard JurySettings.Aggregate(rawValue: aggregate) != nil else {
                throw ValidationError("--aggregate : median ou mean / median or mean")
            }
            if minMarks < 1 { throw ValidationError("--min-marks ≥ 1") }
            if !disagreement.isFinite || disagreement < 0 || disagreement > 1_000 {
                throw ValidationError("--disagreement : un nombre entre 0 et 1000 / a number from 0 to 1000")
            }
            _ = try formats
        }

        func run() throws {
            options.checkEnvironment()
            let language = options.language
            let terminal = options.terminal
            let criteria: CriteriaFile
            do {
                let files = try Calls.load(call)
                guard files.count == 1, let first = files.first else {
                    throw ValidationError(
                        language == .fr ? "--call : un seul appel pour un classement" : "--call: one call per ranking")
                }
                criteria = first
            } catch let error as ProblemList {
                error.problems.forEach { terminal.err($0.formatted(language)) }
                throw ExitCode(2)
            }
            let overrides = try ParameterOverrides.parse(self.overrides, for: criteria, options: options)
            let alternative = try self.alternative(base: criteria, overrides: overrides)
            let inputs = try options.applications(paths)
            // The jury's files are read before the batch: a wrong path is told at once.
            var panel: [Juror] = []
            var sheets: MarkSheets.Loaded?
            if let marks, let jurors {
                do {
                    panel = try JurorsFile.load(path: jurors)
                    sheets = try MarkSheets.load(folder: marks)
                } catch {
                    error.problems.forEach { terminal.err($0.formatted(language)) }
                    throw ExitCode(2)
                }
            }
            let formats = try self.formats
            let settings = JurySettings(
                aggregate: JurySettings.Aggregate(rawValue: aggregate) ?? .median, minimumMarks: minMarks,
                disagreement: Decimal(disagreement), anonymise: anonymiseJurors)
            let progress = Progress(total: inputs.files.count, terminal: terminal, language: language)
            let request = RankJob.Request(
                files: inputs.files, criteria: criteria, overrides: overrides, formats: formats,
                out: URL(fileURLWithPath: out), language: language, asOf: asOf ?? Self.today, toolVersion: PTCE.version,
                csvSeparator: csvSeparator, maxPerRegion: maxPerRegion,
                threads: threads ?? ProcessInfo.processInfo.activeProcessorCount,
                jury: sheets.map { (jurors: panel, sheets: $0, settings: settings) }, alternative: alternative,
                checkpoint: Self.testHook,
                progress: progress.update, evaluated: progress.finish)
            let outcome: RankJob.Outcome
            do {
                outcome = try RankJob.run(request)
            } catch {
                switch error {
                case .busy(let failure):
                    throw options.fail(failure.message.fr, failure.message.en, code: Self.busyExitCode)
                case .cannotWrite(let cause):
                    throw cannotWrite(cause)
                case .jury(let problems):
                    problems.problems.forEach { terminal.err($0.formatted(language)) }
                    throw ExitCode(2)
                case .cancelled:
                    throw ExitCode(2)
                }
            }
            outcome.juryProblems.forEach { terminal.err(terminal.paint($0.formatted(language), .yellow, stderr: true)) }
            if outcome.noMarkAccepted {
                terminal.err(
                    terminal.paint(
                        language == .fr
                            ? "attention : aucune note retenue — tous les dossiers éligibles restent en attente de notes du jury"
                            : "warning: no mark accepted — every eligible application stays awaiting jury marks", .yellow,
                        stderr: true))
            }
            let c = outcome.batch.counts
            terminal.out(
                language == .fr
                    ? "\(c.received) reçus : \(c.eligible) classés, \(c.belowThreshold) sous le seuil, \(c.pendingMarks) en attente de notes, \(c.incomplete) incomplets, \(c.ineligible) inéligibles, \(c.unreadable) illisibles, \(c.duplicates) doublons écartés ; \(c.funded) financés"
                    : "\(c.received) received: \(c.eligible) ranked, \(c.belowThreshold) below threshold, \(c.pendingMarks) awaiting marks, \(c.incomplete) incomplete, \(c.ineligible) ineligible, \(c.unreadable) unreadable, \(c.duplicates) duplicates set aside; \(c.funded) funded"
            )
            options.tell(outcome.batch.duplicates)
            if let comparison = outcome.comparison {
                let (entering, leaving, moved) = (comparison.entering.count, comparison.leaving.count, comparison.moved.count)
                let differences = comparison.diff.changes.count
                terminal.out(
                    language == .fr
                        ? "et si… : \(entering) entrent dans la liste financée, \(leaving) en sortent, \(moved) autres changent de rang, de statut ou de points ; \(differences) différence(s) de règles"
                        : "what if: \(entering) enter the funded list, \(leaving) leave it, \(moved) others change rank, status or points; \(differences) rule difference(s)"
                )
            }
            outcome.written.forEach { terminal.out((language == .fr ? "écrit : " : "written: ") + VisibleText.escape($0)) }
        }

        /// The rules of the "what if": `--compare-criteria` (or the base file), with the base's
        /// `--set` values its parameters keep, then `--compare-set`; nil without either option.
        func alternative(base: CriteriaFile, overrides: [String: ParameterValue]) throws -> (
            criteria: CriteriaFile, overrides: [String: ParameterValue]
        )? {
            guard compareCriteria != nil || !compareSet.isEmpty else { return nil }
            var criteria = base
            if let compareCriteria {
                do {
                    let files = try Calls.load(compareCriteria)
                    guard files.count == 1, let first = files.first else {
                        throw options.fail(
                            "--compare-criteria : un seul fichier de critères", "--compare-criteria: one criteria file",
                            code: 64)
                    }
                    criteria = first
                } catch let error as ProblemList {
                    error.problems.forEach { options.terminal.err($0.formatted(options.language)) }
                    throw ExitCode(2)
                }
            }
            // The base's --set values carry over where the alternative has the same parameter.
            var values = overrides.filter { criteria.parameter($0.key) != nil }
            let changed = try ParameterOverrides.parse(compareSet, for: criteria, options: options, option: "--compare-set")
            values.merge(changed) { _, new in new }
            return (criteria, values)
        }

        /// Exit status when another run holds the output folder (`EX_TEMPFAIL`: try again later).
        static let busyExitCode: Int32 = 75

        /// Test hooks, unset in normal use: at the ``ReportFolder/Checkpoint`` named by
        /// `PTCE_TEST_KILL_AT`, the process kills itself (`SIGKILL`, as `kill -9` would); at the
        /// one named by `PTCE_TEST_STOP_AT`, it stops itself (`SIGSTOP`) until sent `SIGCONT`.
        /// Tests then stop or hold a run at a chosen point instead of at a random time.
        static let testHook: @Sendable (ReportFolder.Checkpoint) -> Void = {
            let kill = Environment.value("PTCE_TEST_KILL_AT")
            let stop = Environment.value("PTCE_TEST_STOP_AT")
            guard kill != nil || stop != nil else { return { _ in } }
            return { checkpoint in
                if checkpoint.rawValue == kill { raise(SIGKILL) }
                if checkpoint.rawValue == stop { raise(SIGSTOP) }
            }
        }()

        /// The error for a report that could not be written, in plain words (exit status 2).
        func cannotWrite(_ error: any Error) -> ExitCode {
            options.cannotWrite(error, into: out, fr: "le rapport", en: "the report")
        }

        /// `YYYY-MM-DD` naming a day that exists (no 2015-02-30).
        static func isCalendarDate(_ text: String) -> Bool {
            guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/),
                let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
            else { return false }
            let components = DateComponents(
                calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: year, month: month,
                day: day)
            return (1...12).contains(month) && components.isValidDate
        }

        static var today: String {
            let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
            return String(format: "%04d-%02d-%02d", components.year!, components.month!, components.day!)
        }
    }
}

/// A progress line on stderr, only on a terminal and only once a batch has run for a second.
final class Progress: Sendable {
    let total: Int
    let enabled: Bool
    let start = Date()
    let language: Language

    init(total: Int, terminal: Terminal, language: Language) {
        self.total = total
        self.enabled = isatty(STDERR_FILENO) == 1
        self.language = language
    }

    var update: @Sendable (Int) -> Void {
        { [self] done in
            guard enabled, done % 25 == 0 || done == total, Date().timeIntervalSince(start) > 1 else { return }
            let text = language == .fr ? "\r\(done)/\(total) dossiers évalués" : "\r\(done)/\(total) applications evaluated"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Ends the progress line; a long batch then says that the reports are being written.
    @Sendable func finish() {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        let text = language == .fr ? "\nécriture des rapports…\n" : "\nwriting the reports…\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
