import Foundation
import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

/// Control characters and bidirectional overrides from inputs are shown, never obeyed.
@Suite struct VisibleTextTests {
    @Test(arguments: [
        ("POLLENS \u{9B}31m rouge", "POLLENS <U+009B>31m rouge"),
        ("\u{202E}gnp.exe", "<U+202E>gnp.exe"),
        ("a\u{1B}[2Jb", "a<U+001B>[2Jb"),
        ("del\u{7F}", "del<U+007F>"),
        ("\u{2066}x\u{2069}\u{200F}\u{61C}", "<U+2066>x<U+2069><U+200F><U+061C>"),
        ("nul\u{0}", "nul<U+0000>"),
        ("line\nbreak\r", "line<U+000A>break<U+000D>"),
        ("tab\tkept", "tab\tkept"),
        ("Pôle « Sud » — l’ESS 100 %", "Pôle « Sud » — l’ESS 100 %"),
    ])
    func escapesWhatATerminalWouldObey(_ text: String, _ shown: String) {
        #expect(VisibleText.escape(text) == shown)
    }

    @Test func lineBreaksCanBeKeptForTextOnSeveralLines() {
        #expect(VisibleText.escape("one\ntwo\r\n\u{85}", lineBreaks: true) == "one\ntwo\r\n<U+0085>")
    }

    @Test func aFileNameThatIsNotUTF8KeepsItsBytes() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".xml".utf8)
        let name = FileName.decode(bytes)
        #expect(FileName.bytes(name) == bytes, "the same bytes back, to open the file")
        #expect(VisibleText.escape(name) == "caf<0xE9>.xml")
        #expect(!name.contains("\u{FFFD}"))
        let mixed: [UInt8] = Array("é".utf8) + [0xFF, 0xC3] + Array("x".utf8)
        #expect(FileName.bytes(FileName.decode(mixed)) == mixed)
        #expect(VisibleText.escape(FileName.decode(mixed)) == "é<0xFF><0xC3>x")
        #expect(FileName.decode(Array("déjà.xml".utf8)) == "déjà.xml", "UTF-8 names as they are")
    }

    @Test func aFolderWithANonUTF8NameIsWalkedAndItsFileRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try Repository.bytes("SampleApplications/pollens-2015.xml")
        let raw = Array(folder.path.utf8) + Array("/p".utf8) + [0xF4] + Array("le.xml".utf8)
        let descriptor = (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = sample.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let inputs = InputFiles.expand([folder.path])
        #expect(inputs.files.count == 1 && inputs.missing.isEmpty)
        let file = try #require(inputs.files.first)
        #expect(VisibleText.escape(file).hasSuffix("/p<0xF4>le.xml"))
        #expect(try FileInput.read(file, limit: 1 << 22) == sample, "read under its own bytes, not \"not found\"")
    }
}
