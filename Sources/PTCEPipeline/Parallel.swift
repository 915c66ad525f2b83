import Dispatch
import Synchronization
import PTCEModel
import PTCEEngine
import PTCEFormats
import PTCEReports

/// Work spread over worker threads, results in input order whatever the scheduling.
public enum Parallel {
    /// `body(0) … body(count - 1)` on `threads` workers taking the next index as they finish
    /// the last; `done` is told how many are finished (from worker threads).
    ///
    /// Each result is written straight into its place in the returned array: a batch of
    /// 10,000 summaries is never held twice.
    public static func map<T: Sendable>(
        _ count: Int, threads: Int, done: (@Sendable (Int) -> Void)? = nil, _ body: @Sendable (Int) -> T
    ) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress)
            let next = Atomic<Int>(0)
            let finished = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < count else { return }
                    slots.put(body(index), at: index)
                    done?(finished.add(1, ordering: .relaxed).newValue)
                }
            }
            // `concurrentPerform` returns once every worker has: every index is written.
            initialized = count
        }
    }

    /// The array's uninitialised storage, shared by the workers. Each index is taken by exactly
    /// one worker (the atomic counter), so no two threads write the same slot, and the lock
    /// orders the writes before the array is returned.
    private final class Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>?
        let lock = Mutex(())

        init(base: UnsafeMutablePointer<T>?) { self.base = base }

        func put(_ value: T, at index: Int) {
            lock.withLock { _ in (base! + index).initialize(to: value) }
        }
    }
}
