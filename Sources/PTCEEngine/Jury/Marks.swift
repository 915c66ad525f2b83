public import Foundation
public import PTCEModel

/// One value a juror gave: a mark, or an adjustment of a mixed score.
public struct JurorMark: Sendable, Hashable {
    /// The juror who gave it.
    public var juror: String
    /// The application id (its file name without `.xml`).
    public var application: String
    /// The criterion id.
    public var criterion: String
    /// The mark or adjustment.
    public var value: Decimal
    /// The call the sheet was written for (`ptce-2015`), when the sheet says.
    public var call: String?
    /// Where it was read, for messages.
    public var file: String
    /// The line where it was read.
    public var line: Int

    /// A mark from its parts.
    public init(
        juror: String, application: String, criterion: String, value: Decimal, call: String? = nil, file: String, line: Int
    ) {
        self.call = call
        self.juror = juror
        self.application = application
        self.criterion = criterion
        self.value = value
        self.file = file
        self.line = line
    }
}

/// Jurors' marks as read from their sheets, with the problems found and each sheet's digest.
public struct LoadedMarks: Sendable {
    public var marks: [JurorMark]
    public var problems: [Problem]
    /// Every sheet read, with its SHA-256, for the audit block.
    public var files: [(path: String, sha256: String)]

    public init(marks: [JurorMark], problems: [Problem], files: [(path: String, sha256: String)]) {
        self.marks = marks
        self.problems = problems
        self.files = files
    }
}
