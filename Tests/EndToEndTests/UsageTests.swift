import Foundation
import TestSupport
import Testing

/// Usage errors (exit status 64, in French and English), `-V`, help and completions.
@Suite struct UsageTests {
    @Test(arguments: [
        ["check", "SampleApplications/pollens-2015.xml", "--call", "2014"],
        ["rank", "SampleApplications", "--call", "2014", "--out", "unused"],
        ["rank", "SampleApplications", "--call", "all", "--out", "unused"],
        ["jury", "assign", "SampleApplications", "--call", "2014", "--jurors", "x.csv", "--out", "unused"],
    ])
    func anUnknownCallIsAUsageErrorEverywhere(arguments: [String]) throws {
        let result = try PTCEBinary.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("--call"))
        #expect(!FileManager.default.fileExists(atPath: Repository.path("unused")))
    }

    @Test func parserErrorsAreInFrenchByDefaultAndInEnglishOnRequest() throws {
        let french = try PTCEBinary.run(["criteria", "lint", "--bogus"])
        #expect(french.status == 64)
        #expect(french.stderr.hasPrefix("erreur : option inconnue « --bogus »"), "\(french.stderr)")
        #expect(french.stderr.contains("\nUsage : ptce criteria lint"), "on its own line")
        #expect(french.stderr.contains("Voir « ptce criteria lint --help » pour plus d’informations."))
        let english = try PTCEBinary.run(["criteria", "lint", "--lang", "en", "--bogus"])
        #expect(english.status == 64)
        #expect(english.stderr.hasPrefix("error: Unknown option '--bogus'"), "\(english.stderr)")
        let environment = try PTCEBinary.run(["criteria", "lint", "--bogus"], environment: ["PTCE_LANG": "en"])
        #expect(environment.stderr.hasPrefix("error: Unknown option"))
    }

    @Test func invalidValuesAndMissingArgumentsAreTranslated() throws {
        let value = try PTCEBinary.run(["criteria", "lint", "--format", "xml"])
        #expect(value.status == 64)
        #expect(value.stderr.contains("la valeur « xml » n’est pas valide pour « --format <format> »"), "\(value.stderr)")
        #expect(value.stderr.contains("valeurs possibles"))
        let missing = try PTCEBinary.run(["rank", "SampleApplications", "--out", "x"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("argument obligatoire manquant : « --call <appel> »"), "\(missing.stderr)")
    }

    @Test func ptceOwnValidationErrorsExit64() throws {
        let result = try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", "x", "--as-of", "2015-02-30"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("une date réelle AAAA-MM-JJ / a real date YYYY-MM-DD"))
    }

    /// `ptce check` is parsed on its own when named first (`PTCE.direct`, a faster
    /// start); its help, `--version` and usage errors still read as the whole command tree's.
    @Test func checkParsedOnItsOwnStillReadsAsPartOfTheTree() throws {
        let sample = "SampleApplications/pollens-2015.xml"
        let unknown = try PTCEBinary.run(["check", sample, "--bogus"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("erreur : option inconnue « --bogus »"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("\nUsage : ptce check <dossier.xml>"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("Voir « ptce check --help » pour plus d’informations."))
        let help = try PTCEBinary.run(["check", "--help"], environment: ["COLUMNS": "80"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: ptce check <dossier.xml>"), "\(help.stdout)")
        #expect(help.stdout == (try PTCEBinary.run(["help", "check"], environment: ["COLUMNS": "80"])).stdout)
        let version = try PTCEBinary.run(["check", sample, "--version"])
        #expect(version.status == 0)
        #expect(version.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(version.stdout)")
        let run = try PTCEBinary.run(["check", "--lang", "en", sample, "--call", "2015", "--no-color"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(arguments: [["-V"], ["--version"]])
    func version(arguments: [String]) throws {
        let result = try PTCEBinary.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(result.stdout)")
    }

    @Test func helpListsValuesOnceWithoutBreakingExamples() throws {
        let lint = try PTCEBinary.run(["criteria", "lint", "--help"], environment: ["COLUMNS": "80"])
        let flat = lint.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("values: text, json, github, sarif, junit; default: text"), "\(lint.stdout)")
        let check = try PTCEBinary.run(["check", "--help"], environment: ["COLUMNS": "80"])
        #expect(check.stdout.contains("2013, 2015, all"), "--call lists its values")
        let commands = [
            [], ["rank"], ["check"], ["validate"], ["jury", "assign"], ["criteria", "lint"], ["criteria", "test"], ["synth"],
        ]
        for command in commands {
            let help = try PTCEBinary.run(command + ["--help"], environment: ["COLUMNS": "80"])
            let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            // Each option's block (its first line and the indented lines under it) gives its
            // default once: in the help text or from the parser, not both.
            var blocks: [String] = []
            for line in lines {
                if line.hasPrefix("  -") || line.hasPrefix("  <") {
                    blocks.append(String(line))
                } else if line.hasPrefix("      "), !blocks.isEmpty {
                    blocks[blocks.count - 1] += " " + line
                }
            }
            for block in blocks {
                #expect(block.count(of: "(default:") <= 1, "\(command): \(block)")
                // "(défaut 2)" beside the parser's "(default: 2)" says it twice.
                #expect(block.firstMatch(of: /\(défaut [^:]/) == nil || !block.contains("(default:"), "\(command): \(block)")
            }
            var inExamples = false
            for line in lines {
                // Examples stay indented: a line the help wrapped would start at column 0.
                if inExamples && !line.isEmpty {
                    #expect(line.hasPrefix("  "), "\(command): an example is wrapped mid-command: \(line)")
                }
                if line.hasPrefix("Exemple") { inExamples = true } else if line.isEmpty { inExamples = false }
                #expect(line.count <= 80 || line.hasPrefix("USAGE:"), "\(command): \(line)")
            }
        }
    }

    @Test func completionsOfferValuesAndFiles() throws {
        let bash = try PTCEBinary.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        #expect(bash.stdout.contains(#"'text'$'\n''json'$'\n''github'$'\n''sarif'$'\n''junit'"#), "the --format values")
        #expect(bash.stdout.contains(#"'html'$'\n''md'$'\n''json'$'\n''csv'"#), "rank's --format values")
        #expect(bash.stdout.contains("-fX '!*.@(xml)'"), "file completion for path arguments")
        // --call completes 2013, 2015, all and criteria files: a custom completion, which the
        // script asks of ptce as `ptce ---completion check -- --call WORD-INDEX CURSOR WORDS…`.
        let calls = try PTCEBinary.run(["---completion", "check", "--", "--call", "3", "0", "ptce", "check", "--call", ""])
        #expect(calls.stdout.contains("2013") && calls.stdout.contains("all"), "\(calls.stdout)\(calls.stderr)")
    }
}

extension StringProtocol {
    func count(of text: String) -> Int { components(separatedBy: text).count - 1 }
}
