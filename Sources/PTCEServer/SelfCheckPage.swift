import Foundation
import Hummingbird
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The applicant's page: `/` in French, `/en/` in English. A plain form POST renders the
/// result (no script needed); `download=1` gives the same result as an HTML file.
struct SelfCheckPage: Sendable {
    let service: CheckService
    let renderer: PageRenderer
    let reader: RequestBodyReader

    func register(on router: Router<BasicRequestContext>) {
        for language in Language.allCases {
            let path = language == .fr ? "/" : "/en"
            router.get(RouterPath(path)) { _, _ in form(language) }
            router.post(RouterPath(path)) { request, context in await submit(request, context: context, language: language) }
        }
    }

    private func choices(_ language: Language, selected: String) -> [[String: Any]] {
        let text = PageText.table(language)
        var list: [(String, String)] = [("declared", text["callDeclared"] ?? "")]
        list += service.catalog.calls.map { ($0.year, $0.file.call.title(language)) }
        list.append(("all", text["callAll"] ?? ""))
        return list.map { ["value": $0.0, "label": $0.1, "checked": $0.0 == selected] }
    }

    private func render(
        _ language: Language, selected: String = "declared", result: [String: Any]? = nil, error: String? = nil,
        status: HTTPResponse.Status = .ok, standalone: Bool = false
    ) -> Response {
        let title = PageText.table(language)["checkTitle"] ?? ""
        let context = viewContext(["callChoices": choices(language, selected: selected), "result": result, "formError": error])
        let page = renderer.page(
            "selfcheck", context: context, title: title, language: language, path: "/", section: .check, standalone: standalone)
        var response = Response.html(page, status: status)
        response.headers[.cacheControl] = "no-store"
        if standalone {
            response.headers[.contentDisposition] = #"attachment; filename="ptce-resultat.html""#
        }
        return response
    }

    func form(_ language: Language) -> Response { render(language) }

    func submit(_ request: Request, context: BasicRequestContext, language: Language) async -> Response {
        let bytes: [UInt8]
        do {
            bytes = try await reader.read(request)
        } catch {
            let failure = APIError.bodyFailure(error, language: language)
            return render(language, error: failure.message, status: HTTPResponse.Status(code: failure.status))
        }
        guard let form = FormData.parse(bytes, contentType: request.headers[.contentType] ?? "") else {
            let message = Localized(
                fr: "formulaire illisible : envoyez-le depuis la page", en: "unreadable form: send it from the page")
            return render(language, error: message(language), status: .unsupportedMediaType)
        }
        let selected = form.text("call").flatMap { service.catalog.acceptedCalls.contains($0) ? $0 : nil } ?? "declared"
        var xml: [UInt8] = []
        var name = form.text("filename").map { $0.isEmpty ? "application.xml" : $0 } ?? "application.xml"
        if let file = form.part("file"), !file.bytes.isEmpty {
            xml = file.bytes
            name = file.fileName.map { $0.isEmpty ? name : $0 } ?? name
        } else if let pasted = form.part("xml"), !pasted.bytes.isEmpty {
            xml = pasted.bytes
        }
        guard !xml.isEmpty else {
            return render(language, selected: selected, error: PageText.table(language)["noFile"], status: .badRequest)
        }
        let result: CheckService.Result
        do {
            result = try await service.check(bytes: xml, name: name, call: selected == "declared" ? nil : selected)
        } catch {
            let busy = APIError.busy(language)
            return render(language, selected: selected, error: busy.message, status: .serviceUnavailable)
        }
        context.logger.info("self-check", metadata: ["bytes": "\(xml.count)", "problems": "\(result.problems.count)"])
        let reply = result.reply(file: name, bytes: xml, language: language, catalog: service.catalog)
        // The file goes back in the download form only when it is text the page can hold.
        let text = String(validating: xml, as: UTF8.self) ?? ""
        let view = reply.view(language: language, submittedXML: text, submittedCall: selected)
        return render(language, selected: selected, result: view, standalone: form.text("download") == "1")
    }
}
