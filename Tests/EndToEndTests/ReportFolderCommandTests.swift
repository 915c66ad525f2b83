import Foundation
import TestSupport
import Testing

/// `ptce rank` and its output folder: one run at a time, a report set never mixed, nothing left
/// behind, whatever point a run is killed at (chosen with the `PTCE_TEST_KILL_AT` test hook).
@Suite(.serialized) struct ReportFolderCommandTests {
    static let names = ["report.csv", "report.html", "report.json", "report.md"]
    /// The files a finished run leaves: the reports and the lock file.
    static let finished = [".ptce.lock"] + names

    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ptce-folder-\(UUID().uuidString)")
    }

    func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func reports(_ folder: URL) throws -> [String] {
        try Self.names.map { String(decoding: try Data(contentsOf: folder.appendingPathComponent($0)), as: UTF8.self) }
    }

    /// Starts `ptce rank SampleApplications --call 2015 --out folder --as-of asOf` with `environment`.
    func start(_ folder: URL, asOf: String, environment: [String: String] = [:], arguments: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = PTCEBinary.url
        process.arguments = ["rank", "SampleApplications", "--call", "2015", "--out", folder.path, "--as-of", asOf] + arguments
        process.currentDirectoryURL = Repository.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs to the end; true when the run was killed by `SIGKILL`.
    func runKilled(_ folder: URL, asOf: String, at point: String) throws -> Bool {
        let process = try start(folder, asOf: asOf, environment: ["PTCE_TEST_KILL_AT": point])
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    /// Whether `pid` is stopped (state `T` in `/proc/PID/stat`).
    func isStopped(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(close, offsetBy: 2)...].hasPrefix("T")
    }

    @Test func twoRunsOnOneFolderOneCompletesTheOtherSaysWhy() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The first run stops itself once it holds the lock; the second runs meanwhile.
        let first = try start(folder, asOf: "2015-09-15", environment: ["PTCE_TEST_STOP_AT": "after-lock"])
        var polls = 0
        while !isStopped(first.processIdentifier) && first.isRunning && polls < 60_000 {
            usleep(1_000)
            polls += 1
        }
        try #require(isStopped(first.processIdentifier), "the first run holds the lock, stopped")
        let second = try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", folder.path, "--lang", "en"])
        kill(first.processIdentifier, SIGCONT)
        first.waitUntilExit()
        #expect(second.status == 75, "documented status: the folder is in use")
        #expect(
            second.stderr.contains(folder.path) && second.stderr.contains("pid \(first.processIdentifier)"), "\(second.stderr)")
        #expect(second.stdout.isEmpty)
        #expect(first.terminationStatus == 0, "the first run completes")
        #expect(try contents(folder) == Self.finished)
    }

    @Test(arguments: ["after-lock", "mid-staging", "after-staging", "after-journal", "mid-commit", "after-commit"])
    func aRunKilledAtAChosenPointLeavesOneConsistentSet(_ point: String) throws {
        let folder = temporaryFolder()
        let reference = temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: reference)
        }
        #expect(
            try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", folder.path, "--as-of", "2015-09-15"])
                .status == 0)
        #expect(
            try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", reference.path, "--as-of", "2016-01-14"])
                .status == 0)
        let old = try reports(folder)
        let new = try reports(reference)
        try #require(old != new)
        #expect(try runKilled(folder, asOf: "2016-01-14", at: point), "killed at \(point)")
        let journaled = ["after-journal", "mid-commit", "after-commit"].contains(point)
        if !journaled {
            #expect(try reports(folder) == old, "killed before the journal: the old set, whole")
        } else {
            #expect(try contents(folder).contains(".ptce-commit"), "the journal marks the set as unfinished")
        }
        // The next run recovers under the lock (killed right after, to see what it left).
        #expect(try runKilled(folder, asOf: "2017-01-01", at: "after-lock"))
        #expect(try contents(folder) == Self.finished, "no leftovers")
        #expect(try reports(folder) == (journaled ? new : old), "one consistent set: all old or all new")
        // A complete run then writes its own set.
        #expect(
            try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", folder.path, "--as-of", "2016-01-14"])
                .status == 0)
        #expect(try contents(folder) == Self.finished)
        #expect(try reports(folder) == new)
    }

    @Test func aRunWithFewerFormatsLeavesNoReportOfAnEarlierRun() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", folder.path]).status == 0)
        #expect(
            try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", folder.path, "--format", "csv"]).status
                == 0)
        #expect(try contents(folder) == [".ptce.lock", "report.csv"])
    }

    /// Every command that writes into `--out`: rank, jury assign, synth.
    static func writers(_ out: String) -> [[String]] {
        [
            ["rank", "SampleApplications", "--call", "2015", "--out", out],
            [
                "jury", "assign", "SampleApplications", "--call", "2015", "--jurors", "SampleApplications/jury/jures.csv",
                "--out", out,
            ],
            ["synth", "--count", "2", "--out", out],
        ]
    }

    @Test func anEmptyOutIsAUsageError() throws {
        for arguments in Self.writers("") {
            #expect(try PTCEBinary.run(arguments).status == 64, "\(arguments[0])")
        }
    }

    @Test func anOutBelowAFileIsSaidInPlainWords() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("afile"))
        let out = folder.appendingPathComponent("afile/sub").path
        for language in ["fr", "en"] {
            let result = try PTCEBinary.run(["rank", "SampleApplications", "--call", "2015", "--out", out, "--lang", language])
            #expect(result.status == 2)
            #expect(result.stderr.contains(folder.appendingPathComponent("afile").path), "names the file in the way")
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("512"), "\(result.stderr)")
        }
        for arguments in Self.writers(out) {
            let result = try PTCEBinary.run(arguments + ["--lang", "en"])
            #expect(result.status == 2, "\(arguments[0])")
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("512"), "\(result.stderr)")
        }
        #expect(try contents(folder) == ["afile"], "nothing created")
    }
}
