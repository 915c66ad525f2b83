import ArgumentParser
import Foundation
import PTCEModel
import PTCEFormats
import PTCEPipeline
import PTCESynth

extension PTCE {
    /// `ptce synth`: a deterministic corpus of synthetic applications, for benchmarks.
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Génère des candidatures synthétiques reproductibles / Generates reproducible synthetic applications.",
            discussion: """
                Le même --seed donne les mêmes fichiers. Une part est invalide (SIREN faux, budget déséquilibré, XML mal formé), une part inéligible (pas d’entreprise classique, ancien lauréat, dépôt tardif, porteur public).

                The same --seed gives the same files. A share is invalid, a share ineligible.

                Exemple / Example: ptce synth --count 1000 --seed 42 --out /tmp/corpus
                """)

        @Option(name: .long, help: "Nombre de dossiers / Number of applications.")
        var count: Int

        @Option(name: .long, help: "Graine / Seed.")
        var seed: UInt64 = 1

        @Option(
            name: .long, help: ArgumentHelp("Dossier de sortie / Output folder.", valueName: "dossier"), completion: .directory)
        var out: String

        @Option(name: .long, help: "Part invalide, 0–1 / Invalid share.")
        var invalidShare: Double = 0.05

        @Option(name: .long, help: "Part inéligible, 0–1 / Ineligible share.")
        var ineligibleShare: Double = 0.2

        @OptionGroup var options: CommonOptions

        func validate() throws {
            guard count >= 1, count <= 1_000_000 else { throw ValidationError("--count : 1 à 1 000 000") }
            try CommonOptions.requireOutput(out)
            guard (0...1).contains(invalidShare), (0...1).contains(ineligibleShare) else {
                throw ValidationError("--invalid-share, --ineligible-share : entre 0 et 1 / between 0 and 1")
            }
        }

        func run() throws {
            let generator = SyntheticApplications(seed: seed, invalidShare: invalidShare, ineligibleShare: ineligibleShare)
            let folder = URL(fileURLWithPath: out)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for index in 0..<count {
                    let (name, text) = generator.application(index)
                    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
                }
            } catch {
                throw options.cannotWrite(error, into: out, fr: "les dossiers", en: "the applications")
            }
            options.terminal.out(
                options.language == .fr ? "\(count) dossier(s) écrit(s) dans \(out)" : "\(count) application(s) written to \(out)"
            )
        }
    }
}
