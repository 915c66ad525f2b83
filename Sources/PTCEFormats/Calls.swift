import Foundation
public import PTCEModel
import XMLSafe
public import PTCEEngine

/// Finds criteria files from what a user types after `--call`.
public enum Calls {
    /// The calls shipped in `Criteria/`, by year.
    public static let shipped = ["2013", "2015"]

    /// `2013`, `2015`, `all`, or a path to a criteria file → the files to load, in order.
    public static func resolve(_ spec: String) throws(ProblemList) -> [String] {
        if spec == "all" {
            var paths: [String] = []
            for year in shipped { paths += try resolve(year) }
            return paths
        }
        if shipped.contains(spec) { return [shippedPath(spec)] }
        guard FileManager.default.fileExists(atPath: spec) else {
            throw .input(
                spec,
                fr: "appel inconnu : donnez 2013, 2015, all ou le chemin d’un fichier de critères",
                en: "unknown call: give 2013, 2015, all or the path of a criteria file")
        }
        return [spec]
    }

    /// The repository path of a shipped call's criteria (embedded in the binary).
    public static func shippedPath(_ year: String) -> String { "Criteria/ptce-\(year).xml" }

    /// `path` relative to the working directory when it lies inside it, so that reports and
    /// messages do not depend on where the checkout is.
    public static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Loads and lints the criteria files for `spec`; refuses a file with lint errors.
    public static func load(_ spec: String) throws(ProblemList) -> [CriteriaFile] {
        let loader = try CriteriaLoader.standard()
        var files: [CriteriaFile] = []
        let shippedPaths = Set(shipped.map(shippedPath))
        for path in try resolve(spec) {
            // A shipped call is read from the binary (or PTCE_HOME), a given path from disk.
            let file =
                shippedPaths.contains(path) && (spec == "all" || shipped.contains(spec))
                ? try loader.load(bytes: DataFiles.bytes(path), path: path) : try loader.load(path: path)
            let errors = CriteriaLinter.lint(file).filter { $0.severity == .error }
            guard errors.isEmpty else { throw ProblemList(errors) }
            files.append(file)
        }
        return files
    }
}
