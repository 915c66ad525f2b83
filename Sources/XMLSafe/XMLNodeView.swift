internal import CLibXML2

/// An element of a parsed document read in place, in libxml2's tree, without copying it.
///
/// Given only to the body of ``XMLReader/read(bytes:path:schema:_:)``, while the C document is
/// alive; the document is freed when that body returns. A view kept past that point traps on
/// its first use (its document's validity token is checked on every access): it never reads
/// freed memory. Not `Sendable`: it stays on the reading thread.
public struct XMLNodeView: XMLElementReading {
    /// The libxml2 node, untyped so that no C type appears outside this module.
    private let pointer: UnsafeMutableRawPointer
    private let document: XMLDocumentScope

    init(_ node: xmlNodePtr, document: XMLDocumentScope) {
        self.pointer = UnsafeMutableRawPointer(node)
        self.document = document
    }

    /// The node, after checking that its document is still alive.
    private var node: xmlNodePtr {
        precondition(document.isOpen, "an XMLNodeView was used after the read that gave it had returned")
        return pointer.assumingMemoryBound(to: xmlNode.self)
    }

    public var name: String { String(cString: node.pointee.name) }

    public var namespace: String? {
        guard let href = node.pointee.ns?.pointee.href else { return nil }
        return String(cString: href)
    }

    public var line: Int { Int(xmlGetLineNo(node)) }

    public func hasName(_ name: String) -> Bool { Self.matches(node.pointee.name, name) }

    public func attribute(_ name: String) -> String? {
        var found: xmlAttrPtr?
        var attribute = node.pointee.properties
        while let current = attribute {
            if Self.matches(current.pointee.name, name) { found = current }
            attribute = current.pointee.next
        }
        guard let found else { return nil }
        return XMLReader.concatenated(found.pointee.children, textNodesOnly: false)
    }

    public func child(_ name: String) -> XMLNodeView? {
        let parent = node
        document.visit(line: parent)
        var child = parent.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, Self.matches(current.pointee.name, name) {
                return XMLNodeView(current, document: document)
            }
            child = current.pointee.next
        }
        return nil
    }

    public func children(_ name: String) -> [XMLNodeView] {
        let parent = node
        document.visit(line: parent)
        var found: [XMLNodeView] = []
        var child = parent.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, Self.matches(current.pointee.name, name) {
                found.append(XMLNodeView(current, document: document))
            }
            child = current.pointee.next
        }
        return found
    }

    /// The element's own text: its text and CDATA children, concatenated.
    public var text: String { XMLReader.concatenated(node.pointee.children, textNodesOnly: true) }

    public var trimmedText: String { XMLElement.trimmed(text) }

    /// True when the NUL-terminated `cName` is `name`, compared byte by byte.
    private static func matches(_ cName: UnsafePointer<xmlChar>?, _ name: String) -> Bool {
        guard let cName else { return false }
        var name = name
        return name.withUTF8 { bytes in
            for index in 0..<bytes.count where cName[index] != bytes[index] { return false }
            return cName[bytes.count] == 0
        }
    }
}
