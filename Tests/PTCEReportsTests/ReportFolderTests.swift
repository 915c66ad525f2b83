import Foundation
import PTCEModel
@testable import PTCEReports
import PTCEFormats
import PTCEPipeline
import Testing

/// One run per output folder, and a report set never mixed (see `ReportFolder`).
@Suite struct ReportFolderTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ptce-folder-\(UUID().uuidString)")
    }

    func names(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func text(_ url: URL, _ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func write(_ folder: ReportFolder, _ files: [String: String]) throws {
        for (name, content) in files.sorted(by: { $0.key < $1.key }) {
            try folder.stage(name) { try $0.write(contentsOf: Array(content.utf8)) }
        }
    }

    @Test func aSecondHolderOfTheFolderIsRefusedUntilTheFirstIsDone() throws {
        let url = folder()
        defer { try? FileManager.default.removeItem(at: url) }
        var first: ReportFolder? = try ReportFolder(url)
        #expect(first != nil)
        #expect {
            _ = try ReportFolder(url)
        } throws: { error in
            (error as? WriteFailure)?.kind == .busy(holder: "\(getpid())")
        }
        first = nil
        #expect(throws: Never.self) { _ = try ReportFolder(url) }
    }

    @Test func aCommitInstallsEveryFormatAndRemovesTheOthers() throws {
        let url = folder()
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            let run = try ReportFolder(url)
            try write(run, ["report.html": "old", "report.md": "old", "report.csv": "old"])
            try run.commit()
        }
        let run = try ReportFolder(url)
        try write(run, ["report.csv": "new"])
        let installed = try run.commit()
        #expect(installed == [url.appendingPathComponent("report.csv").path])
        #expect(try names(url) == [".ptce.lock", "report.csv"], "no old HTML or Markdown beside the new CSV")
        #expect(try text(url, "report.csv") == "new")
    }

    @Test func aJournalLeftByAKilledRunIsCarriedOutByTheNext() throws {
        let url = folder()
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            let run = try ReportFolder(url)
            try write(run, ["report.html": "old", "report.md": "old"])
            try run.commit()
        }
        // A run killed in mid-commit: the journal is there, HTML installed, Markdown still staged.
        let staging = url.appendingPathComponent(".ptce-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("new".utf8).write(to: staging.appendingPathComponent("report.md"))
        try Data("new".utf8).write(to: url.appendingPathComponent("report.html"))
        let journal = "install report.html\ninstall report.md\nremove report.csv\nremove ../../etc/passwd\ninstall /tmp/x\n"
        try Data(journal.utf8).write(to: url.appendingPathComponent(".ptce-commit"))
        _ = try ReportFolder(url)
        #expect(try names(url) == [".ptce.lock", "report.html", "report.md"])
        #expect(try text(url, "report.html") == "new" && text(url, "report.md") == "new")
    }

    @Test func anEmptyJournalIsRemovedAndTheStagingSwept() throws {
        let url = folder()
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try ReportFolder(url)
        let staging = url.appendingPathComponent(".ptce-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staging.appendingPathComponent("report.md"))
        try Data().write(to: url.appendingPathComponent(".ptce-commit"))
        _ = try ReportFolder(url)
        #expect(try names(url) == [".ptce.lock"])
    }

    @Test func withoutAJournalWhatAKilledRunLeftIsSweptAway() throws {
        let url = folder()
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            let run = try ReportFolder(url)
            try write(run, ["report.md": "old"])
            try run.commit()
        }
        let staging = url.appendingPathComponent(".ptce-staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for leftover in [".ptce-staging/report.md", ".ptce-commit.tmp", ".ptce-spool-12-0.tmp", ".report.html.1234.tmp"] {
            try Data("half".utf8).write(to: url.appendingPathComponent(leftover))
        }
        try Data("mine".utf8).write(to: url.appendingPathComponent("notes.txt"))
        _ = try ReportFolder(url)
        #expect(try names(url) == [".ptce.lock", "notes.txt", "report.md"], "the user's own files stay")
        #expect(try text(url, "report.md") == "old")
    }

    @Test func aCheckpointIsCalledAtEachNamedPointInOrder() throws {
        let url = folder()
        defer { try? FileManager.default.removeItem(at: url) }
        nonisolated(unsafe) var seen: [ReportFolder.Checkpoint] = []
        let run = try ReportFolder(url) { seen.append($0) }
        try write(run, ["report.html": "a", "report.md": "b"])
        try run.commit()
        #expect(seen == ReportFolder.Checkpoint.allCases)
    }

    @Test func aFileInThePathIsSaidInPlainWords() throws {
        let url = folder()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = url.appendingPathComponent("afile")
        try Data("x".utf8).write(to: file)
        #expect {
            _ = try ReportFolder(file.appendingPathComponent("sub"))
        } throws: { error in
            (error as? WriteFailure)?.kind == .system(code: ENOTDIR)
        }
        #expect(WriteFailure(.system(code: ENOTDIR), path: "afile/sub").message.en.contains("not a folder"))
        #expect(!WriteFailure(.system(code: ENOTDIR), path: "a").message.fr.contains("NSCocoaErrorDomain"))
        #expect(WriteFailure.code(of: CocoaError(.fileWriteOutOfSpace)) == ENOSPC)
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: POSIXError(.ENOTDIR)])
        #expect(WriteFailure.code(of: wrapped) == ENOTDIR, "error 512 is looked under for its cause")
    }

    @Test func jsonKeepsTheTextButNoRawControlCharacter() throws {
        let text = "POLLENS \u{9B}31m \u{202E}gnp.exe \u{7F} \u{2066}é\u{2069} ’"
        let json = Array(try JSONReport.encoder().encode(["name": text]))
        let inert = JSONReport.inert(json)
        let raw = String(decoding: inert, as: UTF8.self)
        #expect(!raw.unicodeScalars.contains { VisibleText.needsEscape($0, lineBreaks: true) })
        #expect(raw.contains("\\u009b31m") && raw.contains("\\u202egnp.exe"))
        let decoded = try JSONSerialization.jsonObject(with: Data(inert)) as? [String: String]
        #expect(decoded?["name"] == text, "the same string for a JSON reader")
    }
}
