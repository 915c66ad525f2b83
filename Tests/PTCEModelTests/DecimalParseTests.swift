import Foundation
import Testing
@testable import PTCEFormats

/// Amounts are parsed by hand, digit by digit; the result must be Foundation's, to the bit
/// (the reports print amounts, and a `Decimal` can hold one value in several forms).
@Suite struct DecimalParseTests {
    /// The bytes of a `Decimal`: exponent, length, flags and mantissa.
    func representation(_ value: Decimal?) -> [UInt8]? {
        guard var value else { return nil }
        return withUnsafeBytes(of: &value) { Array($0) }
    }

    static let forms = [
        "5", "+5", "-5", ".50", "-.5", "+.5", "7.", "-7.", "007.5", "-0", "+0", "0", "0.", ".0", "0.0", "0.000", "-0.00", "00",
        "1250.00", "1000", "100.10", "12.345", "0.001", "-12.30", "999999999999999999", "9999999999999999999",
        "18446744073709551615", "18446744073709551616", "12345678901234567890", "1234567890123456789.5",
        "0.1234567890123456789", "0.12345678901234567890", "99999999999999999999999999999999999999",
        "123456789012345678901234567890123456789012", "0.00000000000000000000000000000000000005",
        "0.000000000000000000000000000000000000005", "0." + String(repeating: "0", count: 60) + "1",
        String(repeating: "0", count: 50) + "42.10", "1." + String(repeating: "0", count: 45),
    ]

    @Test(arguments: forms)
    func everyLexicalFormParsesAsFoundationDoes(text: String) {
        let parsed = ApplicationDecoder.parseDecimal(text)
        let reference = ApplicationDecoder.parseDecimalWithFoundation(text)
        #expect(parsed != nil)
        #expect(representation(parsed) == representation(reference), "\(text)")
        #expect(parsed?.description == reference?.description)
    }

    @Test(arguments: ["", "+", "-", ".", "+.", "1.2.3", "1-", "--1", "+-1", "1e3", "1,5", " 1", "0x10", "٣"])
    func otherTextIsNotADecimal(text: String) {
        #expect(ApplicationDecoder.parseDecimal(text) == nil)
    }

    /// Many random amounts of every shape: the same bytes as Foundation's parse.
    @Test func randomAmountsParseAsFoundationDoes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let sign = ["", "+", "-"].randomElement(using: &generator)!
            let whole = String((0..<Int.random(in: 0...22, using: &generator)).map { _ in "0123456789".randomElement()! })
            let point = Bool.random(using: &generator)
            let fraction =
                point ? String((0..<Int.random(in: 0...40, using: &generator)).map { _ in "0012345".randomElement()! }) : ""
            let text = sign + whole + (point ? "." : "") + fraction
            guard !(whole + fraction).isEmpty else { continue }
            let parsed = ApplicationDecoder.parseDecimal(text)
            #expect(representation(parsed) == representation(ApplicationDecoder.parseDecimalWithFoundation(text)), "\(text)")
        }
    }
}
