import PTCEModel

/// The diff as a table (subject, what, before, after, criteria affected), shared by the diff's
/// Markdown and the comparison report's "why" section.
struct DiffTable {
    let words: DiffRows

    var table: ComparisonTable {
        let language = words.language
        let empty = ComparisonLabel.noDifference(language)
        return ComparisonTable(
            headers: [
                ComparisonLabel.subject(language), ComparisonLabel.what(language), ComparisonLabel.before(language),
                ComparisonLabel.after(language), ComparisonLabel.affects(language),
            ],
            rows: words.rows.map { [$0.subject, $0.aspect, $0.before, $0.after, $0.affects] }, empty: empty)
    }
}
