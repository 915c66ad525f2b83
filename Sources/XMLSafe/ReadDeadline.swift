#if canImport(Glibc)
    internal import Glibc
#endif

/// The one time limit for the whole read of a file: screen, parse, schema validation and copy
/// (or in-place reading).
///
/// Checked at every place the reader gets control back: after the screen, in libxml2's input
/// callback (every 4 KB it consumes, even inside one start tag), in each element and text
/// callback, between parse and validation, after validation, and while copying the tree or
/// reading it in place.
/// What libxml2 does between two checks is bounded by the screen and the limits (see
/// ``InputScreen`` and ``XMLLimits``), so an input cannot outrun the deadline by more than that.
final class ReadDeadline {
    /// Where the deadline was checked; a refusal for time names the first checkpoint that
    /// found it passed.
    enum Checkpoint: Int, Sendable, Hashable, CaseIterable {
        /// After the byte screen, before libxml2 sees anything.
        case screened
        /// libxml2 asked for more input (inside a tag, a text or a comment as well).
        case input
        /// An element start or a run of text, reported by the SAX layer.
        case parsing
        /// Parsed, before schema validation.
        case parsed
        /// Validated, before the tree is copied.
        case validated
        /// While the tree is copied into Swift values.
        case copying
        /// While the tree is read in place (``XMLNodeView``), at each navigation step.
        case decoding

        /// Checked once per element or run of text: the clock is read at the first check and
        /// every ``ReadDeadline/clockInterval``-th one after it.
        var isFrequent: Bool { self == .parsing || self == .copying || self == .decoding }
    }

    /// How often a frequent checkpoint reads the clock. Reading it at every element and every
    /// run of text was 7 % of a read; between two readings libxml2 handles at most this many
    /// elements or texts, each bounded by the limits (``XMLLimits``), so the deadline still
    /// holds within microseconds.
    static let clockInterval = 16

    /// What the deadline measures: elapsed time (the reader's), or the CPU time of the reading
    /// thread (tests on a loaded machine: what the input costs, whatever else runs).
    enum Measure: Sendable {
        case wall
        case threadCPU
    }

    let budget: Duration
    let measure: Measure
    private let started: ContinuousClock.Instant
    private let startedCPU: Duration
    /// For tests: pretend the deadline passed at the `expireAfter`-th check made at this checkpoint.
    private let expireAt: Checkpoint?
    private let expireAfter: Int
    /// The checkpoint that found the deadline passed, if any.
    private(set) var expiredAt: Checkpoint?
    /// How many times the deadline was checked at each checkpoint, by ``Checkpoint/rawValue``.
    private var counts = [Int](repeating: 0, count: Checkpoint.allCases.count)

    /// How many times the deadline was checked at each checkpoint checked at least once.
    var checks: [Checkpoint: Int] {
        var result: [Checkpoint: Int] = [:]
        for checkpoint in Checkpoint.allCases where counts[checkpoint.rawValue] > 0 {
            result[checkpoint] = counts[checkpoint.rawValue]
        }
        return result
    }

    init(seconds: Double, measure: Measure = .wall, expireAt: Checkpoint? = nil, after expireAfter: Int = 1) {
        budget = .milliseconds(Int((seconds * 1000).rounded()))
        self.measure = measure
        started = .now
        startedCPU = measure == .threadCPU ? Self.threadCPUTime() : .zero
        self.expireAt = expireAt
        self.expireAfter = expireAfter
    }

    /// Time spent since the read started, as ``measure`` says.
    var elapsed: Duration {
        switch measure {
        case .wall: ContinuousClock.now - started
        case .threadCPU: Self.threadCPUTime() - startedCPU
        }
    }

    private static func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// True once the budget is spent; remembers where that was first seen.
    func passed(at checkpoint: Checkpoint) -> Bool {
        if expiredAt != nil { return true }
        counts[checkpoint.rawValue] += 1
        let count = counts[checkpoint.rawValue]
        if checkpoint == expireAt && count == expireAfter {
            expiredAt = checkpoint
            return true
        }
        if checkpoint.isFrequent, count % Self.clockInterval != 1 { return false }
        if elapsed > budget {
            expiredAt = checkpoint
            return true
        }
        return false
    }
}
