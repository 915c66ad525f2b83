import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PTCEFormats
import PTCEPipeline
import Testing
import TestSupport

@testable import PTCEServer

/// The hostile corpus posted to the API: every file refused with the reason and line the CLI
/// gives (`Tests/HostileInputs/expected.tsv`), and the server still answering afterwards.
struct HostileInputTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var line: Int
        var english: String
        var french: String
        var description: String { file }
    }

    static let expected: [Expected] = {
        let text = (try? String(contentsOfFile: Repository.path("Tests/HostileInputs/expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, let line = Int(fields[1]) else { return nil }
            return Expected(file: fields[0], line: line, english: fields[2], french: fields[3])
        }
    }()

    @Test func corpusIsListed() {
        // Every file of the corpus has its expectation (a file added without one fails here).
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path("Tests/HostileInputs"))) ?? []
        let xml = Set(files.filter { $0.hasSuffix(".xml") })
        #expect(!xml.isEmpty)
        #expect(xml.subtracting(Self.accepted) == Set(Self.expected.map(\.file)))
    }

    @Test(arguments: expected)
    func refusedWithItsReason(_ expected: Expected) async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: xmlHeaders, body: try sample("Tests/HostileInputs/\(expected.file)")
            ) { response in
                #expect([400, 415, 422].contains(Int(response.status.code)), "\(expected.file): \(response.status)")
                let error = try #require(try response.json()["error"] as? [String: Any])
                let problems = try #require(error["problems"] as? [[String: Any]])
                let first = try #require(problems.first)
                #expect(first["line"] as? Int == expected.line, "\(expected.file)")
                #expect((first["code"] as? String)?.isEmpty == false)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// The files of the corpus that are valid applications (UTF-16 with a byte-order mark, texts
    /// over several paragraphs, a long summary that is not blank): the API evaluates them.
    static let accepted: Set<String> = ["utf16-with-bom.xml", "multiline-summary.xml", "regex-stress-fail.xml"]

    @Test(arguments: accepted.sorted())
    func acceptedFilesAreEvaluated(_ file: String) async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: xmlHeaders, body: try sample("Tests/HostileInputs/\(file)")
            ) { response in
                #expect(response.status == .ok, "\(file): \(response.status)")
            }
        }
    }

    /// Giants generated here rather than committed, each with the code it must be refused with.
    static let giants: [(name: String, bytes: [UInt8], code: String)] = {
        let head =
            #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<application xmlns="urn:x-ptce:application:1" call="2015">"#
        let deep = head + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</application>"
        let attributes = head + "<a " + (0..<5_000).map { "x\($0)=\"1\"" }.joined(separator: " ") + "/></application>"
        let many = head + String(repeating: "<a/>", count: 100_000) + "</application>"
        return [
            ("deep", Array(deep.utf8), "policy.too-deep"),
            ("attributes", Array(attributes.utf8), "policy.too-many-attributes"),
            ("many-elements", Array(many.utf8), "policy.too-many-elements"),
        ]
    }()

    @Test func generatedGiantsAreRefusedByTheirLimit() async throws {
        try await withServer { client in
            for giant in Self.giants {
                try await client.execute(
                    uri: "/api/v1/check", method: .post, headers: xmlHeaders, body: ByteBuffer(bytes: giant.bytes)
                ) { response in
                    #expect(response.status == .badRequest, "\(giant.name)")
                    let error = try #require(try response.json()["error"] as? [String: Any])
                    #expect(error["code"] as? String == giant.code, "\(giant.name)")
                }
            }
            // Larger than the XML limit (4 MiB): 413, never parsed.
            let huge = ByteBuffer(repeating: UInt8(ascii: "x"), count: 5 * 1024 * 1024)
            try await client.execute(uri: "/api/v1/check", method: .post, headers: xmlHeaders, body: huge) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
