import Foundation
import PTCEFormats
import PTCEModel
import Testing
import TestSupport

/// The application writer: every sample decoded, written, decoded again gives the same
/// application, and what it writes is valid against the schema.
@Suite struct ApplicationEncoderTests {
    let loader: ApplicationLoader

    init() throws { loader = try ApplicationLoader.standard() }

    /// Every readable sample application (the broken ones in `invalid/` are left out).
    static let samples: [String] = {
        let folder = Repository.path("SampleApplications")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    /// `application` without the source lines, which differ between two documents.
    static func withoutLines(_ application: Application) -> Application {
        var copy = application
        copy.members = copy.members?.map { member in
            var member = member
            member.line = 0
            return member
        }
        return copy
    }

    @Test func theSamplesAreFound() {
        #expect(Self.samples.count >= 20)
    }

    @Test(arguments: samples) func roundTrip(_ name: String) throws {
        let original = try loader.load(path: Repository.path("SampleApplications/\(name)"))
        let written = ApplicationEncoder.encode(original)
        let again = try loader.load(bytes: written, path: "written-\(name)")
        #expect(Self.withoutLines(again) == Self.withoutLines(original))
        // Writing is stable: the second document is the first, byte for byte.
        #expect(ApplicationEncoder.encode(again) == written)
    }

    @Test func escapesTextAndKeepsLineBreaks() throws {
        var application = Fixtures.eligible2015()
        application.identity.name = "A & B <C> \"D\""
        application.identity.summary = "Premier paragraphe.\n\nSecond paragraphe."
        let again = try loader.load(bytes: ApplicationEncoder.encode(application), path: "t.xml")
        #expect(again.identity.name == application.identity.name)
        #expect(again.identity.summary == application.identity.summary)
    }

    @Test func amountsAreWrittenWithoutExponent() {
        #expect(ApplicationEncoder.text(Decimal(string: "1000000")!) == "1000000")
        #expect(ApplicationEncoder.text(Decimal(string: "0.05")!) == "0.05")
        #expect(ApplicationEncoder.text(Decimal(string: "123456789.99")!) == "123456789.99")
    }

    @Test func emptySectionsStayPresent() throws {
        var application = Application(call: "2015", identity: Identity(name: "Vide"))
        application.members = []
        application.projects = []
        application.strategy = Strategy()
        application.governance = Governance(bodies: [], deliberators: [])
        let again = try loader.load(bytes: ApplicationEncoder.encode(application), path: "t.xml")
        #expect(again == application)
    }
}
