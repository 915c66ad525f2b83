import Testing
import TestSupport
@testable import XMLSafe

/// One deadline for the whole read. Tests make it expire at a chosen checkpoint (no clock), and
/// check that the refusal is the time limit and that it was found where it should be.
@Suite struct ReadDeadlineTests {
    let schema: XMLSchema

    init() throws {
        schema = try XMLSchema(bytes: try Repository.bytes("Schemas/application.xsd"), path: "Schemas/application.xsd")
    }

    func read(_ bytes: [UInt8], deadline: ReadDeadline, limits: XMLLimits = .standard, schema: XMLSchema? = nil) -> XMLReadError?
    {
        do {
            _ = try XMLReader(limits: limits).read(bytes: bytes, path: "d.xml", schema: schema, deadline: deadline)
            return nil
        } catch {
            return error
        }
    }

    static let application = Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <application xmlns="urn:x-ptce:application:1" formatVersion="1" call="2015">
          <identity><name>Test</name><summary>Un.

        Deux.</summary></identity>
        </application>
        """.utf8)

    @Test(arguments: [ReadDeadline.Checkpoint.screened, .input, .parsing, .parsed, .validated, .copying])
    func everyStageOfTheReadChecksTheDeadline(checkpoint: ReadDeadline.Checkpoint) {
        let deadline = ReadDeadline(seconds: 2, expireAt: checkpoint)
        let error = read(Self.application, deadline: deadline, schema: schema)
        #expect(error?.first.refusal == .timeLimit(seconds: XMLLimits.defaultMaxParseSeconds))
        #expect(deadline.expiredAt == checkpoint)
    }

    @Test func theValidApplicationPassesWithinItsDeadline() {
        let deadline = ReadDeadline(seconds: XMLLimits.defaultMaxParseSeconds)
        #expect(read(Self.application, deadline: deadline, schema: schema) == nil)
        #expect(deadline.expiredAt == nil)
        #expect(deadline.checks[.input, default: 0] >= 1)
    }

    /// One start tag of 30,000 attributes (let through the screen by a raised limit): the
    /// deadline is found passed while libxml2 is still reading the tag, before any element
    /// callback could run.
    @Test func theDeadlineIsCheckedInsideOneStartTag() {
        let tag = "<a " + (0..<30_000).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/>"
        let limits = XMLLimits(maxAttributesPerElement: 1_000_000)
        let deadline = ReadDeadline(seconds: 60, expireAt: .input, after: 10)
        let error = read(Array(tag.utf8), deadline: deadline, limits: limits)
        #expect(error?.first.refusal == .timeLimit(seconds: XMLLimits.defaultMaxParseSeconds))
        #expect(deadline.expiredAt == .input)
        #expect(deadline.checks[.parsing] == nil, "no element callback before the refusal")
    }

    /// A text longer than maxTextBytes is refused while parsing: no schema facet (nor pattern)
    /// ever runs on it.
    @Test func longTextIsRefusedBeforeValidation() {
        let summary = String(repeating: "a", count: 70_000)
        let text = """
            <application xmlns="urn:x-ptce:application:1" formatVersion="1" call="2015">
            <identity><name>T</name><summary>\(summary)</summary></identity></application>
            """
        let deadline = ReadDeadline(seconds: XMLLimits.defaultMaxParseSeconds)
        let error = read(Array(text.utf8), deadline: deadline, schema: schema)
        #expect(error?.first.refusal == .textTooLong(element: "summary", limit: XMLLimits.defaultMaxTextBytes))
        #expect(error?.diagnostics.allSatisfy { $0.stage != .schema } == true)
        #expect(deadline.checks[.parsed] == nil, "refused during the parse")
    }
}
