import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PTCEEngine
import PTCEFormats
import PTCEModel
import PTCEPipeline
import Testing
import TestSupport

@testable import PTCEServer

/// The fill-in form (`/remplir`, `/en/fill`) without a browser: reading the form, writing the
/// file, the verdict, "what is still missing", edits without a script, load and download.
struct FillPageTests {
    /// A multipart body with `pairs` as fields, and optionally a file part named `load`.
    static func multipart(_ pairs: [(name: String, value: String)], file: [UInt8]? = nil) -> (HTTPFields, ByteBuffer) {
        let boundary = "----ptceFillBoundary9xQ"
        var body = [UInt8]()
        for (name, value) in pairs {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"load\"; filename=\"sample.xml\"\r\nContent-Type: text/xml\r\n\r\n"
                    .utf8)
            body += file + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    /// The page's service, without a socket.
    static func page() throws -> FillPage {
        let catalog = try CallCatalog.load()
        let service = CheckService(catalog: catalog, gate: CheckGate(capacity: 2, queueLimit: 16))
        return FillPage(
            service: service, renderer: try PageRenderer(calls: catalog.calls.map(\.year)),
            reader: RequestBodyReader(maxBytes: 1 << 22, timeoutSeconds: 30))
    }

    static let samples = ApplicationEncoderSamples.readable

    static func load(_ name: String) throws -> PTCEModel.Application {
        try ApplicationLoader.standard().load(path: Repository.path("SampleApplications/\(name)"))
    }

    static func withoutLines(_ application: PTCEModel.Application) -> PTCEModel.Application {
        var copy = application
        copy.members = copy.members?.map { member in
            var member = member
            member.line = 0
            return member
        }
        return copy
    }

    // MARK: Reading and writing the form

    /// Every sample, put into the form and read back, is the same application.
    @Test(arguments: samples) func formRoundTrip(_ name: String) throws {
        let application = try Self.load(name)
        let draft = FillDraft(application: application)
        let (read, errors) = FillReader.read(draft)
        #expect(errors.isEmpty, "\(errors)")
        #expect(Self.withoutLines(read) == Self.withoutLines(application))
        // And through the posted fields, as the browser sends them.
        let posted = FillDraft(
            form: FormData(parts: draft.posted.map { FormData.Part(name: $0.name, fileName: nil, bytes: Array($0.value.utf8)) }))
        #expect(Self.withoutLines(FillReader.read(posted).application) == Self.withoutLines(application))
    }

    @Test func sirenCheckDigitIsAnErrorOnItsField() throws {
        var draft = FillDraft()
        draft.values["name"] = ["Pôle"]
        draft.apply(.add(kind: "member", parent: nil))
        let key = try #require(draft.rows("member").first?.key)
        draft.rows["member"]![0].values["member.name"] = ["Asso"]
        draft.rows["member"]![0].values["member.siren"] = ["901001009"]
        let (application, errors) = FillReader.read(draft)
        #expect(errors["f-member-\(key)-siren"]?.code == "fill.siren-check-digit")
        #expect(application.members?.first?.siren == nil)
        draft.rows["member"]![0].values["member.siren"] = ["901 001 008"]
        #expect(FillReader.read(draft).errors.isEmpty)
        #expect(FillReader.read(draft).application.members?.first?.siren == "901001008")
    }

    @Test(arguments: [
        ("150000", "150000"), ("150 000,50", "150000.5"), ("0.05", "0.05"), ("1,234", nil), ("-3", nil), ("1000000000", nil),
        ("12a", nil),
    ])
    func amounts(_ text: String, _ expected: String?) {
        #expect(FillValue.amount(text).ok.map(ApplicationEncoder.text) == expected)
    }

    @Test func budgetBalanceAndRequestAreCheckedOnTheirFields() {
        var draft = FillDraft()
        draft.values["requestedAmount"] = ["1000"]
        draft.rows["year"]![0].values["year.costs"] = ["500"]
        draft.apply(.add(kind: "resource", parent: "1"))
        let resource = draft.rows["year"]![0].children["resource"]![0].key
        draft.rows["year"]![0].children["resource"]![0].values = [
            "resource.source": ["call-request"], "resource.amount": ["400"],
        ]
        let errors = FillReader.read(draft).errors
        #expect(errors["f-year-1-costs"]?.code == "fill.budget-unbalanced")
        #expect(errors["f-requestedAmount"]?.code == "fill.request-mismatch")
        #expect(errors["f-resource-\(resource)-amount"] == nil)
    }

    @Test func editsWithoutAScript() {
        var draft = FillDraft()
        let first = draft.apply(.add(kind: "member", parent: nil))
        let second = draft.apply(.add(kind: "member", parent: nil))
        #expect(draft.rows("member").map { $0.value("member.id") } == ["m1", "m2"])
        draft.apply(FillDraft.Edit("up:member:\(second!)")!)
        #expect(draft.rows("member").map(\.key) == [second, first])
        draft.apply(FillDraft.Edit("remove:member:\(second!)")!)
        #expect(draft.rows("member").map(\.key) == [first])
        #expect(FillDraft.Edit("remove:year:1") == nil)
        #expect(FillDraft.Edit("add:nothing") == nil)
    }

    // MARK: What is still missing

    /// From an empty form, answering the questions in the order given — each time copying the
    /// answer from an eligible sample — ends on a decided verdict, never more than a handful
    /// of questions shown, most criteria first.
    @Test(arguments: ["pollens-2015.xml", "tetris-2015.xml", "le-phares-2013.xml"]) func answeringTheQuestionsDecides(
        _ name: String
    ) async throws {
        let page = try Self.page()
        let full = FillDraft(application: try Self.load(name))
        var current = FillDraft()
        current.values["call"] = full.values["call"]
        var answered: Set<String> = []
        var last: FillPage.Outcome?
        for _ in 0..<300 {
            let outcome = try await page.outcome(of: current)
            last = outcome
            guard !outcome.questions.isEmpty else { break }
            let counts = outcome.questions.map(\.criteria.count)
            #expect(counts == counts.sorted(by: >), "most criteria first")
            #expect(outcome.questions.allSatisfy { !answered.contains($0.target) }, "a question answered is asked again")
            // The first question the sample answers; one it leaves blank is passed over, as an
            // applicant would.
            var progressed = false
            for question in outcome.questions {
                let before = current
                Self.answer(question, from: full, into: &current)
                if current != before {
                    answered.insert(question.target)
                    progressed = true
                    break
                }
            }
            guard progressed else { break }
        }
        let evaluation = try #require(last?.evaluation)
        let expected = try #require(SelfCheck.check(bytes: try Repository.bytes("SampleApplications/\(name)")).evaluations.first)
        #expect(evaluation.status == expected.status, "\(evaluation.results.filter { $0.outcome != .pass }.map(\.id))")
        #expect(last?.questions.isEmpty == true)
        #expect(answered.count > 3)
    }

    /// The empty form asks few questions at a time and starts with the members.
    @Test func emptyFormAsksAHandful() async throws {
        let outcome = try await Self.page().outcome(of: FillDraft())
        #expect(outcome.evaluation?.status == .incomplete)
        #expect(outcome.questions.count > FillQuestions.shown)
        #expect(outcome.questions.first?.target == "add-member")
        let html = FillView(outcome: outcome, language: .fr, catalog: try CallCatalog.load()).context()
        let shown = (html["verdict"] as? [String: Any])?["questions"] as? [[String: Any]]
        #expect(shown?.count == FillQuestions.shown)
    }

    /// Copies the answer to `question` from `full`: a field's value, or the rows an "add"
    /// button stands for (a member with only its id and name, so its kind is asked next).
    static func answer(_ question: FillQuestions.Question, from full: FillDraft, into current: inout FillDraft) {
        if question.field.hasPrefix("add:") {
            let kind = String(question.field.dropFirst(4))
            if kind == "resource", let key = question.rowKey,
                let index = current.rows["year"]?.firstIndex(where: { $0.key == key })
            {
                current.rows["year"]![index].children["resource"] =
                    full.rows("year").first { $0.key == key }?.children["resource"]
                return
            }
            current.rows[kind] = full.rows(kind).map { row in
                guard kind == "member" else { return row }
                var bare = FillDraft.Row(key: row.key)
                for name in ["member.id", "member.name"] { bare.values[name] = row.values[name] }
                return bare
            }
            return
        }
        guard let key = question.rowKey else {
            current.values[question.field] = full.values[question.field]
            return
        }
        let kind = String(question.field.split(separator: ".")[0])
        if kind == "resource" {
            for (y, year) in full.rows("year").enumerated() {
                guard let source = year.children["resource"]?.first(where: { $0.key == key }) else { continue }
                if let r = current.rows["year"]![y].children["resource"]?.firstIndex(where: { $0.key == key }) {
                    current.rows["year"]![y].children["resource"]![r].values[question.field] = source.values[question.field]
                }
            }
            return
        }
        guard let source = full.rows(kind).first(where: { $0.key == key }),
            let index = current.rows[kind]?.firstIndex(where: { $0.key == key })
        else { return }
        current.rows[kind]![index].values[question.field] = source.values[question.field]
    }

    // MARK: Over HTTP

    @Test func pagesInBothLanguages() async throws {
        try await withServer { client in
            for (uri, lang) in [("/remplir", "fr"), ("/en/fill", "en")] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let page = response.text
                    #expect(page.contains(#"<html lang="\#(lang)">"#))
                    #expect(page.contains(#"id="fill""#) && page.contains(#"id="verdict""#))
                    #expect(page.contains(#"<label for="f-name">"#))
                    #expect(page.contains(#"aria-describedby="f-submittedAt-hint f-submittedAt-error""#))
                    #expect(page.contains(#"<template id="tpl-member">"#))
                    #expect(page.contains(#"src="/static/fill.js""#))
                    #expect(!page.contains("http://") && !page.contains("https://"))
                    #expect(!page.contains("<style") && !page.contains("style=") && !page.contains("<script>"))
                }
            }
            try await client.execute(uri: "/static/fill.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/javascript") == true)
            }
        }
    }

    /// Loading each sample, then downloading it, gives a file that `ptce check` reads with the
    /// same verdict and total as the sample itself.
    @Test(arguments: samples) func loadThenDownload(_ name: String) async throws {
        let bytes = try Repository.bytes("SampleApplications/\(name)")
        let expected = SelfCheck.check(bytes: bytes, name: name).evaluations.first
        try await withServer { client in
            let (headers, body) = Self.multipart([("op", "load")], file: bytes)
            let loaded = try await client.execute(uri: "/remplir", method: .post, headers: headers, body: body) { $0.text }
            #expect(loaded.contains(#"id="notice""#))
            #expect(loaded.contains(#"data-status="\#(expected?.status.rawValue ?? "")""#))
            let draft = FillDraft(application: try Self.load(name))
            let (h2, b2) = Self.multipart(draft.posted.map { ($0.name, $0.value) } + [("op", "download")])
            try await client.execute(uri: "/remplir", method: .post, headers: h2, body: b2) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition]?.contains("candidature.xml") == true)
                let again = SelfCheck.check(
                    bytes: response.body.getBytes(at: 0, length: response.body.readableBytes) ?? [], name: "candidature.xml")
                #expect(again.problems.isEmpty)
                #expect(again.evaluations.first?.status == expected?.status)
                #expect(again.evaluations.first?.total == expected?.total)
            }
        }
    }

    @Test func downloadIsRefusedWhileFieldsAreWrong() async throws {
        try await withServer { client in
            let (headers, body) = Self.multipart([("name", ""), ("@member", "k1"), ("member.id", "m1"), ("op", "download")])
            try await client.execute(uri: "/remplir", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let page = response.text
                #expect(page.contains(#"data-code="fill.required""#))
                #expect(page.contains(##"href="#f-member-k1-name""##))
                #expect(page.contains(#"id="notice""#))
            }
        }
    }

    @Test func unreadableFileIsExplainedAndTheFormKept() async throws {
        try await withServer { client in
            let broken = try Repository.bytes("SampleApplications/invalid/bad-siren-check-digit.xml")
            let (headers, body) = Self.multipart([("name", "Mon pôle"), ("op", "load")], file: broken)
            try await client.execute(uri: "/remplir", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let page = response.text
                #expect(page.contains(#"id="load-problems""#))
                #expect(page.contains("value.siren-check-digit"))
                #expect(page.contains(#"value="Mon pôle""#))
            }
        }
    }

    @Test func editButtonsWorkWithoutAScript() async throws {
        try await withServer { client in
            let (headers, body) = Self.multipart([
                ("@member", "k1"), ("member.id", "m1"), ("member.name", "A"), ("op", "add:member"),
            ])
            try await client.execute(uri: "/en/fill", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains(#"id="row-member-k1""#) && page.contains(#"id="row-member-k2""#))
                #expect(page.contains(#"value="m2""#))
            }
        }
    }
}

/// The sample applications that can be read (the broken ones in `invalid/` are left out).
enum ApplicationEncoderSamples {
    static let readable: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path("SampleApplications"))) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }()
}

extension FillPageTests {
    /// A post with more rows than the schema allows is cut at the limit, said on the page, and
    /// cannot be downloaded; the fields of the rows cut never land in another row.
    @Test func rowsBeyondTheSchemaLimitAreCutAndSaid() async throws {
        var pairs: [(name: String, value: String)] = [("name", "Pôle")]
        for index in 1...25 { pairs += [("@body", "b\(index)"), ("body.name", "Instance \(index)")] }
        let draft = FillDraft(
            form: FormData(parts: pairs.map { .init(name: $0.name, fileName: nil, bytes: Array($0.value.utf8)) }))
        #expect(draft.rows("body").count == 20)
        #expect(draft.rows("body").last?.value("body.name") == "Instance 20")
        #expect(draft.cut == ["body"])
        let (headers, body) = Self.multipart(pairs + [("op", "download")])
        try await withServer { client in
            try await client.execute(uri: "/remplir", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains(#"data-code="fill.too-many-rows""#))
            }
        }
    }
}
