import Foundation
import PTCEEngine
import PTCEModel
import PTCEReports
import XMLSafe

/// Shared, built once: the compiled application schema and the 2015 and 2013 evaluators.
private let loader: ApplicationLoader = try! ApplicationLoader.standard()
private let evaluators: [Evaluator] = try! Calls.load("all").map { Evaluator(criteria: $0) }

/// Where the report check's spools are created (each is unlinked at once).
private let spoolFolder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-fuzz-spool")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// The four reports of a one-application batch, rendered as `ptce rank` does (parts rendered
/// beside the evaluation and spooled, slimmed summary) and from the whole summary, must be the
/// same bytes in both languages; a difference stops the fuzzer like a crash.
private func checkReports(_ summary: ApplicationSummary, _ evaluator: Evaluator) {
    let criteria = evaluator.criteria
    let renderers: [any ReportRenderer] = [HTMLReport(), MarkdownReport(), JSONReport(), CSVReport()]
    for language in [Language.fr, .en] {
        let spool = try! CardSpool(folder: spoolFolder, formats: [.html, .md, .json], language: language, criteria: criteria)
        spool.store(summary)
        let whole = RankedBatch(entries: [.evaluated(summary)], criteria: criteria, parameters: evaluator.parameters)
        let slim = RankedBatch(entries: [.evaluated(summary.slimmed())], criteria: criteria, parameters: evaluator.parameters)
        for renderer in renderers {
            let expected = try! renderer.render(
                ReportContext(batch: whole, language: language, asOf: "2015-09-15", toolVersion: "fuzz"))
            let streamed = try! renderer.render(
                ReportContext(batch: slim, language: language, asOf: "2015-09-15", toolVersion: "fuzz", spool: spool))
            // memcmp: an instrumented byte-by-byte comparison of whole reports is slow enough
            // to trip libFuzzer's timeout.
            let same =
                expected.count == streamed.count
                && expected.withUnsafeBytes { a in
                    streamed.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
                }
            precondition(same, "\(renderer.fileName) differs when spooled (\(language))")
        }
    }
}

/// Reads `bytes` as the loader does, with or without the schema. The reader's own deadline
/// (``XMLLimits/maxParseSeconds``, for screen, parse, validation and copy) passed is a finding:
/// it stops the fuzzer like a crash, so a slow input is kept as `crash-…`.
private func read(_ bytes: [UInt8], schema: XMLSchema?) -> XMLElement? {
    do {
        return try loader.reader.read(bytes: bytes, path: "fuzz.xml", schema: schema)
    } catch {
        for diagnostic in error.diagnostics {
            if case .timeLimit = diagnostic.refusal { fatalError("slow input: \(error.description)") }
        }
        return nil
    }
}

/// libFuzzer entry point: any bytes go through the strict reader, the schema, the decoder and,
/// when they form an application, through every criterion of both calls and the four reports.
/// Refusals are expected; a crash, a hang, a leak, a read past its deadline or a report that
/// differs is the bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    if let root = read(bytes, schema: loader.schema), let application = try? ApplicationDecoder.decode(root, file: "fuzz.xml") {
        for evaluator in evaluators {
            let evaluation = evaluator.evaluate(application)
            _ = evaluation.missing
            checkReports(
                ApplicationSummary(application: application, file: "fuzz.xml", sha256: "", evaluator: evaluator), evaluator)
        }
    }
    // The decoder also runs on documents that are well-formed but not schema-valid.
    if let root = read(bytes, schema: nil) {
        _ = try? ApplicationDecoder.decode(root, file: "fuzz.xml")
    }
    return 0
}

/// libFuzzer's driver, called from the entry point SwiftPM gives executables.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's `main` to `<Target>_main`; hand control to libFuzzer there.
@_cdecl("PTCEFuzz_main")
public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
