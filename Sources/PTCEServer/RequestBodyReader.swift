import Hummingbird

/// Reads a request body within the server's limits: refused before reading when the declared
/// length is too large, stopped as soon as the bytes read pass the limit, and given up when
/// the client is too slow.
struct RequestBodyReader: Sendable {
    var maxBytes: Int
    var timeoutSeconds: Int

    /// Why a body was not read.
    enum Failure: Error, Equatable {
        case tooLarge(limit: Int)
        case tooSlow(seconds: Int)
    }

    func read(_ request: Request) async throws(Failure) -> [UInt8] {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > maxBytes {
            throw .tooLarge(limit: maxBytes)
        }
        let limit = maxBytes
        let seconds = timeoutSeconds
        let body = request.body
        do {
            return try await withThrowingTaskGroup(of: [UInt8].self) { group in
                group.addTask {
                    var bytes: [UInt8] = []
                    for try await buffer in body {
                        guard bytes.count + buffer.readableBytes <= limit else { throw Failure.tooLarge(limit: limit) }
                        bytes.append(contentsOf: buffer.readableBytesView)
                    }
                    return bytes
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(seconds))
                    throw Failure.tooSlow(seconds: seconds)
                }
                defer { group.cancelAll() }
                guard let bytes = try await group.next() else { return [] }
                return bytes
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            // The client went away or the stream broke: nothing usable was read.
            throw .tooSlow(seconds: seconds)
        }
    }
}
