import PTCEModel

/// Writes rows with every text cell made inert for spreadsheets: control characters and
/// bidirectional overrides are shown visibly (``VisibleText``), and a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that an
/// applicant's name can never run as a formula (CSV injection).
public struct SafeRows {
    public let writer: ChunkedCSV

    public init(writer: ChunkedCSV) { self.writer = writer }

    public func write(row: [String]) throws {
        try writer.write(row: row.map(SafeRows.neutralise))
    }

    public static func neutralise(_ text: String) -> String {
        let cell = VisibleText.escape(text, lineBreaks: true)
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
