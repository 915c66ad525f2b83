public import ArgumentParser
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

extension PTCE {
    /// `ptce criteria lint|test|diff`: tools for the people who edit criteria files, and their CI.
    struct CriteriaCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "criteria",
            abstract: "Vérifie, teste et compare les fichiers de critères / Lints, tests and compares criteria files.",
            subcommands: [Lint.self, Test.self, Diff.self])
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// Criteria and scenario files under the given paths (default: the shipped `Criteria/`).
enum CriteriaInputs {
    static func expand(_ paths: [String], scenarios: Bool) -> (files: [String], missing: [String]) {
        let roots = paths.isEmpty ? [DataFiles.criteriaDirectory?.path ?? "Criteria"] : paths
        let inputs = InputFiles.expand(roots)
        let files = inputs.files.filter { $0.hasSuffix(".tests.xml") == scenarios }
        return (files, inputs.missing)
    }

    /// Fails with exit code 2 when a path is missing or no file of the kind was found.
    static func require(_ files: [String], missing: [String], what: (fr: String, en: String), options: CommonOptions) throws {
        if !missing.isEmpty {
            let list = missing.joined(separator: ", ")
            throw options.fail("chemin introuvable : \(list)", "no such file or folder: \(list)", code: 2)
        }
        if files.isEmpty {
            throw options.fail("aucun \(what.fr) trouvé", "no \(what.en) found", code: 2)
        }
    }

    /// Writes `run` in `format` on stdout; the text format is written by the command itself.
    static func write(_ run: CriteriaRun, format: DiagnosticFormat, language: Language) {
        guard let renderer = format.renderer else { return }
        print(renderer.render(run, language: language), terminator: "")
    }

    /// The exit-status table both subcommands show in their help.
    static let exitStatus = """
        Codes de sortie / Exit status:
          0  propre / clean
          1  erreur ou échec / an error or a failure
          2  chemin introuvable / path not found
          64 usage
        """
}

extension PTCE.CriteriaCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Contrôle des fichiers de critères : schéma et sens / Checks criteria files: schema and meaning.",
            discussion: """
                Chaque constat / Each finding (--format text):
                  chemin:ligne[:col]: erreur|avertissement: message [check-id]

                Les formats json, github et sarif sont pour les outils : sévérités error|warning et codes stables (lint.unknown-fact), quelle que soit la langue. The json, github and sarif formats are for tools: error|warning severities and stable codes (lint.unknown-fact) whatever the language.

                Exemples / Examples:
                  ptce criteria lint Criteria/
                  ptce criteria lint --format github Criteria/
                  ptce criteria lint --format sarif Criteria/ > lint.sarif

                \(CriteriaInputs.exitStatus)
                """)

        @Argument(
            help: ArgumentHelp("Fichiers ou dossiers (défaut : Criteria/) / Files or folders.", valueName: "chemin"),
            completion: .file(extensions: ["xml"]))
        var paths: [String] = []

        @Option(name: .long, help: "Format de sortie (junit : seulement pour test) / Output format (junit: test only).")
        var format: DiagnosticFormat = .text

        @OptionGroup var options: CommonOptions

        func validate() throws {
            if format == .junit {
                throw ValidationError("--format junit : seulement pour `criteria test` / only for `criteria test`")
            }
        }

        func run() throws {
            let language = options.language
            let terminal = options.terminal
            let (files, missing) = CriteriaInputs.expand(paths, scenarios: false)
            try CriteriaInputs.require(files, missing: missing, what: ("fichier de critères", "criteria file"), options: options)
            let loader: CriteriaLoader
            do { loader = try CriteriaLoader.standard() } catch {
                error.problems.forEach { terminal.err($0.formatted(language)) }
                throw ExitCode(2)
            }
            var problems: [Problem] = []
            for path in files {
                do {
                    problems += CriteriaLinter.lint(try loader.load(path: path))
                } catch {
                    problems += error.problems
                }
            }
            let run = CriteriaRun(command: .lint, files: files, problems: problems, toolVersion: PTCE.version)
            if format == .text {
                for finding in problems {
                    terminal.out(terminal.paint(finding.formatted(language), finding.severity == .error ? .red : .yellow))
                }
                terminal.out(
                    language == .fr
                        ? "\(files.count) fichier(s) de critères, \(run.errors) erreur(s), \(run.warnings) avertissement(s)"
                        : "\(files.count) criteria file(s), \(run.errors) error(s), \(run.warnings) warning(s)")
            } else {
                CriteriaInputs.write(run, format: format, language: language)
            }
            if run.errors > 0 { throw ExitCode(1) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lance les scénarios de test des critères / Runs the criteria's scenario tests.",
            discussion: """
                Lit les fichiers *.tests.xml (défaut : Criteria/), évalue chaque scénario et compare aux résultats attendus. Des critères qui ne passent pas le lint ne sont pas testés. Les échecs sont montrés d’abord, puis les critères jamais testés à la fois en réussite et en échec (--strict en fait des erreurs).

                Reads *.tests.xml files (default: Criteria/), evaluates every scenario against its expectations. Criteria that fail lint are not tested. Failures come first, then criteria never tested both as pass and as fail (--strict turns those into errors).

                Les chemins des candidatures sont relatifs au fichier de scénarios ; --samples DOSSIER les cherche dans DOSSIER (../SampleApplications/x.xml devient DOSSIER/x.xml). Application paths are relative to the scenario file; --samples DIR looks for them in DIR.

                Exemples / Examples:
                  ptce criteria test --strict Criteria/
                  ptce criteria test --samples SampleApplications copie/
                  ptce criteria test --format junit Criteria/ > tests.xml

                \(CriteriaInputs.exitStatus)
                """)

        @Argument(
            help: ArgumentHelp("Fichiers *.tests.xml ou dossiers / Scenario files or folders.", valueName: "chemin"),
            completion: .file(extensions: ["xml"]))
        var paths: [String] = []

        @Flag(name: .long, help: "Échoue si la couverture est incomplète / Fail on coverage gaps.")
        var strict = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Dossier des candidatures d’exemple des scénarios / Folder of the scenarios' sample applications.",
                valueName: "dossier"),
            completion: .directory)
        var samples: String?

        @Option(name: .long, help: "Format de sortie / Output format.")
        var format: DiagnosticFormat = .text

        @OptionGroup var options: CommonOptions

        func run() throws {
            let language = options.language
            let terminal = options.terminal
            let (paths, missing) = CriteriaInputs.expand(self.paths, scenarios: true)
            try CriteriaInputs.require(
                paths, missing: missing, what: ("fichier de scénarios (*.tests.xml)", "scenario file (*.tests.xml)"),
                options: options)
            if let samples, !FileName.exists(samples) {
                throw options.fail("--samples \(samples) : dossier introuvable", "--samples \(samples): no such folder", code: 2)
            }
            var files: [ScenarioFile] = []
            var unreadable: [Problem] = []
            for path in paths {
                do { files.append(try ScenarioFile.load(path: path, samples: samples)) } catch {
                    unreadable +=
                        error.problems.isEmpty
                        ? ProblemList.input(path, fr: "fichier de scénarios illisible", en: "scenario file unreadable").problems
                        : error.problems
                }
            }
            let report = ScenarioRunner().run(files)
            // Coverage gaps are warnings, errors under --strict; they come after the failures.
            let gaps = report.coverageGaps.map { gap in
                var gap = gap
                if strict { gap.severity = .error }
                return gap
            }
            let run = CriteriaRun(
                command: .test, files: paths, problems: unreadable + report.lintErrors + report.failures + gaps,
                scenarios: report.results, coverage: report.coverageCount, toolVersion: PTCE.version)
            if format == .text {
                for problem in run.problems {
                    terminal.out(terminal.paint(problem.formatted(language), problem.severity == .error ? .red : .yellow))
                }
                let (covered, total) = report.coverageCount
                terminal.out(
                    language == .fr
                        ? "couverture : \(covered)/\(total) critères testés dans les deux sens (réussite et échec, ou points et zéro)"
                        : "coverage: \(covered)/\(total) criteria tested both ways (pass and fail, or points and zero)")
                if language == .fr {
                    terminal.out("\(run.passed) scénario(s) réussi(s), \(run.failed) en échec")
                }
                // The plain closing line CI runners read, in English whatever the language.
                terminal.out("\(run.passed) passed, \(run.failed) failed")
            } else {
                CriteriaInputs.write(run, format: format, language: language)
            }
            if run.errors > 0 { throw ExitCode(1) }
        }
    }
}
