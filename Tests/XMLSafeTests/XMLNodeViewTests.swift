import Testing
import TestSupport
@testable import XMLSafe

/// The in-place view of a parsed document: it reads what the copy reads, keeps every limit
/// and the deadline, and cannot outlive its read.
@Suite struct XMLNodeViewTests {
    let reader = XMLReader()

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let document = """
        <?xml version="1.0"?>
        <a xmlns="urn:x" k="v" amp="x &amp; y &#38; z">
          <b n="1">hé</b>
          <c/>
          <b n="2"> 2 <![CDATA[<3>]]> </b>
        </a>
        """

    /// Everything the decoders read, through the protocol: the same from the view as from the copy.
    func summary<Element: XMLElementReading>(_ root: Element) -> [String] {
        var lines = [root.name, root.namespace ?? "-", "\(root.line)", root.attribute("k") ?? "-", root.attribute("amp") ?? "-"]
        lines.append(root.attribute("missing") ?? "-")
        lines.append(contentsOf: root.children("b").map { "\($0.line) \($0.attribute("n") ?? "-") [\($0.trimmedText)]" })
        lines.append(root.child("c").map { "c \($0.line) [\($0.trimmedText)]" } ?? "no c")
        lines.append(root.child("d") == nil ? "no d" : "d")
        lines.append(root.childText("b") ?? "-")
        lines.append(root.hasName("a") && !root.hasName("ab") && !root.hasName("") ? "named a" : "misnamed")
        return lines
    }

    @Test func theViewReadsWhatTheCopyReads() throws {
        let copied = summary(try reader.read(bytes: bytes(Self.document), path: "v.xml"))
        let viewed = try reader.read(bytes: bytes(Self.document), path: "v.xml") { summary($0) }
        #expect(viewed == copied)
        #expect(viewed[4] == "x & y & z")
        #expect(viewed[7] == "5 2 [2 <3>]")
        #expect(try reader.read(bytes: bytes(Self.document), path: "v.xml") { $0.children("b").last?.text } == " 2 <3> ")
    }

    @Test func schemaErrorsAreThrownBeforeTheBodyRuns() throws {
        let schema = try XMLSchema(bytes: try Repository.bytes("Schemas/application.xsd"), path: "Schemas/application.xsd")
        var ran = false
        let error = #expect(throws: XMLReadError.self) {
            try reader.read(bytes: bytes("<application xmlns=\"urn:x-ptce:application:1\"/>"), path: "s.xml", schema: schema) {
                _ in ran = true
            }
        }
        #expect(error?.first.stage == .schema)
        #expect(!ran)
    }

    /// A view kept past its read traps on its first use instead of reading freed memory.
    @Test func aViewUsedAfterItsReadTraps() async {
        await #expect(processExitsWith: .failure) {
            let view = try XMLReader().read(bytes: Array("<a><b/></a>".utf8), path: "late.xml") { $0 }
            _ = view.child("b")
        }
        await #expect(processExitsWith: .failure) {
            let child = try XMLReader().read(bytes: Array("<a><b>t</b></a>".utf8), path: "late.xml") { $0.child("b") }
            _ = child?.trimmedText
        }
    }

    @Test func theDeadlineHoldsWhileTheDocumentIsRead() {
        let deadline = ReadDeadline(seconds: 2, expireAt: .decoding, after: 3)
        var visits = 0
        let error = #expect(throws: XMLReadError.self) {
            try reader.read(bytes: bytes(Self.document), path: "d.xml", schema: nil, deadline: deadline) { root in
                for _ in 0..<5 where root.child("b") != nil { visits += 1 }
            }
        }
        #expect(error?.first.refusal == .timeLimit(seconds: XMLLimits.defaultMaxParseSeconds))
        #expect(deadline.expiredAt == .decoding)
        #expect(visits == 5)
    }

    /// Attribute values are bounded while parsing (any attribute, read or not), by the length
    /// of the value the tree holds: `&amp;` counts as one byte.
    @Test func longAttributesAreRefusedWhileParsing() throws {
        let small = XMLReader(limits: XMLLimits(maxTextBytes: 10))
        let error = #expect(throws: XMLReadError.self) {
            try small.read(bytes: bytes("<a>\n<b k=\"v\" long=\"0123456789A\"/></a>"), path: "t.xml") { _ in }
        }
        #expect(error?.first.refusal == .textTooLong(element: "b/@long", limit: 10))
        #expect(error?.first.location.line == 2)
        let escaped = String(repeating: "&amp;", count: 10)
        let value = try small.read(bytes: bytes("<a k=\"\(escaped)\"/>"), path: "t.xml") { $0.attribute("k") }
        #expect(value == String(repeating: "&", count: 10))
        let copied = try small.read(bytes: bytes("<a k=\"\(escaped)\"/>"), path: "t.xml")
        #expect(copied.attributes["k"] == value)
        #expect(throws: XMLReadError.self) { try small.read(bytes: bytes("<a k=\"\(escaped)&#38;\"/>"), path: "t.xml") }
    }
}
