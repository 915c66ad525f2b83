import Foundation
import Hummingbird
import Mustache
import PTCEModel
import PTCEFormats
import PTCEPipeline

/// Renders the pages from the Mustache templates compiled into the binary: a page's own
/// template gives the content, the layout wraps it.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    let calls: [String]

    /// Thrown when a template compiled into the binary does not parse (a build defect).
    struct TemplateError: Error { var name: String }

    init(calls: [String]) throws {
        var library = MustacheLibrary()
        let templates: [(String, [UInt8])] = [
            ("layout", PackageResources.layout_mustache), ("selfcheck", PackageResources.selfcheck_mustache),
            ("criterion", PackageResources.criterion_mustache), ("criteria", PackageResources.criteria_mustache),
            ("facts", PackageResources.facts_mustache), ("message", PackageResources.message_mustache),
            ("fill", PackageResources.fill_mustache), ("fill-field", PackageResources.fill_field_mustache),
            ("fill-row", PackageResources.fill_row_mustache), ("fill-rows", PackageResources.fill_rows_mustache),
            ("fill-verdict", PackageResources.fill_verdict_mustache),
        ]
        for (name, bytes) in templates {
            do {
                try library.register(String(decoding: bytes, as: UTF8.self), named: name)
            } catch {
                throw TemplateError(name: name)
            }
        }
        self.library = library
        self.calls = calls
    }

    static let css = String(decoding: PackageResources.style_css, as: UTF8.self)
    static let script = String(decoding: PackageResources.enhance_js, as: UTF8.self)
    static let fillScript = String(decoding: PackageResources.fill_js, as: UTF8.self)

    /// Which page of the menu is shown (for `aria-current`).
    enum Section: Equatable {
        case check
        case fill
        case criteria(String)
        case facts
        case other
    }

    /// A whole page: `template` rendered with `context`, inside the layout.
    ///
    /// - Parameters:
    ///   - path: the page's path without the language prefix, for the language switch.
    ///   - standalone: the downloaded result — style inline, no menu, no script.
    func page(
        _ template: String, context: [String: Any], title: String, language: Language, path: String, section: Section,
        standalone: Bool = false
    ) -> String {
        let text = PageText.table(language)
        var content = context
        content["t"] = text
        content["prefix"] = language.prefix
        content["download"] = standalone
        let body = library.render(content, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "lang": language.rawValue, "title": title, "t": text, "prefix": language.prefix, "content": body,
            "navCheck": section == .check, "navFacts": section == .facts, "navFill": section == .fill,
            "fillHref": language == .fr ? "/remplir" : "/en/fill",
            "otherLang": language.other.rawValue, "switchHref": language.other.prefix + path,
            "calls": calls.map { year -> [String: Any] in
                ["year": year, "href": "\(language.prefix)/criteria/\(year)", "current": section == .criteria(year)]
            },
        ]
        if standalone { layout["inlineStyle"] = PageRenderer.css }
        if section == .fill { layout["fillScript"] = true }
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    /// A short page with a heading (a ``PageText`` key) and an optional text.
    func message(_ language: Language, heading: String, text: String = "", status: HTTPResponse.Status) -> Response {
        let title = PageText.table(language)[heading] ?? heading
        let html = page(
            "message", context: ["heading": title, "text": text], title: title, language: language, path: "/", section: .other)
        return .html(html, status: status)
    }
}
