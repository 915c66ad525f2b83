import Testing
import TestSupport
@testable import XMLSafe

/// No input of at most 4 MiB outruns the reader: the generated giants (the reproducers of
/// `Tests/HostileInputs/README.md` too large to commit, as `make-slow.py` writes them) and the
/// committed reproducers, each decided by the limit that must decide it, with the reader's own
/// deadline (2 s, counted in the reading thread's CPU time) never found passed and its elapsed
/// time within its budget. Nothing here times the read with a bound of its own.
@Suite(.serialized) struct HostileGiantTests {
    enum Outcome: Sendable, CustomStringConvertible {
        case accepted
        case refused(XMLRefusal)
        /// A schema violation at this line (its text is libxml2's; the stage is the code).
        case invalid(line: Int)

        var description: String {
            switch self {
            case .accepted: "accepted"
            case .refused(let refusal): "refused \(refusal)"
            case .invalid(let line): "invalid at line \(line)"
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var make: @Sendable () throws -> [UInt8]
        var outcome: Outcome
        var testDescription: String { name }
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let attributes = (0..<100_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
    static let tooMany = XMLRefusal.tooManyAttributes(element: "a", limit: XMLLimits.defaultMaxAttributesPerElement)
    static let fourMiB = 4 * 1024 * 1024

    /// One start tag of about 4 MiB of short attributes, `a="" b="" …` (libxml2 2.9.14 took
    /// 803 s on it once the screen was blinded by the comment before it).
    static func worstAttributes() -> [UInt8] {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        var tag = Array((declaration + "<!-- <x ' -->\n<a ").utf8)
        var names: [[UInt8]] = letters.map { [$0] }
        var budget = fourMiB - 200 - tag.count
        outer: while true {
            var longer: [[UInt8]] = []
            for name in names {
                let item = name + Array("=\"\" ".utf8)
                if item.count > budget { break outer }
                tag += item
                budget -= item.count
                for letter in letters where longer.count < 200_000 { longer.append(name + [letter]) }
            }
            names = longer
        }
        return tag + Array("/>\n".utf8)
    }

    static func utf16(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func application(identity: String) -> [UInt8] {
        Array(
            (declaration + """
                <application xmlns="urn:x-ptce:application:1" formatVersion="1" call="2015">
                <identity>\(identity)</identity>
                </application>
                """).utf8)
    }

    static let cases: [Case] = [
        Case(
            name: "comment-desync-many-attrs", make: { Array((declaration + "<!-- <x ' -->\n<a " + attributes + "/>\n").utf8) },
            outcome: .refused(tooMany)),
        Case(
            name: "cdata-desync-many-attrs",
            make: { Array((declaration + "<r><![CDATA[<x ']]><a " + attributes + "/></r>\n").utf8) }, outcome: .refused(tooMany)),
        Case(
            name: "utf16-many-attrs", make: { utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a " + attributes + "/>\n") },
            outcome: .refused(tooMany)),
        Case(name: "worst-attrs-4mib", make: worstAttributes, outcome: .refused(tooMany)),
        Case(
            name: "nested-100000",
            make: { Array((String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)).utf8) },
            outcome: .refused(.tooDeep(limit: XMLLimits.defaultMaxDepth))),
        Case(
            name: "elements-100000", make: { Array(("<a>" + String(repeating: "<b/>", count: 100_000) + "</a>").utf8) },
            outcome: .refused(.tooManyElements(limit: XMLLimits.defaultMaxElements))),
        Case(
            name: "text-4mib", make: { Array(("<a>" + String(repeating: "x", count: fourMiB - 10) + "</a>").utf8) },
            outcome: .refused(.textTooLong(element: "a", limit: XMLLimits.defaultMaxTextBytes))),
        Case(
            name: "comment-4mib",
            make: { application(identity: "<name>T</name><!--" + String(repeating: "<x '", count: fourMiB / 4 - 100) + "-->") },
            outcome: .accepted),
        Case(
            name: "summary-blank-60k",
            make: { application(identity: "<name>T</name><summary>" + String(repeating: " \n", count: 30_000) + "</summary>") },
            outcome: .invalid(line: 3)),
        Case(
            name: "email-backtracking",
            make: {
                application(
                    identity: "<name>T</name><contact><name>C</name><email>a@" + String(repeating: "b.", count: 20_000)
                        + "@</email></contact>")
            },
            outcome: .invalid(line: 3)),
        Case(
            name: "zone-backtracking",
            make: {
                application(
                    identity: "<name>T</name><submittedAt>2015-01-01T00:00:00." + String(repeating: "0", count: 60_000)
                        + "</submittedAt>")
            },
            outcome: .invalid(line: 3)),
        Case(
            name: "regex-stress-fail", make: { try Repository.bytes("Tests/HostileInputs/regex-stress-fail.xml") },
            outcome: .accepted),
        Case(
            name: "multiline-summary", make: { try Repository.bytes("Tests/HostileInputs/multiline-summary.xml") },
            outcome: .accepted),
        Case(
            name: "regex-stress-name20k", make: { try Repository.bytes("Tests/HostileInputs/regex-stress-name20k.xml") },
            outcome: .invalid(line: 13)),
        Case(
            name: "regex-stress-40k", make: { try Repository.bytes("Tests/HostileInputs/regex-stress-40k.xml") },
            outcome: .invalid(line: 16)),
        Case(
            name: "regex-stress-4fields", make: { try Repository.bytes("Tests/HostileInputs/regex-stress-4fields.xml") },
            outcome: .invalid(line: 39)),
        Case(
            name: "encoding-latin1-newline", make: { try Repository.bytes("Tests/HostileInputs/encoding-latin1-newline.xml") },
            outcome: .refused(.encoding("ISO-8859-1"))),
        Case(
            name: "encoding-latin1-padded", make: { try Repository.bytes("Tests/HostileInputs/encoding-latin1-padded.xml") },
            outcome: .refused(.encoding("ISO-8859-1"))),
    ]

    @Test(arguments: cases) func noInputUpTo4MiBOutrunsTheReader(input: Case) throws {
        let schema = try XMLSchema(bytes: try Repository.bytes("Schemas/application.xsd"), path: "Schemas/application.xsd")
        let bytes = try input.make()
        #expect(bytes.count <= XMLLimits.defaultMaxFileBytes)
        // The reader's deadline, measured in this thread's CPU time: the test then says what the
        // input costs the reader, not how loaded the machine is. The limit is calibrated for the
        // release build (Benchmarks/hostile-input.sh times it there); this debug build gets five
        // times the budget. Either way the limit must decide, never the clock.
        #if DEBUG
            let budget = XMLLimits.defaultMaxParseSeconds * 5
        #else
            let budget = XMLLimits.defaultMaxParseSeconds
        #endif
        let deadline = ReadDeadline(seconds: budget, measure: .threadCPU)
        var error: XMLReadError?
        do {
            _ = try XMLReader().read(bytes: bytes, path: input.name, schema: schema, deadline: deadline)
        } catch let caught {
            error = caught
        }
        switch input.outcome {
        case .accepted:
            #expect(error == nil, "\(error?.description ?? "")")
        case .refused(let refusal):
            #expect(error?.first.refusal == refusal, "\(error?.description ?? "accepted")")
        case .invalid(let line):
            #expect(error?.first.stage == .schema, "\(error?.description ?? "accepted")")
            #expect(error?.first.location.line == line)
        }
        #expect(deadline.expiredAt == nil, "decided by its limit, not by the deadline")
        #expect(deadline.elapsed <= deadline.budget, "the reader's own clock: within its budget")
    }
}
