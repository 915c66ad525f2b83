import Foundation

/// Compact JSON written straight into bytes, exactly as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` writes it (see ``JSONReport/encoder()``): no space, members in the
/// order of their names' UTF-8 bytes, `"`, `\` and the C0 characters escaped (`\n`, `\t`, `\r`,
/// `\b`, `\f`, else `\u00XX` in lower case), every other character as it is, numbers as their
/// `description`.
///
/// The report's entries are written with it: one `JSONEncoder` per entry cost a tenth of a
/// large batch. The caller writes the members of an object in that order;
/// `JSONReportEntryTests` compares every entry with the encoder's bytes.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 2048) {
        bytes.reserveCapacity(capacity)
    }

    /// Bytes already written as JSON (an entry's part), or the text between entries.
    mutating func raw(_ text: some Sequence<UInt8>) { bytes += text }
    mutating func raw(_ text: String) { bytes += text.utf8 }

    /// `{`, then the members (each through ``member(_:)``), then ``close()``.
    mutating func openObject() { bytes.append(UInt8(ascii: "{")) }
    /// `[`, then the elements (each after ``element()``), then ``closeArray()``.
    mutating func openArray() { bytes.append(UInt8(ascii: "[")) }
    mutating func close() { bytes.append(UInt8(ascii: "}")) }
    mutating func closeArray() { bytes.append(UInt8(ascii: "]")) }

    /// `"name":`, after a comma unless it is the object's first member.
    mutating func member(_ name: String) {
        if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A comma unless the next value is the array's first element.
    mutating func element() {
        if bytes.last != UInt8(ascii: "[") { bytes.append(UInt8(ascii: ",")) }
    }

    /// A member with a string, number or boolean value; none at all when the value is nil, as
    /// `JSONEncoder` leaves out a nil optional.
    mutating func member(_ name: String, _ value: (some JSONScalar)?) {
        guard let value else { return }
        member(name)
        value.write(to: &self)
    }

    mutating func number(_ value: Decimal) { bytes += value.description.utf8 }
    mutating func number(_ value: Int) { bytes += value.description.utf8 }
    mutating func boolean(_ value: Bool) { bytes += (value ? "true" : "false").utf8 }
    mutating func null() { bytes += "null".utf8 }

    /// `value` in quotes, escaped as `JSONEncoder` escapes it.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
                bytes += [JSONWriter.hexDigit(byte >> 4), JSONWriter.hexDigit(byte & 0x0F)]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A dictionary as an object, its members in the order of their names' UTF-8 bytes.
    mutating func object<Value>(_ members: [String: Value], _ write: (inout JSONWriter, Value) -> Void) {
        openObject()
        for (name, value) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            member(name)
            write(&self, value)
        }
        close()
    }

    /// A sequence as an array.
    mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        openArray()
        for item in items {
            element()
            write(&self, item)
        }
        closeArray()
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

/// A value written as one JSON string, number or boolean.
protocol JSONScalar {
    func write(to json: inout JSONWriter)
}

extension String: JSONScalar {
    func write(to json: inout JSONWriter) { json.string(self) }
}

extension Decimal: JSONScalar {
    func write(to json: inout JSONWriter) { json.number(self) }
}

extension Int: JSONScalar {
    func write(to json: inout JSONWriter) { json.number(self) }
}

extension Bool: JSONScalar {
    func write(to json: inout JSONWriter) { json.boolean(self) }
}
