/// Bounds applied to every XML input before and while it is parsed.
///
/// Applications come from the public: each limit stops one kind of resource abuse,
/// and every refusal names the limit that was hit.
public struct XMLLimits: Sendable, Equatable {
    /// Largest file accepted, in bytes. A real application is a few tens of kilobytes.
    public var maxFileBytes: Int
    /// Deepest element nesting accepted. The application format needs fewer than 10 levels.
    public var maxDepth: Int
    /// Most attributes on one element (libxml2 2.9 is quadratic in this number).
    public var maxAttributesPerElement: Int
    /// Longest attribute value or text content of one element, in bytes.
    public var maxTextBytes: Int
    /// Most elements in one document.
    public var maxElements: Int
    /// Longest time one file may take to parse, in seconds, so one file cannot stall a batch.
    public var maxParseSeconds: Double

    public init(
        maxFileBytes: Int = XMLLimits.defaultMaxFileBytes,
        maxDepth: Int = XMLLimits.defaultMaxDepth,
        maxAttributesPerElement: Int = XMLLimits.defaultMaxAttributesPerElement,
        maxTextBytes: Int = XMLLimits.defaultMaxTextBytes,
        maxElements: Int = XMLLimits.defaultMaxElements,
        maxParseSeconds: Double = XMLLimits.defaultMaxParseSeconds
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAttributesPerElement = maxAttributesPerElement
        self.maxTextBytes = maxTextBytes
        self.maxElements = maxElements
        self.maxParseSeconds = maxParseSeconds
    }

    /// 4 MiB.
    public static let defaultMaxFileBytes = 4 * 1024 * 1024
    /// 64 levels.
    public static let defaultMaxDepth = 64
    /// 32 attributes.
    public static let defaultMaxAttributesPerElement = 32
    /// 64 KiB.
    public static let defaultMaxTextBytes = 64 * 1024
    /// 50,000 elements.
    public static let defaultMaxElements = 50_000
    /// 2 seconds.
    public static let defaultMaxParseSeconds = 2.0

    /// The limits used unless a caller asks otherwise.
    public static let standard = XMLLimits()
}
