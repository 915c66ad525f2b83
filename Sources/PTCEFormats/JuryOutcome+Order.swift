public import PTCEEngine

extension JuryOutcome {
    /// The consensus with anonymised labels numbered in the order of a SHA-256 of the jurors'
    /// ids, not their alphabetical order, so that "juror 3" does not give away which id it is.
    public init(
        sheets: LoadedMarks, jurors: [Juror], summaries: [ApplicationSummary], criteria: CriteriaFile,
        settings: JurySettings
    ) {
        let order = jurors.map(\.id).sorted { (sha256Hex(Array($0.utf8)), $0) < (sha256Hex(Array($1.utf8)), $1) }
        self.init(sheets: sheets, jurors: jurors, summaries: summaries, criteria: criteria, settings: settings, jurorOrder: order)
    }
}
