import HTTPTypes
import Hummingbird
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// Adds the security headers to every answer, errors included, and turns the router's own
/// errors (unknown path, wrong method) into a page or a JSON error in the client's language.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = BasicRequestContext
    let renderer: PageRenderer

    /// Scripts and styles from this server only, as files (no inline code, no `unsafe-inline`);
    /// nothing else loaded; forms posted here only; never framed.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = answer(error.status, request: request)
        } catch {
            response = answer(.internalServerError, request: request)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.crossOriginResourcePolicy] = "same-origin"
        return response
    }

    private func answer(_ status: HTTPResponse.Status, request: Request) -> Response {
        let path = request.uri.path
        let language: Language = path.hasPrefix("/en/") || path == "/en" ? .en : Language.requested(by: request)
        if path.hasPrefix("/api/") {
            let code = status == .notFound ? "request.not-found" : status == .methodNotAllowed ? "request.method" : "server.error"
            return APIError(status: Int(status.code), code: code, message: status.reasonPhrase, problems: []).response
        }
        return renderer.message(language, heading: status == .notFound ? "notFoundTitle" : "errorTitle", status: status)
    }
}

extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
}
