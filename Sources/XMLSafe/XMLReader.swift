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

    /// libxml2 options: no network, line numbers above 65535 kept, the encoding named in the
    /// document ignored (libxml2 is told "UTF-8": the screen has refused any other encoding and
    /// transcoded UTF-16, and libxml2 must never load a decoder the input names). Deliberately
    /// absent: `NOENT` (entity substitution), `DTDLOAD`, `DTDATTR`, `HUGE`, `RECOVER`, `XINCLUDE`.
    static let parseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

    /// Reads `bytes` (the content of `path`), validates it against `schema` if given,
    /// and returns the root element. Throws every diagnostic found, located.
    ///
    /// The whole read — screen, parse, validation, copy — is bounded by one deadline,
    /// ``XMLLimits/maxParseSeconds``; past it the file is refused with ``XMLRefusal/timeLimit(seconds:)``.
    public func read(bytes: [UInt8], path: String, schema: XMLSchema? = nil) throws(XMLReadError) -> XMLElement {
        try read(bytes: bytes, path: path, schema: schema, deadline: ReadDeadline(seconds: limits.maxParseSeconds))
    }

    /// ``read(bytes:path:schema:)`` under a given deadline (tests make one expire at a chosen
    /// checkpoint).
    func read(bytes: [UInt8], path: String, schema: XMLSchema?, deadline: ReadDeadline) throws(XMLReadError) -> XMLElement {
        try withRoot(bytes: bytes, path: path, schema: schema, deadline: deadline) { root, session in
            copy(root, session: session)
        }
    }

    /// Reads and validates `bytes` as ``read(bytes:path:schema:)`` does, then calls `body` with
    /// a view of the root element read in place, without copying the tree, and returns what
    /// `body` returns. The document is freed when `body` returns: a view kept past it traps.
    ///
    /// The same deadline bounds `body`'s navigation; if it passes there, or `body` met a
    /// refusal, the read throws and `body`'s result is dropped.
    public func read<Result>(
        bytes: [UInt8], path: String, schema: XMLSchema? = nil, _ body: (XMLNodeView) -> Result
    ) throws(XMLReadError) -> Result {
        try read(bytes: bytes, path: path, schema: schema, deadline: ReadDeadline(seconds: limits.maxParseSeconds), body)
    }

    /// ``read(bytes:path:schema:_:)`` under a given deadline.
    func read<Result>(
        bytes: [UInt8], path: String, schema: XMLSchema?, deadline: ReadDeadline, _ body: (XMLNodeView) -> Result
    ) throws(XMLReadError) -> Result {
        try withRoot(bytes: bytes, path: path, schema: schema, deadline: deadline) { root, session in
            let document = XMLDocumentScope(session: session)
            defer { document.close() }
            return body(XMLNodeView(root, document: document))
        }
    }

    /// Screens, parses and validates `bytes`, then hands the root of the C document to `body`
    /// while the document is alive; frees it afterwards. Throws every diagnostic found,
    /// `body`'s included.
    private func withRoot<Result>(
        bytes: [UInt8], path: String, schema: XMLSchema?, deadline: ReadDeadline,
        _ body: (xmlNodePtr, ParseSession) -> Result
    ) throws(XMLReadError) -> Result {
        let session = ParseSession(file: path, limits: limits, deadline: deadline)
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
        guard let utf8 = InputScreen.screen(bytes, session: session), !session.pastDeadline(at: .screened, line: 1) else {
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        session.input = utf8
        guard let context = xmlNewParserCtxt() else {
            session.diagnostics.append(
                XMLDiagnostic(stage: .input, location: XMLLocation(file: path, line: 0), message: "out of memory"))
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = session.opaque
        session.context = context
        defer { session.context = nil }
        if let sax = context.pointee.sax {
            sax.pointee.serror = parserErrorHandler
            sax.pointee.internalSubset = refuseInternalSubset
            sax.pointee.externalSubset = nil
            sax.pointee.entityDecl = refuseEntityDecl
            sax.pointee.startElementNs = checkedStartElement
            sax.pointee.endElementNs = checkedEndElement
            // The same function for both, as libxml2's defaults: blanks are then kept as text.
            sax.pointee.characters = checkedCharacters
            sax.pointee.ignorableWhitespace = checkedCharacters
            sax.pointee.cdataBlock = checkedCDATA
            sax.pointee.processingInstruction = refuseCatalogInstruction
        }
        // Read through an input callback rather than from memory: the callback is where the
        // deadline is checked while libxml2 reads one construct, however long.
        let document = xmlCtxtReadIO(context, feedParser, nil, session.opaque, path, "UTF-8", Self.parseOptions)
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
        if session.pastDeadline(at: .parsed, line: 1) { throw XMLReadError(file: path, diagnostics: session.diagnostics) }
        if let schema {
            // Validation runs without a callback; it is linear here because every text is
            // bounded by now (maxTextBytes) and the schemas' patterns cannot backtrack.
            schema.validate(document, session: session)
            if !session.diagnostics.isEmpty { throw XMLReadError(file: path, diagnostics: session.diagnostics) }
            if session.pastDeadline(at: .validated, line: 1) { throw XMLReadError(file: path, diagnostics: session.diagnostics) }
        }
        guard let root = xmlDocGetRootElement(document) else {
            session.diagnostics.append(
                XMLDiagnostic(stage: .syntax, location: XMLLocation(file: path, line: 1), message: "no root element"))
            throw XMLReadError(file: path, diagnostics: session.diagnostics)
        }
        let result = body(root, session)
        if !session.diagnostics.isEmpty { throw XMLReadError(file: path, diagnostics: session.diagnostics) }
        return result
    }

    /// Copies a libxml2 element and its subtree into a Swift value.
    private func copy(_ node: xmlNodePtr, session: ParseSession) -> XMLElement {
        let name = String(cString: node.pointee.name)
        let line = Int(xmlGetLineNo(node))
        // Every element counts, elements are at most maxElements: a cheap check each time.
        _ = session.pastDeadline(at: .copying, line: line)
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
            // Its length was checked in the start-element callback (``longAttribute``).
            element.attributes[attributeName] = Self.concatenated(current.pointee.children, textNodesOnly: false)
            attribute = current.pointee.next
        }
        // Children counted first: one allocation for the array instead of a growth per child.
        var elementCount = 0
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { elementCount += 1 }
            child = current.pointee.next
        }
        if elementCount > 0 {
            element.children.reserveCapacity(elementCount)
            child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { element.children.append(copy(current, session: session)) }
                child = current.pointee.next
            }
        }
        element.text = Self.concatenated(node.pointee.children, textNodesOnly: true)
        checkLength(element.text, element: name, line: line, session: session)
        return element
    }

    /// The content of a list of siblings concatenated: of its text and CDATA nodes only (an
    /// element's text), or of every node (an attribute's value). A lone part (the common case)
    /// becomes a String at once, without an intermediate empty string.
    static func concatenated(_ first: xmlNodePtr?, textNodesOnly: Bool) -> String {
        var text: String?
        var node = first
        while let current = node {
            let type = current.pointee.type
            if !textNodesOnly || type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                let part = String(cString: content)
                if text == nil { text = part } else { text! += part }
            }
            node = current.pointee.next
        }
        return text ?? ""
    }

    private func checkLength(_ text: String, element: String, line: Int, session: ParseSession) {
        guard text.utf8.count > limits.maxTextBytes else { return }
        session.refuse(
            .textTooLong(element: element, limit: limits.maxTextBytes), line: line,
            message: "the text of \(element) has \(text.utf8.count) bytes; the limit is \(limits.maxTextBytes)")
    }
}
