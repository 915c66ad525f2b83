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
    /// The one deadline of the whole read (``XMLLimits/maxParseSeconds``).
    let deadline: ReadDeadline
    /// The screened UTF-8 bytes libxml2 reads through ``feedParser``, and how many it has had.
    var input: [UInt8] = []
    var inputOffset = 0
    /// The parser context reading ``input``, for the line reported by a refusal in ``feedParser``.
    var context: xmlParserCtxtPtr?
    /// Bytes of direct text in each open element, by depth (index 0: outside the root), so a
    /// text over ``XMLLimits/maxTextBytes`` is refused while parsing, before any schema facet.
    var textBytes: [Int] = [0]
    /// The last namespace URI copied, by its address in the document: every element of a
    /// document shares one, and one String for all saves an allocation per element.
    var namespace: (href: UnsafePointer<UInt8>, uri: String)?

    init(file: String, limits: XMLLimits, deadline: ReadDeadline? = nil) {
        self.file = file
        self.limits = limits
        self.deadline = deadline ?? ReadDeadline(seconds: limits.maxParseSeconds)
    }

    /// True, after recording the refusal, once the read's deadline has passed.
    func pastDeadline(at checkpoint: ReadDeadline.Checkpoint, line: Int, column: Int = 0) -> Bool {
        guard deadline.passed(at: checkpoint) else { return false }
        if !diagnostics.contains(where: { if case .timeLimit = $0.refusal { true } else { false } }) {
            refuse(
                .timeLimit(seconds: limits.maxParseSeconds), line: line, column: column,
                message: "reading took longer than \(limits.maxParseSeconds) s")
        }
        return true
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

/// Element start: enforces depth, attribute count, element count and the length of each
/// attribute value, then builds the node.
let checkedStartElement: startElementNsSAX2Func = {
    userData, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
        let session = ParseSession.from(context.pointee._private)
    else { return }
    let line = Int(context.pointee.input?.pointee.line ?? 0)
    // Made only for a refusal's message: most elements pass every check.
    var name: String { localname.map { String(cString: $0) } ?? "?" }
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
    if session.refused || session.pastDeadline(at: .parsing, line: line) {
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
    if let attributes, let long = longAttribute(attributes, count: Int(attributeCount), limit: limits.maxTextBytes) {
        let element = "\(name)/@\(long.name)"
        session.refuse(
            .textTooLong(element: element, limit: limits.maxTextBytes), line: line,
            message: "the text of \(element) has \(long.length) bytes; the limit is \(limits.maxTextBytes)")
        xmlStopParser(context)
        return
    }
    let depth = Int(context.pointee.nameNr) + 1
    if session.textBytes.count <= depth {
        session.textBytes.append(contentsOf: repeatElement(0, count: depth + 1 - session.textBytes.count))
    }
    session.textBytes[depth] = 0
    xmlSAX2StartElementNs(
        context, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
}

/// The first attribute whose value is longer than `limit` bytes, with that length.
///
/// `attributes` is SAX2's array, five pointers per attribute: local name, prefix, URI, value
/// and end of value. Without entity substitution libxml2 hands an `&` (written `&amp;` or
/// `&#38;`) over as the five bytes `&#38;`, and the tree holds one byte for it: the length
/// is the one the tree's value will have.
func longAttribute(
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, count: Int, limit: Int
) -> (name: String, length: Int)? {
    for index in 0..<count {
        guard let value = attributes[5 * index + 3], let end = attributes[5 * index + 4], end - value > limit else { continue }
        let raw = UnsafeBufferPointer(start: value, count: end - value)
        var escapes = 0
        var offset = 0
        let escape: [UInt8] = Array("&#38;".utf8)
        while offset + escape.count <= raw.count {
            if raw[offset] == escape[0], raw[offset..<offset + escape.count].elementsEqual(escape) {
                escapes += 1
                offset += escape.count
            } else {
                offset += 1
            }
        }
        let length = raw.count - 4 * escapes
        guard length > limit else { continue }
        return (attributes[5 * index].map { String(cString: $0) } ?? "?", length)
    }
    return nil
}

/// Text and CDATA: counts each element's direct text against ``XMLLimits/maxTextBytes`` and
/// checks the deadline. A refusal here does not stop the parser (`xmlStopParser` resets the
/// input under libxml2's text loop); the next element callback stops it, and no more text is
/// kept.
let checkedCharacters: charactersSAXFunc = { userData, characters, length in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self), keepText(context, length: length)
    else { return }
    xmlSAX2Characters(context, characters, length)
}

/// CDATA sections: the same count and check as text.
let checkedCDATA: cdataBlockSAXFunc = { userData, characters, length in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self), keepText(context, length: length)
    else { return }
    xmlSAX2CDataBlock(context, characters, length)
}

/// Counts `length` more bytes of text in the current element and checks the deadline; false
/// when the text must not be kept (refused now or earlier, or the deadline passed).
private func keepText(_ context: UnsafeMutablePointer<xmlParserCtxt>, length: Int32) -> Bool {
    guard let session = ParseSession.from(context.pointee._private), !session.refused else { return false }
    let line = Int(context.pointee.input?.pointee.line ?? 0)
    // The clock is read at every clockInterval-th text (ReadDeadline); the refusal is made
    // only once it has passed.
    if session.deadline.passed(at: .parsing), session.pastDeadline(at: .parsing, line: line) { return false }
    let depth = min(Int(context.pointee.nameNr), session.textBytes.count - 1)
    session.textBytes[depth] += Int(length)
    let limit = session.limits.maxTextBytes
    guard session.textBytes[depth] > limit else { return true }
    let name = context.pointee.name.map { String(cString: $0) } ?? "?"
    session.refuse(
        .textTooLong(element: name, limit: limit), line: line, message: "the text of \(name) has more than \(limit) bytes")
    return false
}

/// End of an element: stops the parser if a text callback refused something.
let checkedEndElement: endElementNsSAX2Func = { userData, localname, prefix, uri in
    guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
        let session = ParseSession.from(context.pointee._private)
    else { return }
    if session.refused {
        xmlStopParser(context)
        return
    }
    xmlSAX2EndElementNs(context, localname, prefix, uri)
}

/// libxml2's input callback: hands over the screened bytes, at most `length` at a time (4,000
/// in 2.9.14), and checks the deadline each time, so a start tag, a text or a comment of any
/// size is timed while libxml2 reads it. Once the deadline has passed it reports a read error:
/// libxml2 then fails on the bytes it has. It must not call `xmlStopParser` here: 2.9.14 resets
/// the input's pointers under `xmlParserInputGrow`, which then crashes.
let feedParser: xmlInputReadCallback = { opaque, buffer, length in
    guard let session = ParseSession.from(opaque), let buffer, length > 0 else { return -1 }
    let line = Int(session.context?.pointee.input?.pointee.line ?? 0)
    if session.pastDeadline(at: .input, line: line) { return -1 }
    let count = min(Int(length), session.input.count - session.inputOffset)
    guard count > 0 else { return 0 }
    session.input.withUnsafeBufferPointer { bytes in
        UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + session.inputOffset, byteCount: count)
    }
    session.inputOffset += count
    return Int32(count)
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
