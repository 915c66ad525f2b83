import PTCEModel

extension ApplicationSummary {
    /// What an application's card reads and the ranking does not: the members' SIRENs, the
    /// project's summary, the composition, the budget path and the descriptive analysis.
    ///
    /// A summary holds them through one reference, so the copies of it a batch makes (its
    /// entry, the ranked lists) stay small, and every slimmed summary shares one empty set.
    struct Details: Sendable {
        var sirens: Set<String> = []
        var projectSummary: String?
        var composition: Composition
        var budgetPath: BudgetPath
        var analysis: DescriptiveAnalysis
    }

    /// The details behind one reference; a change makes a new box (copy on write).
    final class DetailsBox: Sendable {
        let details: Details

        init(_ details: Details) { self.details = details }

        /// What a slimmed summary keeps of the details: nothing.
        static let dropped: DetailsBox = {
            var path = BudgetPath()
            path.ownShares = []
            return DetailsBox(
                Details(
                    composition: Composition(), budgetPath: path,
                    analysis: DescriptiveAnalysis(type: nil, publicRole: nil, reasoning: Localized(fr: "", en: ""))))
        }()
    }

    /// The details, read and replaced as a whole.
    var details: Details {
        get { box.details }
        set { box = DetailsBox(newValue) }
    }
}
