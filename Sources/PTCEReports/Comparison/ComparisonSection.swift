/// A titled part of the comparison report: a table, with an anchor for the contents.
struct ComparisonSection {
    var id: String
    var title: String
    var table: ComparisonTable
}
