import Foundation
import Testing
import XMLSafe

/// The deny-all external-entity loader installed by `LibXML.initialize()`: shown to refuse.
///
/// Application files never reach it (a DOCTYPE stops the parse first); a schema that includes
/// another document does, since libxml2 loads schema includes through the same loader.
/// The two tests read one process-wide counter: the suite runs them one after the other.
@Suite(.serialized) struct EntityLoaderTests {
    let reader = XMLReader()

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func externalEntityIsRefusedAndNothingLeaks() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <a>&e;</a>
            """
        let before = LibXML.refusedExternalLoads
        let error = #expect(throws: XMLReadError.self) { try reader.read(bytes: bytes(text), path: "xxe.xml") }
        #expect(error?.first.refusal == .doctype)
        #expect(error?.first.location.line == 2)
        #expect(!(error?.description.contains("root:") ?? true))
        #expect(LibXML.refusedExternalLoads == before, "the parser stopped before asking for the entity")
    }

    static func schema(including location: String) -> [UInt8] {
        Array(
            """
            <?xml version="1.0"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:include schemaLocation="\(location)"/>
              <xs:element name="a" type="xs:string"/>
            </xs:schema>
            """.utf8)
    }

    @Test(arguments: ["file:///etc/passwd", "http://127.0.0.1:9/evil.xsd", "other.xsd"])
    func aDocumentThatAsksForAnExternalResourceIsRefusedByTheLoader(_ location: String) {
        let before = LibXML.refusedExternalLoads
        var compiled = false
        do {
            _ = try XMLSchema(bytes: Self.schema(including: location), path: "including.xsd")
            compiled = true
        } catch {
            #expect(!error.diagnostics.isEmpty, "the refusal is reported")
        }
        #expect(LibXML.refusedExternalLoads > before, "the loader was asked for \(location) and refused it")
        // Whatever libxml2 does with a failed include, the included file's content never came in.
        _ = compiled
    }
}
