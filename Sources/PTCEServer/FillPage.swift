import Foundation
import Hummingbird
import PTCEEngine
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// The fill-in form: `/remplir` in French, `/en/fill` in English.
///
/// Stateless like the rest of the server: every post carries the whole form, which is read,
/// written as an application XML file, and checked like any uploaded file. The buttons of the
/// form (`op`) check it, add, remove or move a row, load an XML file into it, download it as
/// XML, or erase it; the page's script only saves the draft in the browser and asks for the
/// verdict as the applicant types.
struct FillPage: Sendable {
    let service: CheckService
    let renderer: PageRenderer
    let reader: RequestBodyReader

    static func path(_ language: Language) -> String { language == .fr ? "/remplir" : "/en/fill" }

    func register(on router: Router<BasicRequestContext>) {
        for language in Language.allCases {
            router.get(RouterPath(Self.path(language))) { _, _ in
                await render(FillDraft(), language: language, posted: false)
            }
            router.post(RouterPath(Self.path(language))) { request, context in
                await submit(request, context: context, language: language)
            }
        }
    }

    /// Everything the page shows about a draft: its reading, the file it makes, the verdict.
    struct Outcome {
        var draft: FillDraft
        var application: PTCEModel.Application
        var errors: [String: FillError]
        /// Why the file the form makes would be refused (the schema and the decoder's checks).
        var problems: [ExplainedProblem]
        var evaluation: Evaluation?
        var xml: [UInt8]
        var questions: [FillQuestions.Question]
    }

    /// Reads `draft`, writes its file, and evaluates it: the file itself when it is valid
    /// (exactly what `ptce check` says of the download), else the application as read.
    func outcome(of draft: FillDraft) async throws -> Outcome {
        let (application, errors) = FillReader.read(draft)
        let xml = ApplicationEncoder.encode(application)
        let call = application.call
        let checked = try await service.check(bytes: xml, name: "candidature.xml", call: call)
        var evaluation = checked.outcome.evaluations.first
        if !checked.problems.isEmpty { evaluation = try await service.evaluate(application, call: call) }
        var questions: [FillQuestions.Question] = []
        if let evaluation, let criteria = service.catalog.file(call) {
            let finder = FillQuestions(
                draft: draft, application: application, parameters: Evaluator(criteria: criteria).parameters)
            questions = finder.questions(for: evaluation)
        }
        return Outcome(
            draft: draft, application: application, errors: errors, problems: checked.problems, evaluation: evaluation,
            xml: xml, questions: questions)
    }

    func render(
        _ draft: FillDraft, language: Language, posted: Bool, notice: String? = nil, loadProblems: [ExplainedProblem] = [],
        status: HTTPResponse.Status = .ok
    ) async -> Response {
        let outcome: Outcome
        do {
            outcome = try await self.outcome(of: draft)
        } catch {
            return renderer.message(
                language, heading: "errorTitle", text: APIError.busy(language).message, status: .serviceUnavailable)
        }
        let view = FillView(outcome: outcome, language: language, catalog: service.catalog)
        var context = view.context()
        context["posted"] = posted
        context["notice"] = notice
        context["hasLoadProblems"] = !loadProblems.isEmpty
        context["loadProblems"] = loadProblems.map { problem in
            viewContext([
                "line": problem.line > 0 ? problem.line : nil, "message": problem.message(language), "code": problem.code,
            ])
        }
        context["action"] = Self.path(language)
        let title = PageText.text("fillTitle", language)
        let page = renderer.page(
            "fill", context: context, title: title, language: language, path: language == .fr ? "/fill" : "/remplir",
            section: .fill)
        var response = Response.html(page, status: status)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    func submit(_ request: Request, context: BasicRequestContext, language: Language) async -> Response {
        let bytes: [UInt8]
        do {
            bytes = try await reader.read(request)
        } catch {
            let failure = APIError.bodyFailure(error, language: language)
            return renderer.message(
                language, heading: "errorTitle", text: failure.message, status: HTTPResponse.Status(code: failure.status))
        }
        guard let form = FormData.parse(bytes, contentType: request.headers[.contentType] ?? "") else {
            let message = Localized(
                fr: "formulaire illisible : envoyez-le depuis la page", en: "unreadable form: send it from the page")
            return renderer.message(language, heading: "errorTitle", text: message(language), status: .unsupportedMediaType)
        }
        var draft = FillDraft(form: form)
        let op = form.text("op") ?? "check"
        context.logger.info("fill", metadata: ["bytes": "\(bytes.count)", "op": "\(op.prefix(40))"])
        switch op {
        case "clear":
            return await render(FillDraft(), language: language, posted: true)
        case "load":
            return await load(form.part("load"), language: language, current: draft)
        case "download":
            return await download(draft, language: language)
        default:
            if let edit = FillDraft.Edit(op) { draft.apply(edit) }
            return await render(draft, language: language, posted: true)
        }
    }

    /// Reads an uploaded XML file into the form; a file that cannot be read leaves the form as
    /// it was and says why.
    private func load(_ part: FormData.Part?, language: Language, current: FillDraft) async -> Response {
        guard let part, !part.bytes.isEmpty else {
            return await render(
                current, language: language, posted: true, notice: PageText.text("loadNoFile", language), status: .badRequest)
        }
        let name = part.fileName.flatMap { $0.isEmpty ? nil : $0 } ?? "application.xml"
        let read: Result<PTCEModel.Application, ProblemList>
        do {
            read = try await service.gate.run {
                do throws(ProblemList) {
                    return .success(try ApplicationLoader.standard().load(bytes: part.bytes, path: name))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            return renderer.message(
                language, heading: "errorTitle", text: APIError.busy(language).message, status: .serviceUnavailable)
        }
        switch read {
        case .success(let application):
            return await render(
                FillDraft(application: application), language: language, posted: true,
                notice: "\(PageText.text("loadedFrom", language))\(PageText.text("colon", language)) \(name)")
        case .failure(let error):
            let problems = error.problems.map(service.explainer.explain)
            return await render(current, language: language, posted: true, loadProblems: problems, status: .unprocessableContent)
        }
    }

    /// The application as an XML file, when every field can be written and the file is valid;
    /// else the form again with what to fix.
    private func download(_ draft: FillDraft, language: Language) async -> Response {
        let outcome: Outcome
        do {
            outcome = try await self.outcome(of: draft)
        } catch {
            return renderer.message(
                language, heading: "errorTitle", text: APIError.busy(language).message, status: .serviceUnavailable)
        }
        guard outcome.errors.isEmpty, outcome.problems.isEmpty, outcome.draft.cut.isEmpty else {
            return await render(
                draft, language: language, posted: true, notice: PageText.text("downloadBlocked", language),
                status: .unprocessableContent)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/xml; charset=utf-8"
        headers[.contentDisposition] = #"attachment; filename="\#(language == .fr ? "candidature" : "application").xml""#
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: outcome.xml)))
    }
}
