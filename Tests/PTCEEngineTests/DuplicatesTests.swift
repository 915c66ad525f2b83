import Foundation
import PTCEEngine
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

/// Files that are another file of the batch over again are ranked once and never funded twice.
@Suite struct DuplicatesTests {
    func summary(
        _ file: String, sha256: String, name: String = "Pôle test", siren: String? = "732829320",
        submitted: String = "2015-06-15T10:00:00+02:00", request: Decimal = 150_000
    ) throws -> ApplicationSummary {
        let criteria = try #require(try Calls.load("2015").first)
        var application = Fixtures.eligible2015()
        application.identity.name = name
        application.identity.submittedAt = Timestamp(submitted)
        application.identity.requestedAmount = request
        application.carrier?.siren = siren
        return ApplicationSummary(application: application, file: file, sha256: sha256, evaluator: Evaluator(criteria: criteria))
    }

    func ranked(_ summaries: [ApplicationSummary]) throws -> RankedBatch {
        let criteria = try #require(try Calls.load("2015").first)
        return RankedBatch(entries: summaries.map(BatchEntry.evaluated), criteria: criteria, parameters: criteria.defaults)
    }

    @Test func threeCopiesAndARenamedCopyAreRankedOnceAndFundedOnce() throws {
        let copies = try ["c.xml", "a.xml", "b.xml"].map { try summary($0, sha256: "same") }
        let renamed = try summary("d.xml", sha256: "other", name: "PÔLE  test !")
        let batch = try ranked(copies + [renamed])
        let alone = try ranked([try summary("a.xml", sha256: "same")])
        #expect(batch.ranking.map(\.file) == ["a.xml"], "the first path among equal submissions")
        #expect(batch.duplicates.map(\.summary.file) == ["b.xml", "c.xml", "d.xml"])
        #expect(batch.duplicates.allSatisfy { $0.original == "a.xml" })
        #expect(batch.duplicates.map(\.reason) == [.identicalBytes, .identicalBytes, .sameApplication])
        #expect(batch.counts.duplicates == 3 && batch.counts.received == 4 && batch.counts.funded == 1)
        #expect(batch.funding.awards.map(\.award) == alone.funding.awards.map(\.award), "the funding walk is unchanged")
        #expect(batch.funding.used == alone.funding.used)
    }

    @Test func theEarliestSubmissionIsKeptWhateverItsPath() throws {
        let late = try summary("a.xml", sha256: "1", submitted: "2015-06-20T10:00:00+02:00")
        let early = try summary("z.xml", sha256: "2", submitted: "2015-06-01T10:00:00+02:00")
        let undated = try summary("0.xml", sha256: "3", submitted: "not a date")
        let (kept, duplicates) = Duplicates.separate([late, undated, early])
        #expect(kept.map(\.file) == ["z.xml"])
        #expect(duplicates.map(\.summary.file) == ["0.xml", "a.xml"], "a missing date comes after any date")
    }

    @Test func anotherCarrierNameOrCallIsAnotherApplication() throws {
        let one = try summary("a.xml", sha256: "1")
        let otherCarrier = try summary("b.xml", sha256: "2", siren: "552100554")
        let otherName = try summary("c.xml", sha256: "3", name: "Pôle voisin")
        var otherCall = try summary("d.xml", sha256: "4")
        otherCall.call = "2013"
        let (kept, duplicates) = Duplicates.separate([one, otherCarrier, otherName, otherCall])
        #expect(kept.count == 4 && duplicates.isEmpty, "the same PTCE applying to another call sent another application")
    }

    @Test func withoutACarrierSirenOnlyIdenticalBytesAreDuplicates() throws {
        let one = try summary("a.xml", sha256: "1", siren: nil)
        let same = try summary("b.xml", sha256: "1", siren: nil)
        let sameName = try summary("c.xml", sha256: "2", siren: nil)
        let (kept, duplicates) = Duplicates.separate([one, same, sameName])
        #expect(kept.map(\.file) == ["a.xml", "c.xml"])
        #expect(duplicates.map(\.reason) == [.identicalBytes])
    }

    @Test func theCarrierSirenSurvivesSlimming() throws {
        #expect(try summary("a.xml", sha256: "1").slimmed().carrierSIREN == "732829320")
    }
}
