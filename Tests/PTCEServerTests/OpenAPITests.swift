import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PTCEFormats
import PTCEPipeline
import Testing
import TestSupport

@testable import PTCEServer

/// The OpenAPI document stays true: every path it lists answers, and the JSON the server
/// sends has exactly the properties its schemas declare.
struct OpenAPITests {
    static var document: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(PackageResources.openapi_json))) as? [String: Any] ?? [:]
    }

    static var schemas: [String: [String: Any]] {
        ((document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]]) ?? [:]
    }

    /// Checks `object` against the schema `name`: required keys present, no key undeclared;
    /// nested references followed.
    static func conform(_ object: Any, to name: String, at path: String = "") {
        guard let schema = schemas[name] else {
            Issue.record("no schema \(name)")
            return
        }
        guard let object = object as? [String: Any] else {
            Issue.record("\(path): not an object for \(name)")
            return
        }
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            Issue.record("\(path).\(key): required by \(name), missing")
        }
        for (key, value) in object {
            guard let property = properties[key] else {
                Issue.record("\(path).\(key): not declared in \(name)")
                continue
            }
            if let reference = property["$ref"] as? String {
                Self.conform(value, to: String(reference.split(separator: "/").last ?? ""), at: "\(path).\(key)")
            } else if let items = property["items"] as? [String: Any], let reference = items["$ref"] as? String,
                let array = value as? [Any]
            {
                for (index, item) in array.enumerated() {
                    Self.conform(item, to: String(reference.split(separator: "/").last ?? ""), at: "\(path).\(key)[\(index)]")
                }
            }
        }
    }

    @Test func documentIsServedAsWritten() async throws {
        try await withServer { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let served = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(served?["openapi"] as? String == "3.0.3")
            }
        }
    }

    @Test func everyGetPathAnswers() async throws {
        let paths = try #require(Self.document["paths"] as? [String: [String: Any]])
        let gets = paths.filter { $0.value["get"] != nil }.map(\.key)
        #expect(gets.count == 4)
        try await withServer { client in
            for path in gets {
                try await client.execute(uri: path.replacingOccurrences(of: "{id}", with: "2015"), method: .get) { response in
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }

    @Test func repliesMatchTheirSchemas() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check?call=all", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/smac07-2015.xml")
            ) { response in
                Self.conform(try response.json(), to: "CheckReply")
            }
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/invalid/unknown-legal-form.xml")
            ) { response in
                Self.conform(try response.json(), to: "ErrorBody")
            }
            try await client.execute(uri: "/api/v1/calls/2013/criteria", method: .get) { response in
                Self.conform(try response.json(), to: "CallCriteria")
            }
            try await client.execute(uri: "/api/v1/facts", method: .get) { response in
                let facts = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [Any] ?? []
                for fact in facts { Self.conform(fact, to: "FactSummary") }
            }
        }
    }

    @Test func checkStatusesAreDocumented() throws {
        let paths = try #require(Self.document["paths"] as? [String: [String: Any]])
        let post = try #require(paths["/api/v1/check"]?["post"] as? [String: Any])
        let statuses = Set((post["responses"] as? [String: Any] ?? [:]).keys)
        #expect(statuses.isSuperset(of: ["200", "400", "413", "415", "422", "503"]))
    }
}
