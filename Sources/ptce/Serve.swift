import ArgumentParser
import Foundation
import Hummingbird
import PTCEServer

extension PTCE {
    /// `ptce serve`: the self-check page, the JSON API and the rules explorer over HTTP.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Sert la page d’auto-vérification, l’API JSON et l’explorateur des règles / Serves the self-check page, the JSON API and the rules explorer.",
            discussion: """
                Exemples / Examples:
                  ptce serve                          # http://127.0.0.1:8080/
                  ptce serve --host 0.0.0.0 --port 8080

                Sans état : rien n’est écrit sur le disque, rien du fichier n’est journalisé. Derrière un
                mandataire inverse, autant d’instances que voulu. / Stateless: nothing is written to disk and
                nothing of a file is logged; run as many instances as needed behind a reverse proxy.
                """)

        @Option(name: .long, help: "Adresse d’écoute / Address to listen on.")
        var host = "127.0.0.1"

        @Option(name: .long, help: "Port (0 : choisi par le système) / Port (0: chosen by the system).")
        var port = 8080

        @Option(name: .long, help: "Vérifications simultanées (défaut : une par cœur) / Checks at once (default: one per core).")
        var workers: Int?

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port : 0 à 65535 / 0 to 65535") }
            if let workers, workers < 1 { throw ValidationError("--workers : au moins 1 / at least 1") }
        }

        func run() throws {
            let configuration = ServerConfiguration(host: host, port: port, maxConcurrentChecks: workers)
            let host = host
            let application = try PTCEServer.application(configuration: configuration) { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                let line = "ptce serve : http://\(shown):\(port)/ (Ctrl-C pour arrêter / to stop)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
            let done = DispatchSemaphore(value: 0)
            let failure = FailureBox()
            Task {
                do {
                    try await application.runService()
                } catch {
                    failure.set(error)
                }
                done.signal()
            }
            done.wait()
            if let error = failure.error {
                FileHandle.standardError.write(Data("ptce serve: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
    }
}

/// The error a server task ended with, handed back to the waiting command.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }

    func set(_ error: any Error) { lock.withLock { stored = error } }
}
