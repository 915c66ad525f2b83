import Dispatch
import Synchronization

extension Parallel {
    /// `body(0) … body(count - 1)` on `threads` workers, each result handed to `consume` in
    /// input order as soon as it and all before it are done, then dropped: a batch's results are
    /// never all held at once (only those finished ahead of a slower earlier one).
    ///
    /// `consume` runs on the worker that completes the next result in order, one call at a
    /// time (under a lock), so it needs no synchronisation of its own; it should be quick
    /// (printing a line), since the workers that finish meanwhile wait for it.
    public static func forEachInOrder<T: Sendable>(
        _ count: Int, threads: Int, _ body: @Sendable (Int) -> T, consume: @Sendable (Int, T) -> Void
    ) {
        let next = Atomic<Int>(0)
        let pending = Mutex(Pending<T>())
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let value = body(index)
                pending.withLock { state in
                    state.waiting[index] = value
                    while let ready = state.waiting.removeValue(forKey: state.nextOut) {
                        consume(state.nextOut, ready)
                        state.nextOut += 1
                    }
                }
            }
        }
    }

    /// Results finished ahead of their turn, and the index to hand over next.
    private struct Pending<T>: ~Copyable {
        var waiting: [Int: T] = [:]
        var nextOut = 0
    }
}
