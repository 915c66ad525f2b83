import Dispatch
import Synchronization

/// Work spread over worker threads, results in input order whatever the scheduling.
public enum Parallel {
    /// `body(0) … body(count - 1)` on `threads` workers taking the next index as they finish
    /// the last; `done` is told how many are finished (from worker threads).
    public static func map<T: Sendable>(
        _ count: Int, threads: Int, done: (@Sendable (Int) -> Void)? = nil, _ body: @Sendable (Int) -> T
    ) -> [T] {
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        let finished = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let result = body(index)
                results.withLock { $0[index] = result }
                done?(finished.add(1, ordering: .relaxed).newValue)
            }
        }
        return results.withLock { results in
            defer { results = [] }
            return results.map { $0! }
        }
    }
}
