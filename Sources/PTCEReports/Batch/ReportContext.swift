public import Foundation
public import PTCEEngine
public import PTCEModel

/// Everything a report renders: the ranked batch and the facts of the run.
public struct ReportContext: Sendable {
    public var batch: RankedBatch
    public var language: Language
    /// The report's own date (`--as-of`), `YYYY-MM-DD`.
    public var asOf: String
    public var toolVersion: String
    /// Parameters set on the command line (shown as such in the audit block).
    public var overridden: Set<String>
    /// The applications' parts rendered by the batch's workers, when it kept them aside.
    public var spool: (any ApplicationPartStore)?
    /// The folder every input is in: file names are shown relative to it (see ``batchFolder(_:)``).
    public var root: String
    /// Whether the HTML report's cards are pages of their own in `report-cards/` (see
    /// ``HTMLReport/needsCardPages(_:)``), linked from the report instead of written in it.
    public var cardPages = false

    public init(
        batch: RankedBatch, language: Language, asOf: String, toolVersion: String, overridden: Set<String> = [],
        spool: (any ApplicationPartStore)? = nil, root: String? = nil
    ) {
        self.batch = batch
        self.root = root ?? ReportContext.batchFolder(batch.inputs.map(\.file))
        self.spool = spool
        self.language = language
        self.asOf = asOf
        self.toolVersion = toolVersion
        self.overridden = overridden
    }
}

extension ReportContext {
    /// The deepest folder holding every file of `files` (`SampleApplications` for
    /// `SampleApplications/a.xml` and `SampleApplications/invalid/b.xml`), "" when they share
    /// none: the reports name each file relative to it, as the committee received the batch.
    public static func batchFolder(_ files: [String]) -> String {
        var common: [Substring]?
        for file in files {
            let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            guard let known = common else {
                common = Array(folder)
                continue
            }
            common = Array(zip(known, folder).prefix { $0 == $1 }.map(\.0))
        }
        return (common ?? []).joined(separator: "/")
    }

    /// `file` relative to `root` (see ``batchFolder(_:)``).
    static func relative(_ file: String, to root: String) -> String {
        guard !root.isEmpty else { return file }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }
}

/// Where a batch keeps each application's rendered parts (a card, a JSON entry) until the
/// reports are assembled; renderers take a part from it instead of rendering it again.
public protocol ApplicationPartStore: Sendable {
    /// The bytes of `file`'s part in `format`; throws when the store has no such part.
    func part(_ file: String, _ format: ReportFormat) throws -> [UInt8]
}

/// One output format of the jury report.
public protocol ReportRenderer: Sendable {
    /// The file name written in the output folder, e.g. `report.html`.
    var fileName: String { get }
    /// The file's bytes; the same context always gives the same bytes.
    func render(_ context: ReportContext) throws -> [UInt8]

    /// Writes the same bytes to `handle`; a format may stream to keep memory bounded.
    func write(_ context: ReportContext, to handle: FileHandle) throws
}

extension ReportRenderer {
    public func write(_ context: ReportContext, to handle: FileHandle) throws {
        try handle.write(contentsOf: try render(context))
    }
}

/// The formats `ptce rank --format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html, md, json, csv

    /// Whether the format has a part per application that a batch renders beside the
    /// evaluation (see ``ApplicationPartStore``): a card, an entry. The CSV's rows are rendered at the end.
    public var hasApplicationParts: Bool { self != .csv }
}
