public import Foundation
import PTCEModel
import PTCEEngine
import PTCEFormats
import PTCEReports

/// The output folder of `ptce rank`: one run at a time, nothing left behind by a killed run,
/// and a report set never mixed — after any run, every report file comes from that run or
/// every one from the run before.
///
/// - **Lock.** `.ptce.lock` in the folder, held with `flock` (non-blocking) for the whole run
///   and released by the system when the process ends, however it ends. A second run on the
///   same folder fails at once with ``WriteFailure/Kind/busy(holder:)``. The file stays: its
///   presence means nothing, only the lock on it does.
/// - **Staging.** Each format is written into `.ptce-staging/` and flushed to disk.
/// - **Commit.** A journal (`.ptce-commit`, written to a temporary file, flushed, renamed into
///   place) lists the files to install and the report files of other formats to remove; then
///   each staged file is renamed over its report, the others are removed, and the journal is
///   deleted. Report files of formats this run did not write are removed, so an old
///   `report.md` never sits beside a new `report.html`.
/// - **Recovery**, when the lock is taken: a journal left by a killed run is carried out to the
///   end (its files were complete before it was written); without one, the staging folder and
///   every temporary file are swept away. Between a kill in mid-commit and the next run, the
///   journal marks the set as unfinished.
public final class ReportFolder {
    /// The named points of a run, for the test hook (`PTCE_TEST_KILL_AT`, see the README).
    public enum Checkpoint: String, Sendable, CaseIterable {
        /// The lock is held and the folder recovered or swept.
        case locked = "after-lock"
        /// The first format is listed as staged, not the others (written side by side on
        /// several threads, they may be on disk already; no journal names them).
        case midStaging = "mid-staging"
        /// Every format is staged; no journal yet.
        case staged = "after-staging"
        /// The journal is in place; no report replaced yet.
        case journaled = "after-journal"
        /// The first report is replaced, not the others.
        case midCommit = "mid-commit"
        /// Every report is replaced; the journal is still there.
        case committed = "after-commit"
    }

    public static let lockName = ".ptce.lock"
    static let stagingName = ".ptce-staging"
    static let journalName = ".ptce-commit"
    /// Every report file a run can write: the only names a journal may touch. `report-cards`
    /// is a folder: the HTML report's card pages for a large batch (see ``stagePages(_:_:)``).
    static let reportNames = Set(
        ReportFormat.allCases.map { "report.\($0.rawValue)" } + ReportFormat.allCases.map(ComparisonReport.fileName)
            + [pagesName])

    public let url: URL
    private let lock: Int32
    private let checkpoint: (Checkpoint) -> Void
    var staged: [String] = []

    /// Creates `url` if needed (with its parents), takes its lock and recovers what a killed
    /// run left. `checkpoint` is called at each ``Checkpoint``.
    public init(_ url: URL, checkpoint: @escaping (Checkpoint) -> Void = { _ in }) throws(WriteFailure) {
        self.url = url
        self.checkpoint = checkpoint
        try ReportFolder.makeFolders(url.path)
        let lockPath = url.appendingPathComponent(ReportFolder.lockName).path
        let descriptor = FileName.withCString(lockPath) { open($0, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard descriptor >= 0 else { throw WriteFailure(.system(code: errno), path: lockPath) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            // Shown only when it is a process id: the file is data in a folder others may write.
            let holder = RegularFileText.read(descriptor).flatMap { $0.allSatisfy(\.isASCII) && Int($0) != nil ? $0 : nil }
            close(descriptor)
            if code == EWOULDBLOCK { throw WriteFailure(.busy(holder: holder), path: url.path) }
            throw WriteFailure(.system(code: code), path: lockPath)
        }
        lock = descriptor
        // Who holds the lock, for the message of a second run. Best effort.
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 { _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) } }
        do {
            try recover()
        } catch {
            close(descriptor)
            throw error
        }
        checkpoint(.locked)
    }

    deinit {
        close(lock)
    }

    var staging: URL { url.appendingPathComponent(ReportFolder.stagingName) }
    private var journal: URL { url.appendingPathComponent(ReportFolder.journalName) }

    /// Writes report `name` into the staging folder with `produce`, and flushes it to disk.
    public func stage(_ name: String, _ produce: (FileHandle) throws -> Void) throws {
        precondition(ReportFolder.reportNames.contains(name) && name != ReportFolder.pagesName, "only report files are staged")
        if staged.isEmpty { try ReportFolder.makeFolders(staging.path) }
        try ReportFolder.write(name, into: staging.path, produce)
        record(name)
    }

    /// Stages `items` at once, on up to `threads` threads taking the next item as they finish
    /// the last (see ``Parallel``): the reports of a large batch are assembled on every core.
    /// They are listed, and installed, in the order given, whatever order they finish in; the
    /// first failure in that order is thrown, once every item is done.
    public func stage(_ items: [StagedItem], threads: Int) throws {
        for item in items {
            precondition(ReportFolder.reportNames.contains(item.name), "only report files are staged")
        }
        if staged.isEmpty { try ReportFolder.makeFolders(staging.path) }
        let folder = staging.path
        let results = Parallel.map(items.count, threads: threads) { index -> Result<Void, any Error> in
            Result {
                switch items[index] {
                case .report(let name, let produce): try ReportFolder.write(name, into: folder, produce)
                case .pages(let produce): try ReportFolder.writePages(into: folder, produce)
                }
            }
        }
        for (item, result) in zip(items, results) {
            try result.get()
            record(item.name)
        }
    }

    /// What ``stage(_:threads:)`` stages: a report file, written through a handle, or the card
    /// pages' folder (see ``stagePages(_:)``).
    public enum StagedItem: Sendable {
        case report(String, @Sendable (FileHandle) throws -> Void)
        case pages(@Sendable (_ page: (String, [UInt8]) throws -> Void) throws -> Void)

        var name: String {
            switch self {
            case .report(let name, _): name
            case .pages: ReportFolder.pagesName
            }
        }
    }

    /// `name` is staged: listed in the journal, installed by ``commit()``.
    func record(_ name: String) {
        staged.append(name)
        if staged.count == 1 { checkpoint(.midStaging) }
    }

    /// Writes report `name` into the staging folder `folder` with `produce`, and flushes it to disk.
    static func write(_ name: String, into folder: String, _ produce: (FileHandle) throws -> Void) throws {
        let path = folder + "/" + name
        let descriptor = FileName.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard descriptor >= 0 else { throw WriteFailure(.system(code: errno), path: path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try produce(handle)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            // A system error is told with its path; any other (a rendering error) as it is.
            guard let code = WriteFailure.code(of: error) else { throw error }
            throw WriteFailure(.system(code: code), path: path)
        }
    }

    /// Installs every staged file in one step that a killed run's successor completes, and
    /// removes the report files of the formats not staged. Returns the paths installed.
    @discardableResult
    public func commit() throws(WriteFailure) -> [String] {
        checkpoint(.staged)
        let removed = ReportFolder.reportNames.subtracting(staged).sorted()
        let lines = staged.map { "install \($0)" } + removed.map { "remove \($0)" }
        let temporary = url.appendingPathComponent(ReportFolder.journalName + ".tmp")
        try ReportFolder.writeDurably(Array((lines.joined(separator: "\n") + "\n").utf8), to: temporary.path)
        guard ReportFolder.rename(temporary.path, journal.path) == 0 else {
            throw WriteFailure(.system(code: errno), path: journal.path)
        }
        try syncFolder()
        checkpoint(.journaled)
        try carryOut(install: staged, remove: removed, midway: { self.checkpoint(.midCommit) })
        checkpoint(.committed)
        let installed = staged.map { url.appendingPathComponent($0).path }
        try finish()
        return installed
    }

    /// Leaves the folder as a failed run found it: what was staged goes; the folder itself
    /// goes too when this run created it and nothing else is in it.
    public func abandon(removeFolder: Bool) {
        // A journal in place is carried out by the next run: its staged files must stay.
        guard !FileName.exists(journal.path) else { return }
        removeStaging()
        staged = []
        guard removeFolder else { return }
        if ReportFolder.names(in: url.path) == [ReportFolder.lockName] {
            ReportFolder.unlink(url.appendingPathComponent(ReportFolder.lockName).path)
            _ = FileName.withCString(url.path) { rmdir($0) }
        }
    }

    // MARK: - Recovery and commit steps

    /// Completes a journal left by a killed run, then sweeps what any run left behind.
    private func recover() throws(WriteFailure) {
        // A journal that cannot be read (empty) names nothing to do; it is removed all the same.
        if FileName.exists(journal.path) {
            let text = RegularFileText.read(path: journal.path) ?? ""
            var install: [String] = []
            var remove: [String] = []
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                // Only report names, never a path: the journal is data in a folder others may write.
                guard parts.count == 2, ReportFolder.reportNames.contains(parts[1]) else { continue }
                if parts[0] == "install" { install.append(parts[1]) } else if parts[0] == "remove" { remove.append(parts[1]) }
            }
            try carryOut(install: install, remove: remove, midway: {})
            try finish()
        }
        sweep()
    }

    /// Renames each staged file still there over its report and removes the others.
    private func carryOut(install: [String], remove: [String], midway: () -> Void) throws(WriteFailure) {
        for (index, name) in install.enumerated() {
            let source = staging.appendingPathComponent(name).path
            let target = url.appendingPathComponent(name).path
            // A folder cannot be renamed over a full one: the old one is set aside first.
            if name == ReportFolder.pagesName && FileName.exists(source) { try setAside(name) }
            if ReportFolder.rename(source, target) != 0 && errno != ENOENT {
                throw WriteFailure(.system(code: errno), path: target)
            }
            if index == 0 { midway() }
        }
        for name in remove {
            if name == ReportFolder.pagesName {
                try setAside(name)
                continue
            }
            let target = url.appendingPathComponent(name).path
            if ReportFolder.unlink(target) != 0 && errno != ENOENT { throw WriteFailure(.system(code: errno), path: target) }
        }
        try syncFolder()
    }

    /// Deletes the journal once its renames are on disk, and the staging folder.
    private func finish() throws(WriteFailure) {
        if ReportFolder.unlink(journal.path) != 0 && errno != ENOENT {
            throw WriteFailure(.system(code: errno), path: journal.path)
        }
        try syncFolder()
        staged = []
        sweep()
    }

    /// Removes the staging folder and every temporary file a run may leave: the journal's
    /// temporary file, a spool file not yet unlinked, and the temporary files of versions
    /// that wrote each report beside itself (`.report.html.UUID.tmp`).
    private func sweep() {
        removeStaging()
        for name in ReportFolder.names(in: url.path) {
            let leftover =
                name == ReportFolder.journalName + ".tmp"
                || (name.hasPrefix(".ptce-spool-") && name.hasSuffix(".tmp"))
                || (name.hasPrefix(".report.") && name.hasSuffix(".tmp"))
            if leftover { ReportFolder.unlink(url.appendingPathComponent(name).path) }
        }
        ReportFolder.removeTree(url.appendingPathComponent(ReportFolder.asideName).path)
    }

    private func syncFolder() throws(WriteFailure) {
        let descriptor = FileName.withCString(url.path) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw WriteFailure(.system(code: errno), path: url.path) }
        defer { close(descriptor) }
        // Some file systems cannot sync a folder (EINVAL): the renames are then as durable as they get.
        if fsync(descriptor) != 0 && errno != EINVAL { throw WriteFailure(.system(code: errno), path: url.path) }
    }

    /// `mkdir -p`, with the first failing folder and its `errno`.
    static func makeFolders(_ path: String) throws(WriteFailure) {
        var status = stat()
        if FileName.withCString(path, { stat($0, &status) }) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR { return }
            throw WriteFailure(.system(code: ENOTDIR), path: path)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeFolders(parent) }
        if FileName.withCString(path, { mkdir($0, 0o755) }) != 0 && errno != EEXIST {
            throw WriteFailure(.system(code: errno), path: path)
        }
    }

    /// Writes every byte of `bytes` to `descriptor` (the file at `path`, for errors).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(WriteFailure) {
        var written = 0
        while written < bytes.count {
            let done = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if done < 0 && errno == EINTR { continue }
            guard done > 0 else { throw WriteFailure(.system(code: done < 0 ? errno : ENOSPC), path: path) }
            written += done
        }
    }

    static func writeDurably(_ bytes: [UInt8], to path: String) throws(WriteFailure) {
        let descriptor = FileName.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard descriptor >= 0 else { throw WriteFailure(.system(code: errno), path: path) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw WriteFailure(.system(code: errno), path: path) }
    }
}

extension ReportFolder {
    // System calls on paths by their bytes (see `FileName`): an output folder named in bytes
    // that are not UTF-8 is written where it was asked, not under a re-encoded name.

    @discardableResult
    static func unlink(_ path: String) -> Int32 { FileName.withCString(path) { Foundation.unlink($0) } }

    static func rename(_ source: String, _ target: String) -> Int32 {
        FileName.withCString(source) { from in FileName.withCString(target) { to in Foundation.rename(from, to) } }
    }

    /// The names in `folder` but `.` and `..`, by their bytes; none when it cannot be read.
    static func names(in folder: String) -> [String] {
        guard let directory = FileName.withCString(folder, { opendir($0) }) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { FileName.decode($0.prefix { $0 != 0 }) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Removes the staging folder: it holds report files only, written by `stage`, and the
    /// card pages' folder, written by `stagePages`.
    func removeStaging() {
        ReportFolder.removeTree(staging.appendingPathComponent(ReportFolder.pagesName).path)
        for name in ReportFolder.names(in: staging.path) {
            ReportFolder.unlink(staging.appendingPathComponent(name).path)
        }
        _ = FileName.withCString(staging.path) { rmdir($0) }
    }
}

/// Small text files of the output folder (the lock's holder, the journal), read whole.
enum RegularFileText {
    static func read(path: String) -> String? {
        let descriptor = FileName.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return read(descriptor)
    }

    /// At most 4 KiB from the start of `descriptor`, trimmed; nil when empty or unreadable.
    static func read(_ descriptor: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
