import PTCEModel
import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct IdentifiersTests {
    @Test(arguments: ["732829320", "552100554", "901001008", "000000000"])
    func validSirens(_ siren: String) {
        #expect(Identifiers.isValidSiren(siren))
    }

    @Test(arguments: ["732829321", "552100555", "12345678", "1234567890", "73282932A", "", "７３２８２９３２０"])
    func invalidSirens(_ siren: String) {
        #expect(!Identifiers.isValidSiren(siren))
    }

    @Test func siretChecksFourteenDigits() {
        #expect(Identifiers.isValidSiret("73282932000074"))
        #expect(!Identifiers.isValidSiret("73282932000075"))
        #expect(!Identifiers.isValidSiret("732829320"))
    }

    @Test func overseasDepartements() {
        #expect(Territory(name: "t", departements: ["974"]).isOverseas)
        #expect(!Territory(name: "t", departements: ["42", "2A"]).isOverseas)
    }
}

@Suite struct TimestampTests {
    @Test func parsesOffsetsToTheSameInstant() throws {
        let paris = try #require(Timestamp("2015-06-30T23:59:00+02:00"))
        let utc = try #require(Timestamp("2015-06-30T21:59:00Z"))
        #expect(paris == utc)
        #expect(paris.date.timeIntervalSince1970 == 1_435_701_540)
        #expect(paris.text == "2015-06-30T23:59:00+02:00")
    }

    @Test func ordersInstants() throws {
        let before = try #require(Timestamp("2015-06-30T23:59:00+02:00"))
        let after = try #require(Timestamp("2015-07-01T00:00:00+02:00"))
        #expect(before < after)
    }

    @Test(arguments: ["2015-06-30T23:59:00", "2015-13-01T00:00:00Z", "2015-06-30 23:59:00Z", "x", "2015-06-30T23:59:00+2:00"])
    func refusesMalformedOrZonelessTimestamps(_ text: String) {
        #expect(Timestamp(text) == nil)
    }
}
