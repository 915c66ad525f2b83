import Foundation
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

/// Anything the schema accepts, the decoder decodes (or refuses with a named limit): a corpus
/// of lexical variants of one sample, each written as XSD allows (white space collapsed around
/// booleans, numbers and dates, signs, leading zeros, `24:00:00`, years with a zone…), is read
/// by the same libxml2 validation `xmllint --schema` uses, and every file that validates must
/// decode.
@Suite struct LexicalVariantTests {
    /// One substitution in the base file: the text to find and what XSD lets one write instead.
    struct Variant: Sendable, CustomTestStringConvertible {
        var find: String
        var replace: String
        /// Whether the schema accepts the result (a sanity check on the corpus itself).
        var schemaValid = true
        var testDescription: String { "\(find) → \(replace.debugDescription)" }
    }

    static let variants: [Variant] = [
        Variant(find: #"social="true""#, replace: #"social=" true ""#),
        Variant(find: #"social="true""#, replace: "social=\"\ttrue\n\""),
        Variant(find: #"social="true""#, replace: #"social="1""#),
        Variant(find: #"technological="false""#, replace: #"technological=" 0""#),
        Variant(find: #"<year index="1""#, replace: #"<year index=" 1 ""#),
        Variant(find: #"<year index="1""#, replace: #"<year index="+1""#),
        Variant(find: #"<year index="1""#, replace: #"<year index="01""#),
        // libxml2 2.9.14 (and so xmllint) refuses white space around a gYear with bounds.
        Variant(find: #"calendarYear="2016""#, replace: #"calendarYear=" 2016 ""#, schemaValid: false),
        Variant(find: #"calendarYear="2016""#, replace: #"calendarYear="2016Z""#),
        Variant(find: "<created>2012</created>", replace: "<created>2012+02:00</created>"),
        Variant(find: "<created>2012</created>", replace: "<created>\n  2012\n</created>", schemaValid: false),
        Variant(find: "<created>2012</created>", replace: "<created>1987</created>"),
        Variant(find: #"amount="5000.00""#, replace: #"amount=" 5000.00 ""#),
        Variant(find: #"amount="5000.00""#, replace: #"amount="+5000""#),
        Variant(find: #"amount="5000.00""#, replace: #"amount="05000.""#),
        Variant(find: #"amount="5000.00""#, replace: #"amount="5000.0""#),
        Variant(find: "<population>100000</population>", replace: "<population> 100000 </population>"),
        Variant(find: "<population>100000</population>", replace: "<population>+000100000</population>"),
        Variant(
            find: "<submittedAt>2015-06-26T16:42:00+02:00</submittedAt>",
            replace: "<submittedAt> 2015-06-26T16:42:00+02:00 </submittedAt>"),
        Variant(
            find: "<submittedAt>2015-06-26T16:42:00+02:00</submittedAt>",
            replace: "<submittedAt>2015-06-26T24:00:00+02:00</submittedAt>"),
        Variant(
            find: "<submittedAt>2015-06-26T16:42:00+02:00</submittedAt>",
            replace: "<submittedAt>2015-06-26T16:42:00.123456789Z</submittedAt>"),
        Variant(
            find: "<submittedAt>2015-06-26T16:42:00+02:00</submittedAt>",
            replace: "<submittedAt>2015-06-26T16:42:00-00:00</submittedAt>"),
        Variant(find: #"members="m01 m02 m03""#, replace: "members=\"m01\n      m02\tm03\""),
        Variant(
            find: #"<innovation social="true" technological="false">"#,
            replace: #"<innovation social="yes" technological="false">"#, schemaValid: false),
        Variant(find: #"<year index="1""#, replace: #"<year index="4""#, schemaValid: false),
    ]

    static let base = String(decoding: (try? Repository.bytes("SampleApplications/pollens-2015.xml")) ?? [], as: UTF8.self)

    @Test(arguments: variants)
    func whatTheSchemaAcceptsIsDecoded(_ variant: Variant) throws {
        #expect(Self.base.contains(variant.find), "the base sample holds the text to vary")
        let text = Self.base.replacingOccurrences(of: variant.find, with: variant.replace)
        let loader = try ApplicationLoader.standard()
        do {
            _ = try loader.load(bytes: Array(text.utf8), path: "variant.xml")
            #expect(variant.schemaValid, "accepted although the schema refuses it")
        } catch {
            let schemaRefused = error.problems.contains { $0.kind == .schema || $0.kind == .syntax || $0.kind == .policy }
            #expect(!variant.schemaValid && schemaRefused, "\(error.problems.map(\.message.en))")
        }
    }

    @Test func integersBeyondTheLimitAreRefusedNamingIt() throws {
        let text = Self.base.replacingOccurrences(
            of: "<population>100000</population>", with: "<population>99999999999999999999</population>")
        let loader = try ApplicationLoader.standard()
        #expect {
            _ = try loader.load(bytes: Array(text.utf8), path: "big.xml")
        } throws: { error in
            guard let list = error as? ProblemList else { return false }
            return list.problems.map(\.code) == ["value.integer-limit"]
        }
    }

    @Test func midnightAsTwentyFourIsTheNextDay() throws {
        let late = try #require(Timestamp("2015-06-30T24:00:00+02:00"))
        let next = try #require(Timestamp("2015-07-01T00:00:00+02:00"))
        #expect(late == next)
        #expect(Timestamp("2015-06-30T24:00:01+02:00") == nil)
    }
}
