internal import CLibXML2

/// Collects what libxml2 reports during one parse or one validation.
///
/// Reached from C callbacks through an unretained pointer whose lifetime is the scope
/// of the call that created it.
final class ParseSession {
    let file: String
    let limits: XMLLimits
    var diagnostics: [XMLDiagnostic] = []
    /// Set when the SAX layer saw something refused by policy; decides the outcome even if
    /// libxml2 still returns a document after `xmlStopParser` (2.9.14 does).
    var refused = false
    var elementCount = 0
    /// When parsing started, for ``XMLLimits/maxParseSeconds``.
    let started = ContinuousClock.now
    /// The last namespace URI copied, by its address in the document: every element of a
    /// document shares one, and one String for all saves an allocation per element.
    var namespace: (href: UnsafePointer<UInt8>, uri: String)?

    init(file: String, limits: XMLLimits) {
        self.file = file
        self.limits = limits
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> ParseSession? {
        guard let pointer else { return nil }
        return Unmanaged<ParseSession>.fromOpaque(pointer).takeUnretainedValue()
    }

    func refuse(_ refusal: XMLRefusal, line: Int, column: Int = 0, message: String) {
        refused = true
        diagnostics.append(
            XMLDiagnostic(
                stage: .policy, location: XMLLocation(file: file, line: line, column: column),
                message: message, refusal: refusal))
    }

    /// Records a structured libxml2 error (warnings are dropped).
    func record(_ error: xmlError, stage: XMLDiagnostic.Stage) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown XML error"
        while message.last?.isWhitespace == true { message.removeLast() }
        let location = XMLLocation(file: file, line: Int(error.line), column: Int(error.int2))
        let diagnostic = XMLDiagnostic(stage: stage, location: location, message: message)
        if diagnostics.last != diagnostic { diagnostics.append(diagnostic) }
    }
}

/// Parser errors: `userData` is the parser context, whose `_private` holds the session.
let parserErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let error, let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
        let session = ParseSession.from(context.pointee._private)
    else { return }
    session.record(error.pointee, stage: .syntax)
}

/// Schema validation errors: `userData` is the session itself.
let schemaErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let error, let session = ParseSession.from(userData) else { return }
    session.record(error.pointee, stage: .schema)
}

/// Any DOCTYPE, internal or external, is refused: the formats never need one and it is
/// the door to entity expansion and external loads.
let refuseInternalSubset: internalSubsetSAXFunc = { userData, name, _, _ in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
        let session = ParseSession.from(context.pointee._private)
    else { return }
    let line = Int(context.pointee.input?.pointee.line ?? 0)
    let root = name.map { String(cString: $0) } ?? "?"
    session.refuse(
        .doctype, line: line,
        message: "DOCTYPE declaration refused (<!DOCTYPE \(root) …>): documents must not declare a DTD")
    xmlStopParser(context)
}

/// Element start: enforces depth, attribute count and element count, then builds the node.
let checkedStartElement: startElementNsSAX2Func = {
    userData, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
        let session = ParseSession.from(context.pointee._private)
    else { return }
    let line = Int(context.pointee.input?.pointee.line ?? 0)
    let name = localname.map { String(cString: $0) } ?? "?"
    let limits = session.limits
    session.elementCount += 1
    if Int(context.pointee.nameNr) > limits.maxDepth {
        session.refuse(
            .tooDeep(limit: limits.maxDepth), line: line,
            message: "element <\(name)> is nested deeper than the limit of \(limits.maxDepth) levels")
        xmlStopParser(context)
        return
    }
    if Int(attributeCount) > limits.maxAttributesPerElement {
        session.refuse(
            .tooManyAttributes(element: name, limit: limits.maxAttributesPerElement), line: line,
            message: "element <\(name)> has \(attributeCount) attributes; the limit is \(limits.maxAttributesPerElement)")
        xmlStopParser(context)
        return
    }
    if session.elementCount % 256 == 0,
        ContinuousClock.now - session.started > .milliseconds(Int(limits.maxParseSeconds * 1000))
    {
        session.refuse(
            .timeLimit(seconds: limits.maxParseSeconds), line: line,
            message: "parsing took longer than \(limits.maxParseSeconds) s")
        xmlStopParser(context)
        return
    }
    if session.elementCount > limits.maxElements {
        session.refuse(
            .tooManyElements(limit: limits.maxElements), line: line,
            message: "the document has more than \(limits.maxElements) elements")
        xmlStopParser(context)
        return
    }
    xmlSAX2StartElementNs(
        context, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
}

/// Entity declarations cannot occur without a DOCTYPE; refuse them anyway, defensively.
let refuseEntityDecl: entityDeclSAXFunc = { userData, name, _, _, _, _ in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
        let session = ParseSession.from(context.pointee._private)
    else { return }
    let line = Int(context.pointee.input?.pointee.line ?? 0)
    let entity = name.map { String(cString: $0) } ?? "?"
    session.refuse(.doctype, line: line, message: "entity declaration refused (\(entity))")
    xmlStopParser(context)
}

/// `<?oasis-xml-catalog?>` asks the parser to load a catalog: refused (catalogs are off anyway).
/// Other processing instructions are kept by libxml2's default handler and ignored by the reader.
let refuseCatalogInstruction: processingInstructionSAXFunc = { userData, target, data in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
        let session = ParseSession.from(context.pointee._private)
    else { return }
    guard let target, String(cString: target) == "oasis-xml-catalog" else {
        xmlSAX2ProcessingInstruction(context, target, data)
        return
    }
    let line = Int(context.pointee.input?.pointee.line ?? 0)
    session.refuse(.catalogInstruction, line: line, message: "<?oasis-xml-catalog?> refused: documents must not name catalogs")
    xmlStopParser(context)
}
