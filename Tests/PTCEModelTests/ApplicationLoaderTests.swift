import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing
import XMLSafe

@Suite struct ApplicationLoaderTests {
    let loader: ApplicationLoader

    init() throws { loader = try ApplicationLoader.standard() }

    /// A minimal valid application with `body` inserted after the identity.
    func document(identity: String = "<name>Test</name>", body: String = "") -> [UInt8] {
        Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="urn:x-ptce:application:1" formatVersion="1" call="2015">
              <identity>\(identity)</identity>
            \(body)
            </application>
            """.utf8)
    }

    func problems(_ bytes: [UInt8]) -> [Problem] {
        do {
            _ = try loader.load(bytes: bytes, path: "t.xml")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func decodesTheModelSample() throws {
        let application = try loader.load(path: Repository.path("SampleApplications/pollens-2015.xml"))
        #expect(application.call == "2015")
        #expect(application.members?.count == 7)
        #expect(application.members?.first { $0.id == "m07" }?.isLegalPerson == false)
        #expect(application.budget?.years.map(\.index) == [1, 2, 3])
        #expect(application.budget?.year(1)?.eligibleCosts == 100_000)
        #expect(application.identity.submittedAt?.text == "2015-06-26T16:42:00+02:00")
        #expect(application.carrier?.legalForm == .association)
        #expect(application.territory?.qpvCodes == ["QP042008"])
    }

    @Test func minimalApplicationLeavesFactsAbsent() throws {
        let application = try loader.load(bytes: document(), path: "t.xml")
        #expect(application.members == nil)
        #expect(application.budget == nil)
        #expect(application.carrier == nil)
    }

    @Test func wrongSirenCheckDigitIsLocated() {
        let found = problems(document(body: "<carrier>\n<name>X</name>\n<siren>732829321</siren>\n</carrier>"))
        #expect(found.count == 1)
        #expect(found.first?.kind == .value)
        #expect(found.first?.location.line == 6, "the <siren> line")
        #expect(found.first?.code == "value.siren-check-digit")
    }

    @Test func moneyWithThreeDecimalsIsASchemaError() {
        let found = problems(document(identity: "<name>T</name>\n<requestedAmount>10.123</requestedAmount>"))
        #expect(found.first?.kind == .schema)
        #expect(found.first?.code == "xml.schema")
        #expect(found.first?.location.line == 4, "the <requestedAmount> line")
    }

    @Test func dateWithoutZoneIsASchemaError() {
        let found = problems(document(identity: "<name>T</name>\n<submittedAt>2015-06-01T10:00:00</submittedAt>"))
        #expect(found.first?.kind == .schema)
    }

    @Test func unbalancedBudgetYearIsLocated() {
        let body = """
            <budget>
              <year index="1">
                <eligibleCosts>1000.00</eligibleCosts>
                <resource source="sales" amount="400.00"/>
              </year>
            </budget>
            """
        let found = problems(document(body: body))
        #expect(found.count == 1)
        #expect(found.first?.location.line == 5, "the <year> line")
        #expect(found.first?.message.fr.contains("déséquilibré") == true)
    }

    @Test func requestMustMatchTheBudgetLines() {
        let body = """
            <budget>
              <year index="1">
                <eligibleCosts>1000.00</eligibleCosts>
                <resource source="call-request" amount="1000.00"/>
              </year>
            </budget>
            """
        let found = problems(document(identity: "<name>T</name><requestedAmount>900.00</requestedAmount>", body: body))
        #expect(found.map(\.message.en).contains { $0.contains("call-request") })
    }

    @Test func duplicateBudgetYearIsRefused() {
        let year = "<year index=\"1\"><eligibleCosts>0</eligibleCosts></year>"
        let found = problems(document(body: "<budget>\(year)\n\(year)</budget>"))
        #expect(found.map(\.code) == ["value.budget-year-twice"])
    }

    @Test func duplicateMemberIdIsASchemaError() {
        let member = "<member id=\"m1\" person=\"legal\"><name>A</name></member>"
        let found = problems(document(body: "<members>\(member)\n\(member)</members>"))
        #expect(found.first?.kind == .schema)
    }

    @Test func groupingCountsOnlyOnGroupings() {
        let member =
            "<member id=\"m1\" person=\"legal\"><name>A</name><category>ess-enterprise</category><grouping essMembers=\"1\" nonEssMembers=\"2\"/></member>"
        let found = problems(document(body: "<members>\(member)</members>"))
        #expect(found.first?.code == "value.grouping-category")
    }

    @Test func wrongRootNamespaceIsRefused() {
        let found = problems(Array("<application xmlns=\"urn:other\" formatVersion=\"1\" call=\"2015\"/>".utf8))
        #expect(found.first?.kind == .schema)
    }

    @Test func missingFileIsAnInputProblem() {
        #expect(throws: ProblemList.self) { try loader.load(path: "/nonexistent/x.xml") }
    }
}
