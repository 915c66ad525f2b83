import Foundation

/// Blocking work (a batch spread over worker threads) run from async code on a thread of its
/// own, so that it never occupies a thread of Swift's cooperative pool, which a server needs
/// for its requests.
enum OwnThread {
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}
