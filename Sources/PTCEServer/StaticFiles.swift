import Hummingbird

/// The style sheet and the script, served from the binary under `/static/`.
enum StaticFiles {
    static func register(on router: Router<BasicRequestContext>) {
        router.get("/static/style.css") { _, _ in asset(PageRenderer.css, type: "text/css; charset=utf-8") }
        router.get("/static/enhance.js") { _, _ in asset(PageRenderer.script, type: "text/javascript; charset=utf-8") }
        router.get("/static/fill.js") { _, _ in asset(PageRenderer.fillScript, type: "text/javascript; charset=utf-8") }
    }

    private static func asset(_ text: String, type: String) -> Response {
        var response = Response.text(text, contentType: type)
        response.headers[.cacheControl] = "public, max-age=3600"
        return response
    }
}
