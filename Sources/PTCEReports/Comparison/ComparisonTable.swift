/// A table of words, already in the report's language: headers, rows, and what to say when
/// there is no row. The comparison report and the criteria diff are sections of these.
struct ComparisonTable {
    var headers: [String]
    var rows: [[String]]
    /// Shown instead of the table when it has no row.
    var empty: String
    /// Columns (by index) holding numbers, right-aligned in HTML.
    var numeric: Set<Int> = []
}
