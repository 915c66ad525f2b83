public import Foundation
import PTCEEngine
import PTCEModel

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
        var view = ReportView(context).build()
        let batch = context.batch
        let evaluated = batch.evaluatedInReportOrder
        view["distributionChart"] = Charts.distribution(
            evaluated, maximum: evaluated.first?.evaluation.maximum ?? 100, language: context.language)
        view["fundingChart"] = Charts.funding(batch, language: context.language)
        let parts = try ApplicationPartRenderer(context)
        try ReportLayout.html.get().write(
            view: view, applications: evaluated, card: { try parts.part($0, .html, context: context) }, emit: emit)
    }
}

extension ReportRenderer {
    /// `render` for streamed formats: collects what `write` would emit.
    func collect(_ write: (([UInt8]) throws -> Void) throws -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write { bytes += $0 }
        return bytes
    }
}
