import PTCEFormats
import PTCEPipeline
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestSupport

@testable import PTCEServer

/// Runs `body` against the server's router, in process (no socket).
func withServer<T: Sendable>(
    _ configuration: ServerConfiguration = ServerConfiguration(), _ body: @Sendable (any TestClientProtocol) async throws -> T
) async throws -> T {
    let application = try PTCEServer.application(configuration: configuration)
    return try await application.test(.router) { client in try await body(client) }
}

/// A repository file's bytes as a request body.
func sample(_ path: String) throws -> ByteBuffer { ByteBuffer(bytes: try Repository.bytes(path)) }

extension TestResponse {
    /// The body decoded as JSON.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: body))
        return object as? [String: Any] ?? [:]
    }

    var text: String { String(buffer: body) }

    /// The `error.code` of a JSON error answer, or nil.
    var errorCode: String? { ((try? json())?["error"] as? [String: Any])?["code"] as? String }
}

let xmlHeaders: HTTPFields = [.contentType: "application/xml"]
