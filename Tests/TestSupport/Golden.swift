import Foundation

/// Golden files: compares text with a committed snapshot; `PTCE_RECORD=1` re-records them.
public enum Golden {
    /// Returns nil when `actual` matches the snapshot at `relativePath` (from the checkout root),
    /// or a message naming the first differing line. Records instead under `PTCE_RECORD=1`.
    public static func check(_ actual: String, against relativePath: String) throws -> String? {
        let url = Repository.root.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["PTCE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "no snapshot at \(relativePath): run the tests with PTCE_RECORD=1 to record it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        let left = expected.components(separatedBy: "\n")
        let right = actual.components(separatedBy: "\n")
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : "<end>"
            let b = index < right.count ? right[index] : "<end>"
            if a != b {
                return
                    "\(relativePath):\(index + 1) differs\n  expected: \(a)\n  actual:   \(b)\n(PTCE_RECORD=1 re-records after review)"
            }
        }
        return "\(relativePath) differs"
    }
}
