public import Foundation
import PTCEEngine
import PTCEFormats
import PTCEModel

/// Markdown for quick reading (GitHub-flavoured tables).
public struct MarkdownReport: ReportRenderer {
    public init() {}

    /// Makes applicant-supplied text inert in Markdown: control characters and bidirectional
    /// overrides are shown visibly (``VisibleText``), HTML is written as entities, Markdown
    /// punctuation is backslash-escaped, and line breaks become spaces (they would end a table
    /// row). The report's one Markdown escaper.
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
        let view = ReportView(context, cell: MarkdownReport.escape).build()
        let parts = try ApplicationPartRenderer(context)
        try ReportLayout.markdown.get().write(
            view: view, applications: context.batch.evaluatedInReportOrder,
            card: { try parts.part($0, .md, context: context) }, emit: emit)
    }
}
