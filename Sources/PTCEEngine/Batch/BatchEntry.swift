public import PTCEModel

/// One input of a batch: evaluated, or refused with its located reasons.
public enum BatchEntry: Sendable {
    case evaluated(ApplicationSummary)
    case unreadable(file: String, sha256: String?, problems: [Problem])

    public var file: String {
        switch self {
        case .evaluated(let summary): summary.file
        case .unreadable(let file, _, _): file
        }
    }

    public var sha256: String? {
        switch self {
        case .evaluated(let summary): summary.sha256
        case .unreadable(_, let sha256, _): sha256
        }
    }
}
