public import Foundation
public import PTCEEngine
public import PTCEModel
import Synchronization
import PTCEFormats
public import PTCEReports

/// The parts of a report that belong to one application and do not depend on the ranking (its
/// HTML card, its Markdown card, its JSON entry), rendered in the worker thread that evaluated
/// the application and kept on disk until the report is assembled in rank order.
///
/// Rendering there spreads the reports' heaviest work over every core. Keeping the parts on
/// disk lets the batch keep only a slimmed summary in memory, so memory does not grow with the
/// size of the cards. The spool file is unlinked as soon as it is created: nothing is left
/// behind, even when the run is killed.
///
/// Cards do depend on the jury's marks, so a run with marks renders its cards after the
/// consensus, without a spool.
public final class CardSpool: ApplicationPartStore {
    /// Where one application's parts are: from `offset`, one length per format of the spool.
    private struct Slot {
        var offset: UInt64
        var counts: (Int32, Int32, Int32) = (0, 0, 0)
    }

    private struct State {
        var descriptor: Int32
        var end: UInt64 = 0
        var slots: [String: Slot] = [:]
        /// The first write that failed, to report once the batch is done.
        var failure: (any Error)?
    }

    private let state: Mutex<State>
    let formats: [ReportFormat]
    let renderer: ApplicationPartRenderer

    /// A spool for `formats` (only HTML, Markdown and JSON have per-application parts), its
    /// file inside `folder`, where the report is written anyway.
    public init(folder: URL, formats: [ReportFormat], language: Language, criteria: CriteriaFile, root: String = "") throws {
        // A new file (never one already there, never through a link), readable by us alone.
        var descriptor: Int32 = -1
        for attempt in 0..<100 where descriptor < 0 {
            let path = folder.appendingPathComponent(".ptce-spool-\(ProcessInfo.processInfo.processIdentifier)-\(attempt).tmp")
                .path
            descriptor = FileName.withCString(path) { open($0, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) }
            if descriptor >= 0 {
                _ = FileName.withCString(path) { unlink($0) }
            } else if errno != EEXIST {
                throw WriteFailure(.system(code: errno), path: path)
            }
        }
        guard descriptor >= 0 else { throw WriteFailure(.system(code: EEXIST), path: folder.path) }
        state = Mutex(State(descriptor: descriptor))
        var unique: [ReportFormat] = []
        for format in formats where format.hasApplicationParts && !unique.contains(format) { unique.append(format) }
        self.formats = unique
        renderer = try ApplicationPartRenderer(language: language, criteria: criteria, root: root)
    }

    deinit {
        state.withLock { _ = close($0.descriptor) }
    }

    /// Renders `summary`'s parts and writes them to the spool. Called from worker threads; a
    /// failure is kept for ``check()``.
    public func store(_ summary: ApplicationSummary) {
        var bytes: [UInt8] = []
        var parts: [(ReportFormat, Int)] = []  // in the order of `formats`
        do {
            for format in formats {
                guard let part = try renderer.render(summary, format) else { continue }
                parts.append((format, part.count))
                bytes += part
            }
        } catch {
            state.withLock { $0.failure = $0.failure ?? error }
            return
        }
        state.withLock { state in
            guard state.failure == nil else { return }
            var written = 0
            while written < bytes.count {
                let done = bytes.withUnsafeBytes { buffer in
                    pwrite(
                        state.descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(state.end) + off_t(written)
                    )
                }
                if done < 0 && errno == EINTR { continue }
                guard done > 0 else {
                    state.failure = POSIXError(POSIXErrorCode(rawValue: done < 0 ? errno : ENOSPC) ?? .EIO)
                    return
                }
                written += done
            }
            var slot = Slot(offset: state.end)
            let counts = parts.map { Int32($0.1) } + [0, 0, 0]
            slot.counts = (counts[0], counts[1], counts[2])
            state.slots[summary.file] = slot
            state.end += UInt64(bytes.count)
        }
    }

    /// Throws the first failure met while storing, if any.
    public func check() throws {
        if let failure = state.withLock({ $0.failure }) { throw failure }
    }

    /// `file`'s part for `format`. Every stored application has one for each of the spool's
    /// formats; a missing one is an error, never a card rendered from a slimmed summary.
    public func part(_ file: String, _ format: ReportFormat) throws -> [UInt8] {
        try state.withLock { state in
            guard let slot = state.slots[file], let position = formats.firstIndex(of: format) else {
                throw CocoaError(
                    .fileReadNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no \(format.rawValue) part spooled for \(file)"])
            }
            let counts = [Int(slot.counts.0), Int(slot.counts.1), Int(slot.counts.2)]
            let offset = off_t(slot.offset) + off_t(counts[..<position].reduce(0, +))
            var bytes = [UInt8](repeating: 0, count: counts[position])
            var read = 0
            while read < bytes.count {
                let done = bytes.withUnsafeMutableBytes { buffer in
                    pread(state.descriptor, buffer.baseAddress! + read, buffer.count - read, offset + off_t(read))
                }
                if done < 0 && errno == EINTR { continue }
                guard done > 0 else { throw POSIXError(POSIXErrorCode(rawValue: done < 0 ? errno : EIO) ?? .EIO) }
                read += done
            }
            return bytes
        }
    }
}
