public import XMLSafe

/// How `ptce serve` listens and what it accepts.
///
/// Every limit is named so that a refusal can say which one it met.
public struct ServerConfiguration: Sendable {
    /// The address to listen on (loopback by default: put a reverse proxy in front).
    public var host: String
    /// The port; 0 lets the system choose one (tests).
    public var port: Int
    /// The largest request body read, in bytes; larger bodies are refused (413) before
    /// being read. The XML limit plus room for a multipart envelope.
    public var maxBodyBytes: Int
    /// The largest XML file evaluated (the CLI's limit, `XMLLimits.maxFileBytes`).
    public var maxXMLBytes: Int
    /// Checks evaluated at once; one per core by default.
    public var maxConcurrentChecks: Int
    /// Checks waiting for a worker before the server answers 503.
    public var maxQueuedChecks: Int
    /// Seconds a client may take to send its body before the request is refused (408).
    public var bodyTimeoutSeconds: Int
    /// Seconds a connection may stay idle before it is closed.
    public var idleTimeoutSeconds: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxXMLBytes: Int = XMLLimits.defaultMaxFileBytes,
        maxConcurrentChecks: Int? = nil, maxQueuedChecks: Int = 64, bodyTimeoutSeconds: Int = 30,
        idleTimeoutSeconds: Int = 60
    ) {
        self.host = host
        self.port = port
        self.maxXMLBytes = maxXMLBytes
        self.maxBodyBytes = maxXMLBytes + 64 * 1024
        self.maxConcurrentChecks = max(1, maxConcurrentChecks ?? ServerConfiguration.cores)
        self.maxQueuedChecks = maxQueuedChecks
        self.bodyTimeoutSeconds = bodyTimeoutSeconds
        self.idleTimeoutSeconds = idleTimeoutSeconds
    }

    static var cores: Int { ProcessInfoCores.active }
}
