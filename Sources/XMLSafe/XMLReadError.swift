/// Why a file could not be read as a valid document. Carries every diagnostic found.
public struct XMLReadError: Error, Sendable, CustomStringConvertible {
    /// The file the error belongs to.
    public let file: String
    /// Every problem, in document order; never empty.
    public let diagnostics: [XMLDiagnostic]

    public init(file: String, diagnostics: [XMLDiagnostic]) {
        precondition(!diagnostics.isEmpty, "an XMLReadError needs at least one diagnostic")
        self.file = file
        self.diagnostics = diagnostics
    }

    /// The first, most relevant diagnostic.
    public var first: XMLDiagnostic { diagnostics[0] }

    public var description: String {
        diagnostics.map { "\($0.location): error: \($0.message)" }.joined(separator: "\n")
    }
}
