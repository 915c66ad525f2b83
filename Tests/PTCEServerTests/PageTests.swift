import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PTCEEngine
import PTCEFormats
import PTCEPipeline
import Testing
import TestSupport

@testable import PTCEServer

/// The pages, without a browser: the form, a result posted as a plain form, the explorer.
struct PageTests {
    /// A multipart body with `file` and `call`, as a browser sends the form.
    static func multipart(file: [UInt8], name: String, call: String, extra: [String: String] = [:]) -> (HTTPFields, ByteBuffer) {
        let boundary = "----ptceTestBoundary7MA4YWxk"
        var body = [UInt8]()
        func field(_ name: String, _ value: String) {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/xml\r\n\r\n"
                .utf8)
        body += file + Array("\r\n".utf8)
        field("xml", "")
        field("call", call)
        for (key, value) in extra { field(key, value) }
        body += Array("--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    @Test func formIsLabelledAndLoadsNothingFromElsewhere() async throws {
        try await withServer { client in
            for (uri, lang) in [("/", "fr"), ("/en/", "en")] {
                try await client.execute(uri: uri, method: .get) { response in
                    let page = response.text
                    #expect(page.contains(#"<html lang="\#(lang)">"#))
                    #expect(page.contains(#"<label for="file">"#) && page.contains(#"id="file""#))
                    #expect(page.contains(#"<label for="xml">"#))
                    #expect(page.contains(#"enctype="multipart/form-data""#))
                    #expect(!page.contains("http://") && !page.contains("https://"))
                    #expect(!page.contains("<style") && !page.contains("style=") && !page.contains("<script>"))
                }
            }
        }
    }

    @Test func postedFormShowsVerdictAndLinksToTheExplorer() async throws {
        let (headers, body) = Self.multipart(
            file: try Repository.bytes("SampleApplications/smac07-2015.xml"), name: "smac07-2015.xml", call: "declared")
        try await withServer { client in
            try await client.execute(uri: "/", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("inéligible"))
                #expect(page.contains("✘"))
                #expect(page.contains(#"href="/criteria/2015#"#))
                #expect(page.contains("smac07-2015.xml"))
            }
        }
    }

    @Test func englishResultAndDownload() async throws {
        let (headers, body) = Self.multipart(
            file: try Repository.bytes("SampleApplications/pollens-2015.xml"), name: "pollens-2015.xml", call: "2015",
            extra: ["download": "1"])
        try await withServer { client in
            try await client.execute(uri: "/en/", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment") == true)
                let page = response.text
                #expect(page.contains("eligible"))
                // The downloaded file stands alone: its style inline, no script, no form.
                #expect(page.contains("<style>") && !page.contains("<script") && !page.contains("<form"))
            }
        }
    }

    @Test func brokenFileShowsLineExampleAndSuggestion() async throws {
        let (headers, body) = Self.multipart(
            file: try Repository.bytes("SampleApplications/invalid/unknown-legal-form.xml"), name: "x.xml", call: "declared")
        try await withServer { client in
            try await client.execute(uri: "/en/", method: .post, headers: headers, body: body) { response in
                let page = response.text
                #expect(page.contains("line 32"))
                #expect(page.contains("Example of a valid value"))
                #expect(!page.contains("[facet"))
            }
        }
    }

    @Test func explorerListsEveryCriterionAndFact() async throws {
        try await withServer { client in
            for year in Calls.shipped {
                let file = try #require(try Calls.load(year).first)
                try await client.execute(uri: "/criteria/\(year)", method: .get) { response in
                    #expect(response.status == .ok)
                    for criterion in file.criteria {
                        #expect(response.text.contains(#"id="\#(criterion.id)""#), "\(year) \(criterion.id)")
                    }
                }
            }
            try await client.execute(uri: "/en/facts", method: .get) { response in
                for fact in FactCatalog.all {
                    #expect(response.text.contains(#"id="\#(fact.name)""#))
                }
                #expect(response.text.contains(#"<html lang="en">"#))
            }
            try await client.execute(uri: "/criteria/1999", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func staticFilesAreServed() async throws {
        try await withServer { client in
            try await client.execute(uri: "/static/style.css", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
                #expect(response.text.contains("@media print"))
            }
            try await client.execute(uri: "/static/enhance.js", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/javascript") == true)
            }
        }
    }
}
