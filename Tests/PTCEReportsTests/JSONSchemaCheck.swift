import Foundation

/// Checks a JSON document against the part of JSON Schema (2020-12) that
/// `Docs/report.schema.json` uses: `type`, `const`, `enum`, `required`, `properties`,
/// `additionalProperties`, `items`, `pattern` and `$ref` to `#/$defs/…`. A keyword it does not
/// know is an error, so the schema cannot say more than is checked.
struct JSONSchemaCheck {
    let root: SchemaValue
    static let known: Set<String> = [
        "$schema", "$id", "title", "description", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "pattern", "$ref", "$defs",
    ]

    init(schema: Data) throws {
        root = try JSONDecoder().decode(SchemaValue.self, from: schema)
    }

    /// Every violation, as `path: what`; empty when `document` conforms.
    func violations(_ document: Data) throws -> [String] {
        var found: [String] = []
        check(try JSONDecoder().decode(SchemaValue.self, from: document), root, "$", &found)
        return found
    }

    private func check(_ value: SchemaValue, _ schema: SchemaValue, _ path: String, _ found: inout [String]) {
        guard case .object(let rules) = schema else { return found.append("\(path): schema is not an object") }
        for keyword in rules.keys where !JSONSchemaCheck.known.contains(keyword) {
            found.append("\(path): schema keyword \(keyword) is not checked")
        }
        if case .string(let reference)? = rules["$ref"] {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            guard case .object(let root) = root, case .object(let definitions)? = root["$defs"], let target = definitions[name]
            else { return found.append("\(path): no definition \(reference)") }
            check(value, target, path, &found)
        }
        if let type = rules["type"] {
            let allowed: [String] =
                switch type {
                case .string(let one): [one]
                case .array(let many): many.compactMap { if case .string(let name) = $0 { name } else { nil } }
                default: []
                }
            let actual = value.typeName
            if !allowed.contains(actual) && !(actual == "integer" && allowed.contains("number")) {
                found.append("\(path): \(actual), expected \(allowed.joined(separator: " or "))")
            }
        }
        if let constant = rules["const"], constant != value { found.append("\(path): not the constant") }
        if case .array(let values)? = rules["enum"], !values.contains(value) { found.append("\(path): not one of the values") }
        if case .string(let pattern)? = rules["pattern"], case .string(let text) = value,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            found.append("\(path): \(text) does not match \(pattern)")
        }
        if case .array(let items) = value, let itemSchema = rules["items"] {
            for (index, item) in items.enumerated() { check(item, itemSchema, "\(path)[\(index)]", &found) }
        }
        guard case .object(let members) = value else { return }
        if case .array(let required)? = rules["required"] {
            for case .string(let name) in required where members[name] == nil { found.append("\(path): \(name) missing") }
        }
        var properties: [String: SchemaValue] = [:]
        if case .object(let declared)? = rules["properties"] { properties = declared }
        for (name, member) in members {
            if let schema = properties[name] {
                check(member, schema, "\(path).\(name)", &found)
            } else if let additional = rules["additionalProperties"] {
                if additional == .boolean(false) {
                    found.append("\(path): \(name) is not allowed")
                } else if case .object = additional {
                    check(member, additional, "\(path).\(name)", &found)
                }
            }
        }
    }
}
