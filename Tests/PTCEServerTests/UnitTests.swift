import Foundation
import HTTPTypes
import Hummingbird
import PTCEModel
import PTCEFormats
import PTCEPipeline
import Testing
import TestSupport
import XMLSafe

@testable import PTCEServer

struct EditDistanceTests {
    @Test(arguments: [
        ("gmbh", ["association", "sa", "sarl"], nil as String?),
        ("asociation", ["association", "foundation"], "association"),
        ("legalFrom", ["legalForm", "name"], "legalForm"),
        ("sas", ["sas", "sa"], "sa"),
    ])
    func suggestion(word: String, candidates: [String], expected: String?) {
        #expect(EditDistance.suggestion(for: word, among: candidates) == expected)
    }

    @Test func distance() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
    }
}

struct SchemaVocabularyTests {
    @Test func readsTheSchema() {
        let vocabulary = SchemaVocabulary.application
        #expect(vocabulary.elements.contains("submittedAt"))
        #expect(vocabulary.allowedValues(for: "legalForm")?.contains("association") == true)
        #expect(vocabulary.example(for: "submittedAt") == "2015-06-20T10:00:00+02:00")
        #expect(vocabulary.example(for: "requestedAmount") == "150000.00")
    }
}

struct ProblemExplainerTests {
    func problems(_ path: String) throws -> [ExplainedProblem] {
        let outcome = PTCEEngineSelfCheck.check(try Repository.bytes(path))
        return outcome.map(ProblemExplainer().explain)
    }

    @Test func misspeltElementGetsASuggestion() throws {
        let bytes = Array(
            try String(contentsOfFile: Repository.path("SampleApplications/pollens-2015.xml"), encoding: .utf8)
                .replacingOccurrences(of: "<requestedAmount>", with: "<requestedAmont>")
                .replacingOccurrences(of: "</requestedAmount>", with: "</requestedAmont>").utf8)
        let first = try #require(PTCEEngineSelfCheck.check(bytes).map(ProblemExplainer().explain).first)
        #expect(first.suggestion == "requestedAmount")
        #expect(first.message.en.contains("no element <requestedAmont>"))
    }

    @Test func misspeltCodeGetsASuggestion() throws {
        let bytes = Array(
            try String(contentsOfFile: Repository.path("SampleApplications/pollens-2015.xml"), encoding: .utf8)
                .replacingOccurrences(of: "<legalForm>association</legalForm>", with: "<legalForm>asociation</legalForm>").utf8)
        let first = try #require(PTCEEngineSelfCheck.check(bytes).map(ProblemExplainer().explain).first)
        #expect(first.suggestion == "association")
        #expect(first.example == "association")
    }

    @Test(arguments: [
        ("SampleApplications/invalid/date-without-timezone.xml", 10, "2015-06-20T10:00:00+02:00"),
        ("SampleApplications/invalid/money-three-decimals.xml", 13, "150000.00"),
        ("SampleApplications/invalid/bad-siren-check-digit.xml", 18, "732829320"),
        ("SampleApplications/invalid/malformed-unclosed-tag.xml", 14, "<summary>…</summary>"),
    ])
    func exampleAndLine(path: String, line: Int, example: String) throws {
        let first = try #require(try problems(path).first)
        #expect(first.line == line)
        #expect(first.example == example)
    }

    @Test(arguments: [
        "SampleApplications/invalid/date-without-timezone.xml", "SampleApplications/invalid/missing-name.xml",
        "SampleApplications/invalid/money-three-decimals.xml", "SampleApplications/invalid/unknown-legal-form.xml",
        "SampleApplications/invalid/wrong-namespace.xml", "SampleApplications/invalid/malformed-unclosed-tag.xml",
    ])
    func noLibXMLWording(path: String) throws {
        for problem in try problems(path) {
            for text in [problem.message.fr, problem.message.en] {
                #expect(!text.contains("[facet") && !text.contains("Element '") && !text.contains("xmlParse"), "\(text)")
            }
        }
    }
}

struct FormDataTests {
    @Test func multipartFields() throws {
        let (headers, body) = PageTests.multipart(file: Array("<a/>".utf8), name: "f.xml", call: "2013")
        let form = try #require(FormData.parse(Array(buffer: body), contentType: headers[.contentType] ?? ""))
        #expect(form.part("file")?.fileName == "f.xml")
        #expect(form.part("file")?.bytes == Array("<a/>".utf8))
        #expect(form.text("call") == "2013")
        #expect(form.text("xml") == "")
    }

    @Test func urlEncoded() throws {
        let form = try #require(
            FormData.parse(Array("xml=%3Ca%2F%3E&call=all".utf8), contentType: "application/x-www-form-urlencoded"))
        #expect(form.text("xml") == "<a/>")
        #expect(form.text("call") == "all")
        #expect(FormData.parse([], contentType: "text/plain") == nil)
    }
}

struct LineFinderTests {
    @Test func findsTheElementAlongThePath() {
        let xml = Array(
            "<application>\n<members>\n<member>\n<legalForm>x</legalForm>\n</member>\n</members>\n<carrier>\n<legalForm>y</legalForm>\n</carrier>\n</application>"
                .utf8)
        #expect(LineFinder.find("/application/carrier/legalForm", in: xml)?.line == 8)
        #expect(LineFinder.find("/application/members/member/legalForm, ess", in: xml)?.line == 4)
        #expect(LineFinder.find("/application/territory/qpv", in: xml)?.element == "application")
    }
}

struct CheckGateTests {
    @Test func refusesWhenEveryWorkerIsBusyAndTheQueueIsFull() async throws {
        let gate = CheckGate(capacity: 1, queueLimit: 0)
        let release = DispatchSemaphore(value: 0)
        let first = Task { try await gate.run { release.wait() } }
        while await gate.load.running == 0 { await Task.yield() }
        await #expect(throws: CheckGate.Busy.self) { try await gate.run { () } }
        release.signal()
        try await first.value
        #expect(await gate.load.running == 0)
        // Free again: the next check runs.
        #expect(try await gate.run { 42 } == 42)
    }
}

struct CheckServiceTests {
    /// The service evaluates with the criteria loaded at start, never by re-reading a file:
    /// a catalog holding only 2013 gives one evaluation for `all`.
    @Test func usesTheLoadedCriteriaOnly() async throws {
        let full = try CallCatalog.load()
        let only2013 = CallCatalog(calls: full.calls.filter { $0.year == "2013" })
        let service = CheckService(catalog: only2013, gate: CheckGate(capacity: 1, queueLimit: 1))
        let bytes = try Repository.bytes("SampleApplications/pollens-2015.xml")
        let all = try await service.check(bytes: bytes, name: "p.xml", call: "all")
        #expect(all.outcome.evaluations.map(\.callID) == only2013.calls.map(\.file.call.id))
        let declared = try await service.check(bytes: bytes, name: "p.xml", call: nil)
        #expect(declared.outcome.evaluations.isEmpty)
        #expect(declared.problems.first?.code == "input.unreadable")
    }
}
