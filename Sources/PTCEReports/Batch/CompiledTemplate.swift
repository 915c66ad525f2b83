import Mustache

/// A Mustache template parsed once into a tree of nodes and rendered straight into UTF-8 bytes,
/// with the same output as swift-mustache's `MustacheTemplate` for the language the reports'
/// templates use: text, `{{name}}` (escaped), `{{{name}}}` and `{{& name}}` (raw), dotted names
/// and `{{.}}`, sections `{{#name}}…{{/name}}` and inverted sections `{{^name}}…{{/name}}`,
/// comments `{{! … }}`, and the content-type pragma `{{% CONTENT_TYPE: NAME}}`; standalone tags
/// (alone on their line) take their line with them, exactly as the library's parser does,
/// including its quirks (see ``Parser``). Partials, inheritance, delimiter changes and
/// transforms are refused when the template is parsed: a template using them cannot be
/// rendered differently by accident.
///
/// Why: the library looks every name up through `Mirror` and dynamic casts and copies its
/// context for each section item and each rendered string; the cards of a batch of 10,000
/// applications spent 40 % of a run there. Here a name is split once, a dictionary is read
/// directly, and bytes are appended to one buffer.
///
/// Values are what the views hold: `[String: Any]` (and any `MustacheParent`), `String`, `Bool`,
/// arrays and ``LazyRows`` (any `MustacheSequence`), nil; anything else is written with
/// `String(describing:)`, as the library does.
struct CompiledTemplate: @unchecked Sendable {
    /// Writes `text` escaped for one content type.
    typealias Escaper = @Sendable (_ text: String, _ output: inout [UInt8]) -> Void

    /// A name as written in a tag.
    struct Name {
        enum Scope {
            /// `{{.}}`: the object on top of the stack.
            case current
            /// `{{.a.b}}`: looked up in the top object only.
            case top
            /// `{{a.b}}`: `a` looked up from the top of the stack down, then `b` in it.
            case stack
        }
        let scope: Scope
        let parts: [String]
    }

    indirect enum Node {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, inverted: Bool, [Node])
        case contentType(Escaper)
    }

    struct ParseError: Error, CustomStringConvertible {
        var message: String
        var offset: Int
        var description: String { "template error at byte \(offset): \(message)" }
    }

    let nodes: [Node]

    /// The library's content types: HTML (its escaping, character by character) and TEXT;
    /// `contentTypes` adds others by pragma name.
    init(_ source: String, contentTypes: [String: Escaper] = [:]) throws {
        var known: [String: Escaper] = ["HTML": CompiledTemplate.libraryHTML, "TEXT": CompiledTemplate.plain]
        known.merge(contentTypes) { _, new in new }
        var parser = Parser(bytes: Array(source.utf8), contentTypes: known)
        nodes = try parser.block(newLine: true, section: nil)
    }

    /// Renders with `objects` as the context stack, bottom first (a row over its report's view:
    /// `[view, row]`). Escaping starts as HTML, as in the library.
    func render(_ objects: [Any]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        render(objects, into: &output)
        return output
    }

    func render(_ objects: [Any], into output: inout [UInt8]) {
        var stack = objects
        var escaper: Escaper = CompiledTemplate.libraryHTML
        Self.render(nodes, stack: &stack, escaper: &escaper, into: &output)
    }

    // MARK: Rendering

    private static func render(_ nodes: [Node], stack: inout [Any], escaper: inout Escaper, into output: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let value = lookup(name, in: stack) else { continue }
                let text = string(value)
                if escaped { escaper(text, &output) } else { output.append(contentsOf: text.utf8) }
            case .section(let name, let inverted, let children):
                let value = lookup(name, in: stack)
                if inverted {
                    renderInverted(value, children, stack: &stack, escaper: escaper, into: &output)
                } else {
                    renderSection(value, children, stack: &stack, escaper: escaper, into: &output)
                }
            case .contentType(let type):
                escaper = type
            }
        }
    }

    /// A section's children see the escaper in force where the section starts; a pragma inside
    /// it does not outlive it (the library passes its context down by value).
    private static func renderChildren(
        _ children: [Node], pushing object: Any, stack: inout [Any], escaper: @escaping Escaper, into output: inout [UInt8]
    ) {
        var escaper = escaper
        stack.append(object)
        render(children, stack: &stack, escaper: &escaper, into: &output)
        stack.removeLast()
    }

    private static func renderSection(
        _ value: Any?, _ children: [Node], stack: inout [Any], escaper: @escaping Escaper, into output: inout [UInt8]
    ) {
        guard let value else { return }
        // The views' own types first, by identity: a cast to a protocol searches conformances.
        let type = type(of: value)
        if type == [[String: Any]].self {
            for item in value as! [[String: Any]] {
                renderChildren(children, pushing: item, stack: &stack, escaper: escaper, into: &output)
            }
        } else if type == [String].self {
            for item in value as! [String] {
                renderChildren(children, pushing: item, stack: &stack, escaper: escaper, into: &output)
            }
        } else if type == Bool.self {
            guard value as! Bool else { return }
            var escaper = escaper
            render(children, stack: &stack, escaper: &escaper, into: &output)
        } else if type == [String: Any].self || type == String.self {
            renderChildren(children, pushing: value, stack: &stack, escaper: escaper, into: &output)
        } else if let sequence = value as? any MustacheSequence {
            forEach(sequence) { item in renderChildren(children, pushing: item, stack: &stack, escaper: escaper, into: &output) }
        } else if let flag = value as? Bool {
            guard flag else { return }
            var escaper = escaper
            render(children, stack: &stack, escaper: &escaper, into: &output)
        } else if let null = value as? any MustacheCustomRenderable, null.isNull {
            return
        } else {
            renderChildren(children, pushing: value, stack: &stack, escaper: escaper, into: &output)
        }
    }

    private static func renderInverted(
        _ value: Any?, _ children: [Node], stack: inout [Any], escaper: @escaping Escaper, into output: inout [UInt8]
    ) {
        guard let value else {
            var escaper = escaper
            render(children, stack: &stack, escaper: &escaper, into: &output)
            return
        }
        if let sequence = value as? any MustacheSequence {
            guard isEmpty(sequence) else { return }
            renderChildren(children, pushing: sequence, stack: &stack, escaper: escaper, into: &output)
        } else if let flag = value as? Bool {
            guard !flag else { return }
            var escaper = escaper
            render(children, stack: &stack, escaper: &escaper, into: &output)
        } else if let null = value as? any MustacheCustomRenderable, null.isNull {
            var escaper = escaper
            render(children, stack: &stack, escaper: &escaper, into: &output)
        }
    }

    private static func forEach<S: Sequence>(_ sequence: S, _ body: (Any) -> Void) {
        for item in sequence { body(item) }
    }

    private static func isEmpty<S: Sequence>(_ sequence: S) -> Bool {
        var iterator = sequence.makeIterator()
        return iterator.next() == nil
    }

    // MARK: Names

    private static func lookup(_ name: Name, in stack: [Any]) -> Any? {
        guard let top = stack.last else { return nil }
        var value: Any
        switch name.scope {
        case .current:
            value = top
        case .top:
            guard let found = descend(name.parts[...], from: top) else { return nil }
            value = found
        case .stack:
            var found: Any?
            for object in stack.reversed() {
                if let child = child(name.parts[0], of: object) {
                    found = descend(name.parts.dropFirst(), from: child)
                    break
                }
            }
            guard let found else { return nil }
            value = found
        }
        if !isPlain(value), let custom = value as? any MustacheCustomRepresentation {
            guard let representation = custom.representation else { return nil }
            value = representation
        }
        return value
    }

    /// A value of the types the views hold, which have no custom representation: no need to
    /// search its conformances.
    private static func isPlain(_ value: Any) -> Bool {
        let type = type(of: value)
        return type == String.self || type == [String: Any].self || type == Bool.self || type == [[String: Any]].self
            || type == [String].self
    }

    private static func descend(_ parts: ArraySlice<String>, from object: Any) -> Any? {
        var current = object
        for part in parts {
            guard let next = child(part, of: current) else { return nil }
            current = next
        }
        return current
    }

    /// `object`'s child named `name`: a dictionary's value (the views' case, read without a
    /// cast through a protocol), a `MustacheParent`'s child, or a stored property by `Mirror`.
    private static func child(_ name: String, of object: Any) -> Any? {
        if type(of: object) == [String: Any].self {
            return (object as! [String: Any])[name]
        }
        if type(of: object) == String.self { return nil }  // A string has no named children.
        var object: Any? = object
        if let custom = object as? any MustacheCustomRepresentation { object = custom.representation }
        guard let object else { return nil }
        if let parent = object as? any MustacheParent { return parent.child(named: name) }
        guard let matched = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        return unwrapped(matched.value)
    }

    /// The value inside an optional held as `Any`, nil for an empty one (the library's `Mirror`
    /// reading).
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    private static func string(_ value: Any) -> String {
        if let text = value as? String { return text }
        if let renderable = value as? any MustacheCustomRenderable { return renderable.renderText }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value {
            return String(describing: wrapped)
        }
        return String(describing: value)
    }

    // MARK: Content types

    /// The library's HTML escaping: `< > & " '` replaced when they are a whole character (a quote
    /// followed by a combining mark is one character, left as it is).
    static let libraryHTML: Escaper = { text, output in
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            output.append(contentsOf: text.utf8)
            return
        }
        for character in text {
            switch character {
            case "<": output.append(contentsOf: "&lt;".utf8)
            case ">": output.append(contentsOf: "&gt;".utf8)
            case "&": output.append(contentsOf: "&amp;".utf8)
            case "\"": output.append(contentsOf: "&quot;".utf8)
            case "'": output.append(contentsOf: "&#39;".utf8)
            default: output.append(contentsOf: String(character).utf8)
            }
        }
    }

    static let plain: Escaper = { text, output in output.append(contentsOf: text.utf8) }
}
