import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PTCEFormats
import PTCEPipeline
import Testing
import TestSupport

@testable import PTCEServer

/// The JSON API: each endpoint, each error status.
struct APITests {
    @Test func eligibleSampleIsEligible() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check?call=2015", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/pollens-2015.xml")
            ) { response in
                #expect(response.status == .ok)
                let json = try response.json()
                let evaluations = try #require(json["evaluations"] as? [[String: Any]])
                #expect(evaluations.count == 1)
                #expect(evaluations.first?["verdict"] as? String == "eligible")
                let criteria = try #require(evaluations.first?["criteria"] as? [[String: Any]])
                #expect(!criteria.isEmpty)
                #expect(criteria.allSatisfy { $0["trace"] != nil && $0["explanation"] is String && $0["explorer"] is String })
                #expect(json["language"] as? String == "fr")
            }
        }
    }

    @Test func lateSampleIsIneligibleWithAReason() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check?lang=en", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/smac07-2015.xml")
            ) { response in
                #expect(response.status == .ok)
                let evaluation = try #require((try response.json()["evaluations"] as? [[String: Any]])?.first)
                #expect(evaluation["verdict"] as? String == "ineligible")
                let criteria = try #require(evaluation["criteria"] as? [[String: Any]])
                let failed = criteria.filter { $0["outcome"] as? String == "fail" }
                #expect(!failed.isEmpty)
                // English explanations when asked.
                #expect(evaluation["verdictLabel"] as? String == "ineligible")
            }
        }
    }

    @Test func bothCallsGiveTwoEvaluations() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check?call=all", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/pollens-2015.xml")
            ) { response in
                let evaluations = try #require(try response.json()["evaluations"] as? [[String: Any]])
                #expect(evaluations.map { $0["call"] as? String } == ["2013", "2015"])
            }
        }
    }

    @Test func acceptLanguageChoosesEnglish() async throws {
        try await withServer { client in
            var headers = xmlHeaders
            headers[.acceptLanguage] = "en-GB,en;q=0.9,fr;q=0.5"
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: headers, body: try sample("SampleApplications/pollens-2015.xml")
            ) { response in
                let json = try response.json()
                #expect(json["language"] as? String == "en")
            }
        }
    }

    @Test(arguments: ["/etc/passwd", "Criteria/ptce-2015.xml", "2016", ""])
    func unknownCallIsRefusedWithoutReadingAPath(call: String) async throws {
        try await withServer { client in
            let encoded = call.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? call
            try await client.execute(
                uri: "/api/v1/check?call=\(encoded)", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/pollens-2015.xml")
            ) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try response.json()["error"] as? [String: Any])
                #expect(error["code"] as? String == "request.unknown-call")
            }
        }
    }

    @Test func notXMLIs415() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "hello")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(response.errorCode == "request.not-xml")
            }
        }
    }

    @Test func pdfBodyIs415() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: xmlHeaders, body: try sample("Tests/HostileInputs/pdf-renamed.xml")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test func declaredTooLargeIsRefusedFromTheHeader() async throws {
        // The body is tiny: only the declared length can make the reader refuse it.
        let head = HTTPRequest(
            method: .post, scheme: "http", authority: "localhost", path: "/api/v1/check",
            headerFields: [.contentLength: "5000000", .contentType: "application/xml"])
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: "<a/>")))
        let reader = RequestBodyReader(maxBytes: 1000, timeoutSeconds: 5)
        await #expect(throws: RequestBodyReader.Failure.tooLarge(limit: 1000)) { try await reader.read(request) }
    }

    @Test func tooLargeIs413WhileReading() async throws {
        let configuration = ServerConfiguration(maxXMLBytes: 1000)
        try await withServer(configuration) { client in
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: xmlHeaders, body: try sample("SampleApplications/pollens-2015.xml")
            ) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.errorCode == "request.too-large")
            }
        }
    }

    @Test func malformedIs400WithLine() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check?lang=en", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/invalid/malformed-unclosed-tag.xml")
            ) { response in
                #expect(response.status == .badRequest)
                let error = try #require(try response.json()["error"] as? [String: Any])
                #expect(error["code"] as? String == "xml.syntax")
                let first = try #require((error["problems"] as? [[String: Any]])?.first)
                #expect(first["line"] as? Int == 14)
                #expect((first["message"] as? String)?.contains("<summary>") == true)
            }
        }
    }

    @Test func schemaErrorIs422WithExample() async throws {
        try await withServer { client in
            try await client.execute(
                uri: "/api/v1/check", method: .post, headers: xmlHeaders,
                body: try sample("SampleApplications/invalid/date-without-timezone.xml")
            ) { response in
                #expect(response.status == .unprocessableContent)
                let error = try #require(try response.json()["error"] as? [String: Any])
                let first = try #require((error["problems"] as? [[String: Any]])?.first)
                #expect(first["line"] as? Int == 10)
                #expect(first["example"] as? String == "2015-06-20T10:00:00+02:00")
            }
        }
    }

    @Test func callsCriteriaAndFacts() async throws {
        try await withServer { client in
            try await client.execute(uri: "/api/v1/calls", method: .get) { response in
                #expect(response.status == .ok)
                let calls = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect(calls?.map { $0["id"] as? String } == ["2013", "2015"])
            }
            try await client.execute(uri: "/api/v1/calls/2015/criteria?lang=en", method: .get) { response in
                #expect(response.status == .ok)
                let criteria = try #require(try response.json()["criteria"] as? [[String: Any]])
                #expect(criteria.count == (try PTCEEngineCalls.criteriaCount("2015")))
                #expect(criteria.allSatisfy { ($0["rule"] as? [Any])?.isEmpty == false })
            }
            try await client.execute(uri: "/api/v1/calls/1999/criteria", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/facts", method: .get) { response in
                let facts = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect(facts?.count == PTCEEngineCalls.factCount)
                #expect(facts?.allSatisfy { ($0["location"] as? String)?.hasPrefix("/application") == true } == true)
            }
        }
    }

    @Test func unknownAPIPathIsJSON404() async throws {
        try await withServer { client in
            try await client.execute(uri: "/api/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.errorCode == "request.not-found")
            }
        }
    }

    @Test func securityHeadersOnEveryAnswer() async throws {
        try await withServer { client in
            for uri in ["/", "/en/", "/api/v1/facts", "/static/style.css", "/nothing"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("script-src 'self'"), "\(uri)")
                    #expect(!policy.contains("unsafe-inline"), "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
                }
            }
        }
    }
}
