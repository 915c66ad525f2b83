import Testing
@testable import XMLSafe

/// The byte screen in front of libxml2: a tokenizer that comments, CDATA sections, processing
/// instructions and quotes cannot blind, UTF-16 transcoded before it, the XML declaration read
/// by its grammar. Each test names the refusal code it expects.
@Suite struct ScreenTests {
    let reader = XMLReader()

    func refusal(_ bytes: [UInt8], reader: XMLReader = XMLReader()) -> XMLRefusal? {
        do {
            _ = try reader.read(bytes: bytes, path: "s.xml")
            return nil
        } catch {
            return error.first.refusal
        }
    }

    static let manyAttributes = (0..<100).map { "a\($0)=\"1\"" }.joined(separator: " ")

    /// What once hid the next tag from the screen: a quote where quotes mean nothing.
    static let blinds = [
        "<!-- <x ' -->", "<!-- <x \" -->", "<r><![CDATA[<x ']]>", "<?pi <x ' ?>", "<r>it's <![CDATA[ \" ]]>",
        "<r a='>'>", "<!-- -- ' -->", "<r b='<", "<!--> ' -->", "<?> ' ?>",
    ]

    @Test(arguments: blinds) func quotesInCommentsCDATAAndInstructionsDoNotBlindTheScreen(blind: String) {
        let text = "<?xml version=\"1.0\"?>\n\(blind)\n<a \(Self.manyAttributes)/>\n"
        #expect(refusal(Array(text.utf8)) == .tooManyAttributes(element: "a", limit: XMLLimits.defaultMaxAttributesPerElement))
    }

    @Test func attributesInsideACommentOrCDATAAreNotCounted() throws {
        let text =
            "<r><!-- <a \(Self.manyAttributes)/> --><![CDATA[<a \(Self.manyAttributes)/>]]><?p <a \(Self.manyAttributes)/>?></r>"
        let root = try reader.read(bytes: Array(text.utf8), path: "s.xml")
        #expect(root.name == "r")
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test(arguments: [true, false]) func utf16IsTranscodedThenScreened(littleEndian: Bool) throws {
        let hostile = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!-- ' -->\n<a \(Self.manyAttributes)/>\n"
        #expect(
            refusal(Self.utf16(hostile, littleEndian: littleEndian))
                == .tooManyAttributes(element: "a", limit: XMLLimits.defaultMaxAttributesPerElement))
        let valid = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a k=\"é\">\n<b>hé 𝄞</b></a>"
        let root = try reader.read(bytes: Self.utf16(valid, littleEndian: littleEndian), path: "u.xml")
        #expect(root.attributes["k"] == "é")
        #expect(root.children.first?.text == "hé 𝄞")
        #expect(root.children.first?.line == 3)
    }

    @Test func invalidUTF16IsRefused() {
        let unpaired: [UInt8] = [0xFF, 0xFE, 0x3C, 0x00, 0x00, 0xD8, 0x3E, 0x00]
        #expect(refusal(unpaired) == .invalidUTF16(offset: 4))
        #expect(refusal([0xFF, 0xFE, 0x3C, 0x00, 0x61]) == .invalidUTF16(offset: 4))
    }

    /// Declarations that say ISO-8859-1 however the grammar lets them be written.
    static let latin1Declarations = [
        "<?xml version=\"1.0\" encoding\n=\"ISO-8859-1\"?>",
        "<?xml version=\"1.0\"" + String(repeating: " ", count: 300) + "encoding=\"ISO-8859-1\"?>",
        "<?xml version='1.0' encoding='ISO-8859-1'?>",
        "<?xml\tversion=\"1.0\"\r\n\tencoding\t=\t'ISO-8859-1'\n?>",
        "<?xml encoding=\"ISO-8859-1\" version=\"1.0\"?>",
        "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"ISO-8859-1\"?>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" junk?>",
    ]

    @Test(arguments: latin1Declarations) func anyOtherEncodingIsRefusedWhereverItIsDeclared(declaration: String) {
        #expect(refusal(Array("\(declaration)\n<a>x</a>".utf8)) == .encoding("ISO-8859-1"))
    }

    @Test func utf8DeclaredAnyWayIsAcceptedAndUTF16OnlyWhenTranscoded() throws {
        for declaration in [
            "<?xml version='1.0' encoding = 'utf-8' ?>", "<?xml version=\"1.0\"\nencoding=\"UTF8\"?>", "<?xml version=\"1.0\"?>",
        ] {
            let root = try reader.read(bytes: Array("\(declaration)\n<a>x</a>".utf8), path: "d.xml")
            #expect(root.text == "x")
        }
        #expect(refusal(Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".utf8)) == .encoding("UTF-16"))
        #expect(refusal(Array("<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?><a/>".utf8)) == .encoding("EBCDIC-US"))
    }

    @Test func controlCharactersAreRefusedBeforeLibxml2() {
        #expect(refusal(Array("<a><!-- \u{01} --></a>".utf8)) == .forbiddenCharacter(offset: 8))
        #expect(refusal(Array("<a>\u{FFFE}</a>".utf8)) == .forbiddenCharacter(offset: 3))
        #expect(refusal(Array("<a>\u{FFFF}\u{01}</a>".utf8)) == .forbiddenCharacter(offset: 3))
        #expect(refusal(Array("<a>\u{FFFD}\u{01}</a>".utf8)) == .forbiddenCharacter(offset: 6))
    }

    /// One pass finds both, and invalid UTF-8 anywhere wins over an earlier forbidden character.
    @Test func invalidUTF8WinsOverAnEarlierControlCharacter() {
        #expect(refusal(Array("<a>\u{01}".utf8) + [0xC3, 0x28] + Array("</a>".utf8)) == .invalidUTF8(offset: 4))
        #expect(refusal(Array("<a>\u{01}</a>".utf8) + [0xEF, 0xBF]) == .invalidUTF8(offset: 8))
        #expect(refusal(Array("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8)) == .invalidUTF8(offset: 3))
    }

    @Test func doctypeIsRefusedByTheScreen() {
        #expect(refusal(Array("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e 'x'>]>\n<a>&e;</a>".utf8)) == .doctype)
    }
}
