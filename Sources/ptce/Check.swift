import ArgumentParser
import Foundation
import PTCEEngine
import PTCEModel
import PTCEReports
import PTCEFormats
import PTCEPipeline

extension PTCE {
    /// `ptce check APPLICATION --call 2015`: the applicant's self-check.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Vérifie l’éligibilité d’une candidature et dit quoi corriger / Checks one application and says what to fix.",
            discussion: """
                Exemples / Examples:
                  ptce check SampleApplications/pollens-2015.xml --call 2015
                  ptce check mon-dossier.xml --call all          # 2013 et 2015 côte à côte
                  ptce check mon-dossier.xml --call Criteria/ptce-2015.xml \\
                      --set selfFinancingFloor=20

                Codes de sortie / Exit status:
                  0  éligible sous chaque appel demandé / eligible under every call asked
                  1  inéligible, incomplet ou illisible / ineligible, incomplete, unreadable
                  2  fichier introuvable / file not found
                  64 usage
                """)

        @Argument(
            help: ArgumentHelp("Le fichier de candidature / The application file.", valueName: "dossier.xml"),
            completion: .file(extensions: ["xml"]))
        var application: String

        @Option(
            name: .long, help: CallOption.help(allowAll: true, defaultToFile: true),
            completion: CallOption.completion(allowAll: true))
        var call: String?

        @Option(
            name: .customLong("set"), help: "Change un paramètre : nom=valeur (répétable) / Override a parameter: name=value.")
        var overrides: [String] = []

        @OptionGroup var options: CommonOptions

        func validate() throws {
            if let call { try CallOption.validate(call, allowAll: true) }
        }

        func run() throws {
            options.checkEnvironment()
            let language = options.language
            let terminal = options.terminal
            guard FileName.exists(application) else {
                throw options.fail("\(application) : fichier introuvable", "\(application): no such file", code: 2)
            }
            let files: [CriteriaFile]
            let loaded: Application
            do {
                loaded = try ApplicationLoader.standard().load(path: application)
                // Without --call, the call the file declares (2015 when it names no shipped call).
                let spec = call ?? (Calls.shipped.contains(loaded.call) ? loaded.call : "2015")
                files = try Calls.load(spec)
                for criteria in files
                where call != "all" && Calls.shipped.contains(loaded.call) && criteria.call.year != loaded.call {
                    terminal.err(
                        language == .fr
                            ? "Note : le dossier déclare l’appel \(loaded.call) (attribut call) ; il est évalué ici selon l’appel \(criteria.call.year)."
                            : "Note: the file declares the \(loaded.call) call (call attribute); it is evaluated here under the \(criteria.call.year) call."
                    )
                }
            } catch {
                error.problems.forEach { terminal.out(terminal.paint($0.formatted(language), .red)) }
                throw ExitCode(1)
            }
            let report = CheckReport(language: language, style: terminal.style)
            var rows: [(CriteriaFile, Evaluation)] = []
            for criteria in files {
                let overrides = try ParameterOverrides.parse(self.overrides, for: criteria, options: options)
                var evaluator = Evaluator(criteria: criteria, overrides: overrides)
                evaluator.selfCheck = true
                let evaluation = evaluator.evaluate(loaded)
                rows.append((criteria, evaluation))
                terminal.out(report.render(evaluation, criteria: criteria, file: application))
                terminal.out("")
            }
            if rows.count > 1 { terminal.out(report.comparison(rows)) }
            if rows.contains(where: { $0.1.status == .ineligible || $0.1.status == .incomplete }) { throw ExitCode(1) }
        }
    }
}

/// `--set name=value` parsing, typed and range-checked by the criteria file's parameters.
enum ParameterOverrides {
    /// The values of `items` (`name=value`), told as errors of `option` (`--set`, `--compare-set`).
    static func parse(
        _ items: [String], for criteria: CriteriaFile, options: CommonOptions, option: String = "--set"
    ) throws -> [String: ParameterValue] {
        var values: [String: ParameterValue] = [:]
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let parameter = criteria.parameter(parts[0]) else {
                let known = criteria.parameters.map(\.name).joined(separator: ", ")
                throw options.fail(
                    "\(option) \(item) : paramètre inconnu de \(criteria.call.id) ; paramètres : \(known)",
                    "\(option) \(item): unknown parameter of \(criteria.call.id); parameters: \(known)", code: 64)
            }
            guard let value = CriteriaValues.parse(parts[1], as: parameter.type) else {
                throw options.fail(
                    "\(option) \(item) : valeur attendue : \(parameter.type.example.fr)",
                    "\(option) \(item): expected \(parameter.type.example.en)", code: 64)
            }
            if let problem = parameter.rangeProblem(value) {
                throw options.fail("\(option) \(item) : \(problem.fr)", "\(option) \(item): \(problem.en)", code: 64)
            }
            values[parameter.name] = value
        }
        if let first = CriteriaLinter.lint(criteria, overrides: values).first(where: { $0.severity == .error }) {
            throw options.fail("\(option) : \(first.formatted(.fr))", "\(option): \(first.formatted(.en))", code: 64)
        }
        return values
    }
}
