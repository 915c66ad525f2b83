import PTCEModel
import PTCEFormats
import PTCEPipeline
import PTCEResources
import XMLSafe

/// The words of the application schema — element and attribute names, their types, the
/// values each code list allows — read once from the schema compiled into the binary, for
/// "did you mean" and for examples of valid values.
struct SchemaVocabulary: Sendable {
    /// Every element name declared.
    var elements: [String] = []
    /// Every attribute name declared.
    var attributes: [String] = []
    /// The type of each element or attribute, by name (`Siren`, `xs:boolean`…).
    var types: [String: String] = [:]
    /// The allowed values of each enumerated type, by type name; an inline type is keyed by
    /// its element's name.
    var enumerations: [String: [String]] = [:]

    /// The vocabulary of `Schemas/application.xsd`.
    static let application: SchemaVocabulary = {
        guard let bytes = EmbeddedData.files["Schemas/application.xsd"],
            let root = try? XMLReader().read(bytes: bytes, path: "Schemas/application.xsd")
        else { return SchemaVocabulary() }
        var vocabulary = SchemaVocabulary()
        vocabulary.collect(root, owner: nil)
        return vocabulary
    }()

    private mutating func collect(_ element: XMLElement, owner: String?) {
        var owner = owner
        switch element.name {
        case "element", "attribute":
            if let name = element.attributes["name"] {
                if element.name == "element" {
                    if !elements.contains(name) { elements.append(name) }
                } else if !attributes.contains(name) {
                    attributes.append(name)
                }
                if let type = element.attributes["type"] { types[name] = types[name] ?? type }
                owner = name
            }
        case "simpleType":
            if let name = element.attributes["name"] { owner = name }
        case "enumeration":
            if let owner, let value = element.attributes["value"] { enumerations[owner, default: []].append(value) }
        default:
            break
        }
        for child in element.children { collect(child, owner: owner) }
    }

    /// The values allowed for an element or attribute `name`, if it takes a code.
    func allowedValues(for name: String) -> [String]? {
        if let type = types[name], let values = enumerations[type] { return values }
        return enumerations[name]
    }

    /// An example of a valid value for the element or attribute `name`, if one is known.
    func example(for name: String) -> String? {
        if let values = allowedValues(for: name) { return values.first }
        guard let type = types[name] else { return nil }
        return SchemaVocabulary.examples[type]
    }

    /// An example value for each simple type the applications use.
    static let examples: [String: String] = [
        "Euros": "150000.00",
        "Siren": "732829320",
        "Siret": "73282932000074",
        "DateTimeWithZone": "2015-06-20T10:00:00+02:00",
        "DepartementCode": "07",
        "CommuneCode": "07132",
        "QpvCode": "QP006004",
        "CreationYear": "2012",
        "Year": "2015",
        "Call": "2015",
        "AreaCode": "ZUS9304",
        "Fte": "2.5",
        "ShortText": "Pôle Sud Archer",
        "Text": "Une phrase qui décrit le projet.",
        "xs:boolean": "true",
        "xs:nonNegativeInteger": "12",
        "xs:decimal": "12.5",
        "xs:dateTime": "2015-06-20T10:00:00+02:00",
        "xs:date": "2015-06-20",
        "xs:gYear": "2015",
        "xs:ID": "m01",
        "xs:IDREF": "m01",
    ]
}
