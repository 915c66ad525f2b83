/// A criterion held by reference: every result that decides it shares one copy, so a batch
/// keeps a pointer per result rather than the criterion's words and rules again.
final class SharedCriterion: Sendable {
    /// The criterion.
    let criterion: Criterion

    init(_ criterion: Criterion) { self.criterion = criterion }
}
