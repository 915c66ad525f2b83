public import Foundation

/// Finds the files `ptce` ships with (schemas, criteria), from any working directory.
///
/// Looked up in order: `$PTCE_HOME`; the folders above the running executable (a build
/// under `.build/…/ptce` or an install under `PREFIX/bin` with data in `PREFIX/share/ptce`);
/// the source checkout this binary was built from.
public enum DataFiles {
    /// The application schema, `Schemas/application.xsd`.
    public static var applicationSchema: URL? { locate("Schemas/application.xsd") }

    /// The criteria folder, `Criteria/`.
    public static var criteriaDirectory: URL? { locate("Criteria") }

    /// The first existing `relativePath` under the candidate roots.
    public static func locate(_ relativePath: String) -> URL? {
        for root in roots {
            let url = root.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: url.path) { return url.standardizedFileURL }
        }
        return nil
    }

    /// Candidate roots, most specific first.
    static var roots: [URL] {
        var roots: [URL] = []
        if let home = ProcessInfo.processInfo.environment["PTCE_HOME"], !home.isEmpty {
            roots.append(URL(fileURLWithPath: home))
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            roots.append(directory)
            roots.append(directory.appendingPathComponent("share/ptce"))
            directory = directory.deletingLastPathComponent()
        }
        // Sources/PTCEModel/DataFiles.swift → the checkout's root.
        roots.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent())
        return roots
    }
}
