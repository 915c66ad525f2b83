import PTCEModel

/// The kinds of XML document ptce reads, each with its schema and what a reader is pointed at
/// when a file of that kind does not follow it.
public enum DocumentKind: String, Sendable, CaseIterable {
    case application, criteria, scenarios, jurors, marks
    /// A schema compiled from the shipped data.
    case schema

    /// The shipped schema that validates this kind of document.
    public var schemaPath: String {
        switch self {
        case .application: "Schemas/application.xsd"
        case .criteria: "Criteria/criteria.xsd"
        case .scenarios: "Criteria/scenarios.xsd"
        case .jurors: "Schemas/jurors.xsd"
        case .marks: "Schemas/marks.xsd"
        case .schema: "http://www.w3.org/2001/XMLSchema"
        }
    }

    /// Where a reader finds the format: `ptce schema` for applications, the schema's path else.
    var schemaHint: Localized {
        switch self {
        case .application: Localized(fr: "voir `ptce schema`", en: "see `ptce schema`")
        default: Localized(fr: "voir \(schemaPath)", en: "see \(schemaPath)")
        }
    }

    /// The root element a document of this kind starts with.
    var expectedRoot: String {
        switch self {
        case .application: "<application xmlns=\"urn:x-ptce:application:1\">"
        case .criteria: "<criteria xmlns=\"urn:x-ptce:criteria:1\">"
        case .scenarios: "<scenarios xmlns=\"urn:x-ptce:scenarios:1\">"
        case .jurors: "<jurors>"
        case .marks: "<marks>"
        case .schema: "<xs:schema>"
        }
    }
}
