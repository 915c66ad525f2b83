public import Hummingbird
import Logging
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// `ptce serve`: the self-check page, the JSON API and the rules explorer on Hummingbird 2.
///
/// Stateless: the criteria and schemas come from the binary, nothing is written to disk and
/// nothing of an uploaded file is kept or logged (counts only). Any number of instances can
/// run behind a load balancer.
public enum PTCEServer {
    /// Thrown when the shipped criteria or templates cannot be loaded (a build defect).
    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The router with every route and the security headers.
    static func router(configuration: ServerConfiguration) throws -> Router<BasicRequestContext> {
        let catalog: CallCatalog
        do {
            catalog = try CallCatalog.load()
        } catch {
            throw StartFailure(description: error.problems.map { $0.formatted(.en) }.joined(separator: "\n"))
        }
        let renderer = try PageRenderer(calls: catalog.calls.map(\.year))
        let gate = CheckGate(capacity: configuration.maxConcurrentChecks, queueLimit: configuration.maxQueuedChecks)
        let service = CheckService(catalog: catalog, gate: gate)
        let reader = RequestBodyReader(maxBytes: configuration.maxBodyBytes, timeoutSeconds: configuration.bodyTimeoutSeconds)
        let xmlReader = RequestBodyReader(maxBytes: configuration.maxXMLBytes, timeoutSeconds: configuration.bodyTimeoutSeconds)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeaders(renderer: renderer))
        StaticFiles.register(on: router)
        SelfCheckPage(service: service, renderer: renderer, reader: reader).register(on: router)
        FillPage(service: service, renderer: renderer, reader: reader).register(on: router)
        ExplorerPages(catalog: catalog, renderer: renderer).register(on: router)
        APIController(service: service, reader: xmlReader).register(on: router)
        router.get("/healthz") { _, _ in Response.text("ok\n", contentType: "text/plain; charset=utf-8") }
        return router
    }

    /// The application for `configuration`; `onRunning` receives the port actually bound.
    public static func application(
        configuration: ServerConfiguration, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        var logger = Logger(label: "ptce.serve")
        logger.logLevel = .notice
        return Application(
            router: try router(configuration: configuration),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}
