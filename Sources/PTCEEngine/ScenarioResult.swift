public import PTCEModel

/// One scenario as run: where it is, and why it failed (empty when it passed).
public struct ScenarioResult: Sendable, Hashable {
    /// The scenario file.
    public var file: String
    /// The scenario's `name` attribute.
    public var name: String
    /// The line of its `<scenario>` element.
    public var line: Int
    /// Each expectation it missed, or why it could not run; empty when it passed.
    public var failures: [Problem]

    /// A result from its place and failures.
    public init(file: String, name: String, line: Int, failures: [Problem]) {
        self.file = file
        self.name = name
        self.line = line
        self.failures = failures
    }

    /// Whether every expectation held.
    public var passed: Bool { failures.isEmpty }
}
