import Foundation
import Hummingbird
import Logging
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The JSON API under `/api/v1`: check a file, list the calls, their criteria and the facts,
/// and the OpenAPI document that describes all of it.
struct APIController: Sendable {
    let service: CheckService
    let reader: RequestBodyReader

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        api.post("check") { request, context in await check(request, context: context) }
        api.get("calls") { request, _ in calls(Language.requested(by: request)) }
        api.get("calls/:id/criteria") { request, context in
            criteria(context.parameters.get("id") ?? "", language: Language.requested(by: request))
        }
        api.get("facts") { request, _ in facts(Language.requested(by: request)) }
        api.get("openapi.json") { _, _ in
            Response.text(
                String(decoding: PackageResources.openapi_json, as: UTF8.self), contentType: "application/json; charset=utf-8")
        }
    }

    /// Whether a content type names XML (`application/xml`, `text/xml`, `…+xml`).
    static func isXML(_ contentType: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type == "application/xml" || type == "text/xml" || type.hasSuffix("+xml")
    }

    func check(_ request: Request, context: BasicRequestContext) async -> Response {
        let language = Language.requested(by: request)
        let call: String? = request.uri.queryParameters.get("call")
        if let call, !service.catalog.acceptedCalls.contains(call) {
            let list = service.catalog.acceptedCalls.joined(separator: ", ")
            return APIError.make(
                400, "request.unknown-call",
                Localized(
                    fr: "appel inconnu « \(call) » : valeurs permises \(list)",
                    en: "unknown call “\(call)”: allowed values \(list)"),
                language
            ).response
        }
        guard let contentType = request.headers[.contentType], Self.isXML(contentType) else {
            return APIError.make(
                415, "request.not-xml",
                Localized(
                    fr: "envoyez le fichier XML avec l’en-tête Content-Type: application/xml",
                    en: "send the XML file with the header Content-Type: application/xml"), language
            ).response
        }
        let bytes: [UInt8]
        do {
            bytes = try await reader.read(request)
        } catch {
            return APIError.bodyFailure(error, language: language).response
        }
        let result: CheckService.Result
        do {
            result = try await service.check(bytes: bytes, name: "application.xml", call: call)
        } catch {
            return APIError.busy(language).response
        }
        // Counts only: nothing of the file itself is logged.
        context.logger.info("check", metadata: ["bytes": "\(bytes.count)", "problems": "\(result.problems.count)"])
        guard result.problems.isEmpty else { return APIError.refused(result.problems, language: language).response }
        let reply = result.reply(file: "application.xml", bytes: bytes, language: language, catalog: service.catalog)
        return .json(reply)
    }

    func calls(_ language: Language) -> Response {
        .json(service.catalog.calls.map { CallSummary($0.file, year: $0.year, language: language) })
    }

    func criteria(_ id: String, language: Language) -> Response {
        guard let file = service.catalog.file(id) else {
            return APIError.make(
                404, "request.unknown-call", Localized(fr: "appel inconnu « \(id) »", en: "unknown call “\(id)”"), language
            ).response
        }
        return .json(CallCriteria(file, year: id, language: language))
    }

    func facts(_ language: Language) -> Response {
        .json(FactCatalog.all.map { FactSummary($0, language: language) })
    }
}

extension APIError {
    static func bodyFailure(_ failure: RequestBodyReader.Failure, language: Language) -> APIError {
        switch failure {
        case .tooLarge(let limit):
            make(
                413, "request.too-large",
                Localized(
                    fr:
                        "fichier trop gros : la limite est de \(limit) octets (XMLLimits.maxFileBytes et l’enveloppe du formulaire)",
                    en: "file too large: the limit is \(limit) bytes (XMLLimits.maxFileBytes and the form's envelope)"), language)
        case .tooSlow(let seconds):
            make(
                408, "request.timeout",
                Localized(
                    fr: "le fichier n’est pas arrivé en \(seconds) s : réessayez",
                    en: "the file did not arrive within \(seconds) s: try again"),
                language)
        }
    }

    static func busy(_ language: Language) -> APIError {
        make(
            503, "server.busy",
            Localized(fr: "le serveur est occupé : réessayez dans un instant", en: "the server is busy: try again in a moment"),
            language)
    }
}
