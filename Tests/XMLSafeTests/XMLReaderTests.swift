import Foundation
import Testing
import XMLSafe

@Suite struct XMLReaderTests {
    let reader = XMLReader()

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func readsElementsAttributesTextAndLines() throws {
        let root = try reader.read(
            bytes: bytes("<?xml version=\"1.0\"?>\n<a xmlns=\"urn:x\" k=\"v\">\n  <b>hé</b>\n  <b>2</b>\n</a>\n"),
            path: "t.xml")
        #expect(root.name == "a")
        #expect(root.namespace == "urn:x")
        #expect(root.attributes["k"] == "v")
        #expect(root.children("b").map(\.text) == ["hé", "2"])
        #expect(root.children("b").map(\.line) == [3, 4])
    }

    @Test func malformedInputIsLocated() {
        let error = #expect(throws: XMLReadError.self) {
            try reader.read(bytes: bytes("<a>\n<b>\n</a>"), path: "bad.xml")
        }
        let first = error?.first
        #expect(first?.stage == .syntax)
        #expect(first?.location.file == "bad.xml")
        #expect(first?.location.line == 3)
        #expect((first?.location.column ?? 0) > 0)
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var declarations = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\(declarations)]>\n<a>&l9;</a>"
        let start = Date()
        let error = #expect(throws: XMLReadError.self) { try reader.read(bytes: bytes(text), path: "laughs.xml") }
        #expect(error?.first.refusal == .doctype)
        #expect(Date().timeIntervalSince(start) < 5, "a refusal, not an expansion")
    }

    @Test func externalDTDIsRefused() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"http://example.invalid/a.dtd\">\n<a/>"
        let error = #expect(throws: XMLReadError.self) { try reader.read(bytes: bytes(text), path: "dtd.xml") }
        #expect(error?.first.refusal == .doctype)
    }

    @Test func deepNestingIsRefusedWithTheLimit() {
        let text = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        let error = #expect(throws: XMLReadError.self) { try reader.read(bytes: bytes(text), path: "deep.xml") }
        #expect(error?.first.refusal == .tooDeep(limit: XMLLimits.defaultMaxDepth))
    }

    @Test func largeFileIsRefusedBeforeParsing() {
        let small = XMLReader(limits: XMLLimits(maxFileBytes: 100))
        let text = "<a>" + String(repeating: "x", count: 200) + "</a>"
        let error = #expect(throws: XMLReadError.self) { try small.read(bytes: bytes(text), path: "big.xml") }
        #expect(error?.first.refusal == .fileTooLarge(bytes: text.utf8.count, limit: 100))
    }

    @Test func manyAttributesAreRefused() {
        let attributes = (0..<100).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let error = #expect(throws: XMLReadError.self) { try reader.read(bytes: bytes("<a \(attributes)/>"), path: "attrs.xml") }
        #expect(error?.first.refusal == .tooManyAttributes(element: "a", limit: XMLLimits.defaultMaxAttributesPerElement))
    }

    @Test func longTextIsRefused() {
        let small = XMLReader(limits: XMLLimits(maxTextBytes: 10))
        let error = #expect(throws: XMLReadError.self) { try small.read(bytes: bytes("<a>0123456789ABC</a>"), path: "t.xml") }
        #expect(error?.first.refusal == .textTooLong(element: "a", limit: 10))
    }

    @Test func emptyFileIsRefused() {
        let error = #expect(throws: XMLReadError.self) { try reader.read(bytes: [], path: "empty.xml") }
        #expect(error?.first.refusal == .empty)
    }

    @Test func schemaViolationsAreAllReportedWithLines() throws {
        let schema = try XMLSchema(
            bytes: bytes(
                """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x" xmlns="urn:x" elementFormDefault="qualified">
                  <xs:element name="a"><xs:complexType><xs:sequence>
                    <xs:element name="n" type="xs:integer" maxOccurs="5"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """), path: "s.xsd")
        let text = "<a xmlns=\"urn:x\">\n<n>1</n>\n<n>x</n>\n<n>y</n>\n</a>"
        let error = #expect(throws: XMLReadError.self) { try reader.read(bytes: bytes(text), path: "v.xml", schema: schema) }
        #expect(error?.diagnostics.map(\.location.line) == [3, 4])
        #expect(error?.diagnostics.allSatisfy { $0.stage == .schema } == true)
    }

    @Test func readersWorkFromSeveralThreadsAtOnce() async throws {
        let text = "<a>" + (0..<200).map { "<b i=\"\($0)\">x</b>" }.joined() + "</a>"
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { try XMLReader().read(bytes: Array(text.utf8), path: "p.xml").children.count }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 200, count: 16))
    }
}
