public import ArgumentParser
import Foundation
import PTCEEngine
import PTCEModel
import PTCEReports
import PTCEFormats
import PTCEPipeline

extension Language: ExpressibleByArgument {}

/// Options every subcommand accepts.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Langue des messages : fr ou en (défaut : fr, ou PTCE_LANG) / Message language.")
    var lang: Language?

    @Flag(name: .long, help: "Sans couleurs (NO_COLOR est aussi respecté) / No colours.")
    var noColor = false

    /// The language in force: `--lang`, else `PTCE_LANG`, else French.
    var language: Language {
        if let lang { return lang }
        if let value = Environment.value("PTCE_LANG"), let language = Language(rawValue: value) { return language }
        return .fr
    }

    /// A terminal writer honouring `--no-color`, `NO_COLOR` and whether stdout is a terminal.
    var terminal: Terminal { Terminal(colors: !noColor) }

    /// Warns on stderr about environment variables that are set but cannot be used.
    func checkEnvironment() {
        if let value = Environment.value("PTCE_LANG"), Language(rawValue: value) == nil {
            terminal.err("ptce: PTCE_LANG=\(value) : fr ou en attendu, français utilisé / fr or en expected, French used")
        }
        if let home = Environment.value("PTCE_HOME"), !FileManager.default.fileExists(atPath: home) {
            terminal.err("ptce: PTCE_HOME=\(home) : dossier introuvable, ignoré / folder not found, ignored")
        }
    }

    /// The application files under `paths`; fails (exit 2) on a missing path or when no `.xml`
    /// file is found, rather than doing nothing silently.
    func applications(_ paths: [String]) throws -> InputFiles {
        let inputs = InputFiles.expand(paths)
        if !inputs.missing.isEmpty {
            let list = inputs.missing.joined(separator: ", ")
            throw fail("chemin introuvable : \(list)", "no such file or folder: \(list)", code: 2)
        }
        guard !inputs.files.isEmpty else {
            let list = paths.joined(separator: ", ")
            throw fail("aucun fichier .xml dans \(list)", "no .xml file in \(list)", code: 2)
        }
        return inputs
    }

    /// The error for output that could not be written into `out` (exit status 2), its cause in
    /// plain words (see `WriteFailure`), never a framework's error number.
    func cannotWrite(_ error: any Error, into out: String, fr what: String, en whatEnglish: String) -> ExitCode {
        let path = (error as? WriteFailure)?.path ?? out
        var cause = Localized(fr: "erreur inattendue : \(error)", en: "unexpected error: \(error)")
        if let code = WriteFailure.code(of: error) { cause = WriteFailure.cause(code) }
        return fail(
            "impossible d’écrire \(what) dans \(out) — \(path) : \(cause.fr)",
            "cannot write \(whatEnglish) into \(out) — \(path): \(cause.en)", code: 2)
    }

    /// One line on stderr per copy set aside (see `Duplicates`): which file, which it repeats, why.
    func tell(_ duplicates: [Duplicate]) {
        for duplicate in duplicates {
            let file = VisibleText.escape(duplicate.summary.file)
            let original = VisibleText.escape(duplicate.original)
            let line =
                language == .fr
                ? "doublon écarté : \(file) — doublon de \(original) : \(duplicate.reason.label.fr)"
                : "duplicate set aside: \(file) — duplicate of \(original): \(duplicate.reason.label.en)"
            terminal.err(terminal.paint(line, .yellow, stderr: true))
        }
    }

    /// `--out ''` names no folder: a usage error, never the current folder.
    static func requireOutput(_ out: String) throws {
        if out.isEmpty {
            throw ValidationError("--out : un dossier de sortie, pas un nom vide / an output folder, not an empty name")
        }
    }

    /// Prints `error: …` on stderr in the user's language and returns the exit code to throw.
    ///
    /// Exit codes: 1 an input is invalid or not eligible; 2 `ptce` cannot do what was asked
    /// (missing path, no input, data files not found, output not writable); 64 a usage error.
    func fail(_ fr: String, _ en: String, code: Int32) -> ExitCode {
        let label = language == .fr ? "erreur : " : "error: "
        // Paths and values from the command line are shown, never obeyed (see `VisibleText`).
        terminal.err(terminal.paint(label, .red, stderr: true) + VisibleText.escape(language == .fr ? fr : en))
        return ExitCode(code)
    }
}
