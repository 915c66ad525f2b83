import ArgumentParser
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

extension PTCE {
    /// `ptce criteria lint|test`: tools for the people who edit criteria files, and their CI.
    struct CriteriaCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "criteria",
            abstract: "Vérifie et teste les fichiers de critères / Lints and tests criteria files.",
            subcommands: [Lint.self, Test.self])
    }
}

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
}

extension PTCE.CriteriaCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Contrôle un fichier de critères : schéma et sens / Checks criteria files: schema and meaning.",
            discussion: """
                Chaque constat : chemin:ligne:col: error|warning: message [check-id].
                Each finding: path:line:col: error|warning: message [check-id].
                Code de sortie 1 s’il y a une erreur / Exit status 1 on any error.

                Exemple / Example: ptce criteria lint Criteria/
                """)

        @Argument(help: "Fichiers ou dossiers (défaut : Criteria/) / Files or folders.")
        var paths: [String] = []

        @OptionGroup var options: CommonOptions

        func run() throws {
            let language = options.language
            let terminal = options.terminal
            let (files, missing) = CriteriaInputs.expand(paths, scenarios: false)
            try CriteriaInputs.require(files, missing: missing, what: ("fichier de critères", "criteria file"), options: options)
            var errors = 0
            var warnings = 0
            let loader: CriteriaLoader
            do { loader = try CriteriaLoader.standard() } catch {
                error.problems.forEach { terminal.out($0.formatted(language)) }
                throw ExitCode(2)
            }
            for path in files {
                let findings: [Problem]
                do {
                    findings = CriteriaLinter.lint(try loader.load(path: path))
                } catch {
                    findings = error.problems
                }
                for finding in findings {
                    if finding.severity == .error { errors += 1 } else { warnings += 1 }
                    terminal.out(terminal.paint(finding.formatted(language), finding.severity == .error ? .red : .yellow))
                }
            }
            terminal.out(
                language == .fr
                    ? "\(files.count) fichier(s) de critères, \(errors) erreur(s), \(warnings) avertissement(s)"
                    : "\(files.count) criteria file(s), \(errors) error(s), \(warnings) warning(s)")
            if errors > 0 { throw ExitCode(1) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lance les scénarios de test des critères / Runs the criteria's scenario tests.",
            discussion: """
                Lit les fichiers *.tests.xml (défaut : Criteria/), évalue chaque scénario et compare aux résultats attendus ; signale les critères jamais testés à la fois en réussite et en échec. --strict fait de ces manques des erreurs.

                Reads *.tests.xml files (default: Criteria/), evaluates every scenario against its expectations, and reports criteria never tested both as pass and as fail. --strict turns those gaps into errors.

                Exemple / Example: ptce criteria test --strict Criteria/
                """)

        @Argument(help: "Fichiers *.tests.xml ou dossiers / Scenario files or folders.")
        var paths: [String] = []

        @Flag(name: .long, help: "Échoue si la couverture est incomplète / Fail on coverage gaps.")
        var strict = false

        @OptionGroup var options: CommonOptions

        func run() throws {
            let language = options.language
            let terminal = options.terminal
            let (paths, missing) = CriteriaInputs.expand(self.paths, scenarios: true)
            try CriteriaInputs.require(paths, missing: missing, what: ("fichier de scénarios (*.tests.xml)", "scenario file (*.tests.xml)"), options: options)
            var files: [ScenarioFile] = []
            var unreadable = 0
            for path in paths {
                do { files.append(try ScenarioFile.load(path: path)) } catch {
                    unreadable += 1
                    error.problems.forEach { terminal.out(terminal.paint($0.formatted(language), .red)) }
                }
            }
            let report = ScenarioRunner().run(files)
            report.failures.forEach { terminal.out(terminal.paint($0.formatted(language), .red)) }
            report.coverageGaps.forEach { terminal.out(terminal.paint($0.formatted(language), .yellow)) }
            let (covered, total) = report.coverageCount
            terminal.out(
                language == .fr
                    ? "couverture : \(covered)/\(total) critères testés dans les deux sens (réussite et échec, ou points et zéro)"
                    : "coverage: \(covered)/\(total) criteria tested both ways (pass and fail, or points and zero)")
            if language == .fr {
                terminal.out("\(report.passed) scénario(s) réussi(s), \(report.failed + unreadable) en échec")
            }
            // The plain closing line CI runners read, in English whatever the language.
            terminal.out("\(report.passed) passed, \(report.failed + unreadable) failed")
            if report.failed + unreadable > 0 || (strict && !report.coverageGaps.isEmpty) {
                throw ExitCode(1)
            }
        }
    }
}
