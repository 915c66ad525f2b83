internal import CLibXML2

/// Parses XML from memory under a strict policy, validates it, and copies it into Swift values.
///
/// Policy: no DTD (any DOCTYPE is refused), no entity expansion, no network, no external
/// resource of any kind, no recovery from malformed input, bounded size and shape
/// (see ``XMLLimits``). Each call uses its own parser context, so a reader can be used
/// from several threads at once.
public struct XMLReader: Sendable {
    public var limits: XMLLimits

    public init(limits: XMLLimits = .standard) {
        self.limits = limits
        LibXML.initialize()
    }

    /// libxml2 options: no network, line numbers above 65535 kept. Deliberately absent:
    /// `NOENT` (entity substitution), `DTDLOAD`, `DTDATTR`, `HUGE`, `RECOVER`, `XINCLUDE`.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Reads `bytes` (the content of `path`), validates it against `schema` if given,
    /// and returns the root element. Throws every diagnostic found, located.
    public func read(bytes: [UInt8], path: String, schema: XMLSchema? = nil) throws(XMLReadError) -> XMLElement {
        let session = ParseSession(file: path, limits: limits)
        if bytes.isEmpty {
            session.refuse(.empty, line: 1, message: "the file is empty")
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        if bytes.count > limits.maxFileBytes {
            session.refuse(
                .fileTooLarge(bytes: bytes.count, limit: limits.maxFileBytes), line: 1,
                message: "the file has \(bytes.count) bytes; the limit is \(limits.maxFileBytes)")
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        InputScreen.screen(bytes, session: session)
        if session.refused { throw XMLReadError(file: path, diagnostics: session.diagnostics) }
        guard let context = xmlNewParserCtxt() else {
            session.diagnostics.append(
                XMLDiagnostic(stage: .input, location: XMLLocation(file: path, line: 0), message: "out of memory"))
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = session.opaque
        if let sax = context.pointee.sax {
            sax.pointee.serror = parserErrorHandler
            sax.pointee.internalSubset = refuseInternalSubset
            sax.pointee.externalSubset = nil
            sax.pointee.entityDecl = refuseEntityDecl
            sax.pointee.startElementNs = checkedStartElement
            sax.pointee.processingInstruction = refuseCatalogInstruction
        }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), path, nil, Self.parseOptions)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        guard let document, !session.refused, context.pointee.wellFormed != 0 else {
            if session.diagnostics.isEmpty {
                session.diagnostics.append(
                    XMLDiagnostic(
                        stage: .syntax, location: XMLLocation(file: path, line: 1),
                        message: "the file is not well-formed XML"))
            }
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        if let schema {
            schema.validate(document, session: session)
            if !session.diagnostics.isEmpty { throw XMLReadError(file: path, diagnostics: session.diagnostics) }
        }
        guard let root = xmlDocGetRootElement(document) else {
            session.diagnostics.append(
                XMLDiagnostic(stage: .syntax, location: XMLLocation(file: path, line: 1), message: "no root element"))
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        let element = copy(root, session: session)
        if !session.diagnostics.isEmpty { throw XMLReadError(file: path, diagnostics: session.diagnostics) }
        return element
    }

    /// Copies a libxml2 element and its subtree into a Swift value.
    private func copy(_ node: xmlNodePtr, session: ParseSession) -> XMLElement {
        let name = String(cString: node.pointee.name)
        let line = Int(xmlGetLineNo(node))
        var namespace: String?
        if let href = node.pointee.ns?.pointee.href {
            if let last = session.namespace, last.href == UnsafePointer(href) {
                namespace = last.uri
            } else {
                namespace = String(cString: href)
                session.namespace = (UnsafePointer(href), namespace!)
            }
        }
        var element = XMLElement(name: name, namespace: namespace, line: line)
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = String(cString: current.pointee.name)
            var text = ""
            var valueNode = current.pointee.children
            while let part = valueNode {
                if let content = part.pointee.content { text += String(cString: content) }
                valueNode = part.pointee.next
            }
            checkLength(text, element: "\(name)/@\(attributeName)", line: line, session: session)
            element.attributes[attributeName] = text
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(copy(current, session: session))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        checkLength(element.text, element: name, line: line, session: session)
        return element
    }

    private func checkLength(_ text: String, element: String, line: Int, session: ParseSession) {
        guard text.utf8.count > limits.maxTextBytes else { return }
        session.refuse(
            .textTooLong(element: element, limit: limits.maxTextBytes), line: line,
            message: "the text of \(element) has \(text.utf8.count) bytes; the limit is \(limits.maxTextBytes)")
    }
}
