import Dispatch

/// Bounds the evaluations running at once and the ones waiting, and runs each one on a
/// Dispatch worker — off NIO's event loops and off Swift's cooperative pool, which a
/// CPU-bound check would otherwise hold.
///
/// A request that finds every worker busy and the queue full is refused at once (503)
/// rather than waiting without bound.
actor CheckGate {
    private let capacity: Int
    private let queueLimit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private let queue = DispatchQueue(label: "ptce.checks", attributes: .concurrent)

    init(capacity: Int, queueLimit: Int) {
        self.capacity = capacity
        self.queueLimit = queueLimit
    }

    /// Thrown when every worker is busy and the queue is full.
    struct Busy: Error {}

    /// Runs `work` on a worker when one is free; throws ``Busy`` if too many already wait.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        if running >= capacity {
            guard waiting.count < queueLimit else { throw Busy() }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer { release() }
        return await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    /// Hands the worker slot to the next waiting check, or frees it.
    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// Checks running and waiting (for tests and the status line).
    var load: (running: Int, waiting: Int) { (running, waiting.count) }
}
