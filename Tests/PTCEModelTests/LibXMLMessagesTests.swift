import PTCEModel
@testable import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct LibXMLMessagesTests {
    @Test(arguments: [
        (
            "Element 'stage': [facet 'enumeration'] The value 'x' is not an element of the set {'construction', 'consolidation'}.",
            "<stage> : « x » n’est pas une valeur permise (valeurs : 'construction', 'consolidation')"
        ),
        (
            "Element 'name': This element is not expected. Expected is ( identity ).",
            "élément <name> inattendu ici ; attendu : identity"
        ),
        ("Element 'member': The attribute 'person' is required but missing.", "<member> : l’attribut person est obligatoire"),
        ("Opening and ending tag mismatch: a line 3 and b", "la balise </b> ne ferme pas <a> ouverte ligne 3"),
    ])
    func knownMessagesAreTranslated(_ english: String, _ french: String) {
        #expect(LibXMLMessages.french(english) == french)
    }

    @Test func unknownMessagesAreLeftAlone() {
        #expect(LibXMLMessages.french("Something libxml2 says rarely") == nil)
    }
}

/// Each kind of document points its reader at its own schema and root element, never at the
/// application's (`ptce schema`).
@Suite struct DocumentKindWordingTests {
    @Test(arguments: [DocumentKind.jurors, .marks, .scenarios, .criteria])
    func aWrongRootNamesTheKindsOwnSchemaAndRoot(_ kind: DocumentKind) throws {
        let bytes = Array("<?xml version=\"1.0\"?>\n<application/>".utf8)
        let error = #expect(throws: ProblemList.self) { try DocumentReader.read(bytes, path: "f.xml", as: kind) }
        let problem = try #require(error?.problems.first)
        #expect(problem.code == "xml.schema")
        #expect(problem.message.fr.contains(kind.schemaPath))
        #expect(!problem.message.fr.contains("ptce schema"))
        #expect(!problem.message.fr.contains("urn:x-ptce:application"))
    }
}
