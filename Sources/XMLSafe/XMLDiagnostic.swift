/// One problem found in an XML input, located.
public struct XMLDiagnostic: Sendable, Hashable {
    /// What produced the diagnostic.
    public enum Stage: String, Sendable, Hashable {
        /// Reading the file or checking its size and encoding.
        case input
        /// Well-formedness, as checked by the XML parser.
        case syntax
        /// A limit or a forbidden construct (DOCTYPE, entity, …).
        case policy
        /// Validation against the XML schema.
        case schema
    }

    public var stage: Stage
    public var location: XMLLocation
    /// The message, in English as libxml2 writes it, or the policy text.
    public var message: String
    /// The policy rule that was broken, when the diagnostic is a policy refusal.
    public var refusal: XMLRefusal?

    public init(stage: Stage, location: XMLLocation, message: String, refusal: XMLRefusal? = nil) {
        self.stage = stage
        self.location = location
        self.message = message
        self.refusal = refusal
    }
}

/// A construct or size the reader refuses by policy, whatever the schema says.
public enum XMLRefusal: Sendable, Hashable {
    case fileTooLarge(bytes: Int, limit: Int)
    case doctype
    case tooDeep(limit: Int)
    case tooManyAttributes(element: String, limit: Int)
    case textTooLong(element: String, limit: Int)
    case tooManyElements(limit: Int)
    case empty
    /// A compressed or archive file (gzip, xz, zip…): never decompressed.
    case compressed(format: String)
    /// An encoding other than UTF-8 or UTF-16 with a byte-order mark.
    case encoding(String)
    /// A byte sequence that is not UTF-8, at this byte offset.
    case invalidUTF8(offset: Int)
    /// UTF-16 input with an unpaired surrogate or an odd byte count, at this byte offset.
    case invalidUTF16(offset: Int)
    /// A character XML 1.0 forbids (a control character, U+FFFE, U+FFFF), at this byte offset.
    case forbiddenCharacter(offset: Int)
    /// Reading (screen, parse, validation and copy) took longer than the limit.
    case timeLimit(seconds: Double)
    /// An `<?oasis-xml-catalog?>` processing instruction.
    case catalogInstruction
}
