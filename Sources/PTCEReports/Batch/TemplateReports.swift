public import Foundation
import Mustache
import PTCEEngine
import PTCEModel

/// A template rendered in three parts around its `{{#cards}}` section: the head, then each
/// card on its own, then the tail. The head's and tail's long lists (see ``lists``) are
/// streamed too, a row at a time. So the report's size does not decide the memory used. The
/// bytes are those of rendering the whole template at once.
struct StreamedTemplate {
    let head: Part
    let card: MustacheTemplate
    let tail: Part

    /// Sections with a row per application or per input, rendered row by row. Each must start
    /// a line and end with its closing tag alone on a line.
    static let lists = [
        "ranking", "belowThreshold", "pendingMarks", "ineligible", "incomplete", "unreadable", "duplicates", "audit.files",
    ]

    /// A head or a tail: its template with each long list replaced by a marker line, and the
    /// template of each list's rows.
    struct Part {
        let template: MustacheTemplate
        /// Per marker number: the list's path in the view, and its row template.
        let rows: [(path: [String], template: MustacheTemplate)]

        /// Chosen at random for each template: text from a file (a mark sheet, a file name)
        /// cannot guess it, so it cannot forge a marker.
        let nonce: String

        /// Marks the place of list `index` in the rendered text: a line of its own.
        static func marker(_ index: Int, nonce: String) -> String { "\u{1}\(nonce)-\(index)\u{1}\n" }

        init(_ source: Substring, pragma: String) throws {
            let nonce = String(UInt64.random(in: .min ... .max), radix: 16)
            var text = String(source)
            var rows: [(path: [String], template: MustacheTemplate)] = []
            while let (name, open) = StreamedTemplate.lists.compactMap({ name in
                text.ranges(of: "{{#\(name)}}").first { $0.lowerBound == text.startIndex || text[text.index(before: $0.lowerBound)] == "\n" }
                    .map { (name, $0) }
            }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                let closeTag = "\n{{/\(name)}}\n"
                guard let close = text.range(of: closeTag, range: open.upperBound..<text.endIndex) else {
                    throw CocoaError(.formatting, userInfo: [NSLocalizedDescriptionKey: "{{/\(name)}} must close its list alone on a line"])
                }
                // A standalone opening tag's line disappears, as Mustache renders it.
                let innerStart = text[open.upperBound...].hasPrefix("\n") ? text.index(after: open.upperBound) : open.upperBound
                let inner = text[innerStart..<text.index(after: close.lowerBound)]
                rows.append((name.split(separator: ".").map(String.init), try MustacheTemplate(string: pragma + inner)))
                text.replaceSubrange(open.lowerBound..<close.upperBound, with: Part.marker(rows.count - 1, nonce: nonce))
            }
            self.rows = rows
            self.nonce = nonce
            template = try MustacheTemplate(string: pragma + text)
        }

        /// Renders `view`, each list's rows in place of its marker (each row with the view's
        /// values under its own, as inside the section).
        func write(view: [String: Any], emit: ([UInt8]) throws -> Void) throws {
            let rendered = Array(template.render(view).utf8)
            let markers = rows.indices.map { Array(Part.marker($0, nonce: nonce).utf8) }
            var start = 0
            var position = 0
            // A marker is taken only whole, with this template's nonce, at the start of a line.
            while let open = rendered[position...].firstIndex(of: 1) {
                guard open == 0 || rendered[open - 1] == UInt8(ascii: "\n"),
                    let index = markers.firstIndex(where: { rendered[open...].starts(with: $0) })
                else {
                    position = open + 1
                    continue
                }
                try emit(Array(rendered[start..<open]))
                let (path, row) = rows[index]
                let list = path.reduce(view as Any?) { ($0 as? [String: Any])?[$1] }
                let items = (list as? LazyRows).map(AnySequence.init) ?? AnySequence(list as? [Any] ?? [])
                for item in items {
                    let values = (item as? [String: Any] ?? [:]).merging(view) { mine, _ in mine }
                    try emit(Array(row.render(values).utf8))
                }
                start = open + markers[index].count
                position = start
            }
            try emit(Array(rendered[start...]))
        }
    }

    /// `html` escapes `{{values}}` with ``FastHTML``, not the library's own escaping.
    init(_ source: String, html: Bool = false) throws {
        let open = "{{#cards}}\n"
        let close = "{{/cards}}\n"
        guard let start = source.range(of: open), let end = source.range(of: close, range: start.upperBound..<source.endIndex)
        else { throw CocoaError(.formatting) }
        let pragma = html ? FastHTML.pragma : ""
        head = try Part(source[..<start.lowerBound], pragma: pragma)
        card = try MustacheTemplate(string: pragma + source[start.upperBound..<end.lowerBound])
        tail = try Part(source[end.upperBound...], pragma: pragma)
    }

    /// One card: its own values, with the report's shared wording.
    func render(card: [String: Any], shared: [String: Any]) -> String {
        self.card.render(card.merging(shared) { mine, _ in mine })
    }

    /// Renders `view`, then each application's card (from `context`'s spool when the batch
    /// rendered it there), then the tail.
    func write(
        view: [String: Any], context: ReportContext, format: ReportFormat,
        card: (ApplicationSummary) throws -> String, emit: ([UInt8]) throws -> Void
    ) throws {
        try head.write(view: view, emit: emit)
        for summary in context.batch.evaluatedInReportOrder {
            try emit(try context.spool?.part(summary.file, format) ?? Array(card(summary).utf8))
        }
        try tail.write(view: view, emit: emit)
    }
}

/// HTML escaping for the templates, the same five characters as the library's (`< > & " '`),
/// done on UTF-8 bytes: the library's character-by-character escaping took a tenth of a batch's
/// time. A template opts in with ``pragma``.
struct FastHTML: MustacheContentType {
    private static let escaper = ASCIIEscaper(["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"])

    func escapeText(_ text: String) -> String { FastHTML.escaper(text) }

    /// The template pragma selecting this content type, registered on first use.
    static var pragma: String {
        _ = registered
        return "{{% CONTENT_TYPE: PTCE_HTML}}"
    }

    private static let registered: Void = MustacheContentTypes.register(FastHTML(), named: "PTCE_HTML")
}

extension ReportRenderer {
    /// `render` for streamed formats: collects what `write` would emit.
    func collect(_ write: (([UInt8]) throws -> Void) throws -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write { bytes += $0 }
        return bytes
    }
}

/// One self-contained HTML file: inline CSS, inline SVG charts, no script, no network.
public struct HTMLReport: ReportRenderer {
    public init() {}

    /// Applicant text for HTML: control characters and bidirectional overrides shown visibly
    /// (the template escapes the markup).
    static func cell(_ text: String) -> String { VisibleText.escape(text, lineBreaks: true) }
    public var fileName: String { "report.html" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, emit: $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: $0) }
    }

    private func write(_ context: ReportContext, emit: ([UInt8]) throws -> Void) throws {
        let builder = ReportView(context)
        var view = builder.build()
        let batch = context.batch
        let evaluated = batch.evaluatedInReportOrder
        view["distributionChart"] = Charts.distribution(
            evaluated, maximum: evaluated.first?.evaluation.maximum ?? 100, language: context.language)
        view["fundingChart"] = Charts.funding(batch, language: context.language)
        let template = try StreamedTemplate(Templates.html, html: true)
        let cards = builder.cards
        try template.write(view: view, context: context, format: .html, card: { HTMLReport.card($0, view: cards, template: template) }, emit: emit)
    }

    /// One application's card, with its breakdown chart.
    static func card(_ summary: ApplicationSummary, view: CardView, template: StreamedTemplate) -> String {
        var card = view.build(summary)
        card["breakdownChart"] = Charts.breakdown(summary, scores: view.scores, language: view.language)
        return template.render(card: card, shared: view.shared)
    }
}

/// Markdown for quick reading (GitHub-flavoured tables).
public struct MarkdownReport: ReportRenderer {
    public init() {}

    /// Makes applicant-supplied text inert in Markdown: control characters and bidirectional
    /// overrides are shown visibly (``VisibleText``), HTML is written as entities, Markdown
    /// punctuation is backslash-escaped, and line breaks become spaces (they would end a table row).
    static func escape(_ text: String) -> String { markdownEscaper(VisibleText.escape(text, lineBreaks: true)) }

    private static let markdownEscaper = ASCIIEscaper(
        [
            "<": "&lt;", ">": "&gt;", "&": "&amp;", "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[",
            "]": "\\]", "|": "\\|", "#": "\\#", "!": "\\!", "\n": " ", "\r": " ",
        ])

    public var fileName: String { "report.md" }

    public func render(_ context: ReportContext) throws -> [UInt8] {
        try collect { try write(context, emit: $0) }
    }

    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try write(context) { try handle.write(contentsOf: $0) }
    }

    private func write(_ context: ReportContext, emit: ([UInt8]) throws -> Void) throws {
        let builder = ReportView(context, cell: MarkdownReport.escape)
        let template = try StreamedTemplate(Templates.markdown)
        let cards = builder.cards
        try template.write(
            view: builder.build(), context: context, format: .md,
            card: { MarkdownReport.card($0, view: cards, template: template) }, emit: emit)
    }

    /// One application's card.
    static func card(_ summary: ApplicationSummary, view: CardView, template: StreamedTemplate) -> String {
        template.render(card: view.build(summary), shared: view.shared)
    }
}
