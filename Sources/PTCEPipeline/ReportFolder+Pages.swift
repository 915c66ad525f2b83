import Foundation
import PTCEModel

extension ReportFolder {
    /// The folder of the HTML report's card pages, beside `report.html`.
    public static let pagesName = "report-cards"
    /// Where an installed pages folder is moved before the new one takes its place; removed
    /// when the run is finished (or by the next run's sweep).
    static let asideName = ".ptce-aside-report-cards"

    /// Writes the card pages into the staging folder's `report-cards/`: `produce` is given a
    /// function writing one page by its file name (letters, digits, `-`, `.html`). The folder
    /// is installed with the reports by ``commit()``, or removed from the output folder when a
    /// run stages none.
    public func stagePages(_ produce: (_ page: (String, [UInt8]) throws -> Void) throws -> Void) throws {
        try ReportFolder.writePages(into: staging.path, produce)
        record(ReportFolder.pagesName)
    }

    /// Writes the card pages into `folder`'s `report-cards/` (see ``stagePages(_:)``) and
    /// flushes them to disk.
    static func writePages(into folder: String, _ produce: (_ page: (String, [UInt8]) throws -> Void) throws -> Void) throws {
        let pages = folder + "/" + ReportFolder.pagesName
        try ReportFolder.makeFolders(pages)
        try produce { name, bytes in
            precondition(
                name.hasSuffix(".html")
                    && name.unicodeScalars.allSatisfy {
                        $0.isASCII && ($0 == "-" || $0 == "." || CharacterSet.alphanumerics.contains($0))
                    },
                "a page name is an anchor")
            try ReportFolder.write(bytes, to: pages + "/" + name)
        }
        // One flush for thousands of pages, not one each: they reach the disk before the journal.
        sync()
    }

    /// Writes a page (flushed later, all pages at once).
    static func write(_ bytes: [UInt8], to path: String) throws(WriteFailure) {
        let descriptor = FileName.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard descriptor >= 0 else { throw WriteFailure(.system(code: errno), path: path) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
    }

    /// Moves the installed folder `name` aside (see ``asideName``), if there is one.
    func setAside(_ name: String) throws(WriteFailure) {
        let target = url.appendingPathComponent(name).path
        let aside = url.appendingPathComponent(ReportFolder.asideName).path
        ReportFolder.removeTree(aside)
        if ReportFolder.rename(target, aside) != 0 && errno != ENOENT { throw WriteFailure(.system(code: errno), path: target) }
    }

    /// Removes a folder of pages and its files (one level: the pages folder holds files only).
    static func removeTree(_ path: String) {
        for name in names(in: path) { unlink(path + "/" + name) }
        _ = FileName.withCString(path) { rmdir($0) }
    }
}
