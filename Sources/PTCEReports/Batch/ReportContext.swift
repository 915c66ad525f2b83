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

    public init(
        batch: RankedBatch, language: Language, asOf: String, toolVersion: String, overridden: Set<String> = [],
        spool: (any ApplicationPartStore)? = nil
    ) {
        self.batch = batch
        self.spool = spool
        self.language = language
        self.asOf = asOf
        self.toolVersion = toolVersion
        self.overridden = overridden
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
