import PTCEEngine
import PTCEModel
import XMLSafe

/// Shared, built once: the compiled application schema and the 2015 and 2013 evaluators.
private let loader: ApplicationLoader = try! ApplicationLoader.standard()
private let evaluators: [Evaluator] = try! Calls.load("all").map { Evaluator(criteria: $0) }

/// libFuzzer entry point: any bytes go through the strict reader, the schema, the decoder and,
/// when they form an application, through every criterion of both calls. Refusals are
/// expected; a crash, a hang or a leak is the bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    if let application = try? loader.load(bytes: bytes, path: "fuzz.xml") {
        for evaluator in evaluators {
            let evaluation = evaluator.evaluate(application)
            _ = evaluation.missing
        }
    }
    // The decoder also runs on documents that are well-formed but not schema-valid.
    if let root = try? XMLReader().read(bytes: bytes, path: "fuzz.xml") {
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
