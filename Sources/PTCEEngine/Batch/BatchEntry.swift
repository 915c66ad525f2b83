public import PTCEModel

/// One input of a batch: evaluated, or refused with its located reasons.
public enum BatchEntry: Sendable {
    /// Read and evaluated.
    case evaluated(ApplicationSummary)
    /// Refused, with the located reasons.
    case unreadable(file: String, sha256: String?, problems: [Problem])

    /// The path of the input file.
    public var file: String {
        switch self {
        case .evaluated(let summary): summary.file
        case .unreadable(let file, _, _): file
        }
    }

    /// SHA-256 of the file's bytes, nil when they could not be read.
    public var sha256: String? {
        switch self {
        case .evaluated(let summary): summary.sha256
        case .unreadable(_, let sha256, _): sha256
        }
    }
}
