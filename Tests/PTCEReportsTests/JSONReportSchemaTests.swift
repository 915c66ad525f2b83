import Foundation
import TestSupport
import Testing

/// `Docs/report.schema.json` describes the samples' `report.json` (the golden files `ptce rank`
/// must write), checked by ``JSONSchemaCheck``, a structural check written here in Swift (no
/// other tool to install). `python3 -m jsonschema`, where installed, agrees.
@Suite struct JSONReportSchemaTests {
    func schema() throws -> JSONSchemaCheck {
        try JSONSchemaCheck(schema: try Data(contentsOf: URL(fileURLWithPath: Repository.path("Docs/report.schema.json"))))
    }

    @Test(arguments: ["2015", "2013"])
    func theSamplesReportsFollowTheSchema(_ call: String) throws {
        let report = try Data(
            contentsOf: URL(fileURLWithPath: Repository.path("Tests/EndToEndTests/Snapshots/\(call)-report.json")))
        #expect(try schema().violations(report) == [])
    }

    /// The check can fail: a missing member, a wrong type, an unknown member, a wrong version.
    @Test func aReportThatDiffersFromTheSchemaIsRefused() throws {
        let report = try Data(contentsOf: URL(fileURLWithPath: Repository.path("Tests/EndToEndTests/Snapshots/2015-report.json")))
        var document = try #require(try JSONSerialization.jsonObject(with: report) as? [String: Any])
        var entries = try #require(document["applications"] as? [[String: Any]])
        var application = try #require(entries[0]["application"] as? [String: Any])
        application["total"] = "96"
        application["colour"] = "blue"
        entries[0]["application"] = application
        entries[1]["section"] = "winner"
        document["applications"] = entries
        document["version"] = 1
        document["counts"] = nil
        let violations = try schema().violations(try JSONSerialization.data(withJSONObject: document))
        #expect(violations.contains("$: counts missing"))
        #expect(violations.contains("$.version: not the constant"))
        #expect(violations.contains("$.applications[0].application.total: string, expected number"))
        #expect(violations.contains("$.applications[0].application: colour is not allowed"))
        #expect(violations.contains("$.applications[1].section: not one of the values"))
    }
}
