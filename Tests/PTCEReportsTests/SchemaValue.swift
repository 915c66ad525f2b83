import Foundation

/// A JSON value, decoded without Foundation's guesses (a boolean is never a number).
enum SchemaValue: Decodable, Equatable {
    case null, boolean(Bool), number(Double), string(String), array([SchemaValue]), object([String: SchemaValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([SchemaValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: SchemaValue].self))
        }
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .boolean: "boolean"
        case .number(let value): value.rounded() == value ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
