public import Foundation
import Synchronization
public import XMLSafe

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

    /// The located file, or a problem telling the user how to point `ptce` at its data.
    public static func require(_ relativePath: String) throws(ProblemList) -> URL {
        guard let url = locate(relativePath) else {
            throw .input(
                relativePath,
                fr: "fichier de données introuvable — définissez PTCE_HOME vers le dossier du dépôt ptce",
                en: "data file not found — set PTCE_HOME to the ptce repository folder")
        }
        return url
    }

    /// The compiled schema at `relativePath`, compiled once per process and shared.
    public static func schema(_ relativePath: String) throws(ProblemList) -> XMLSchema {
        let url = try require(relativePath)
        if let cached = schemas.withLock({ $0[url.path] }) { return cached }
        let bytes = try FileInput.read(url.path, limit: XMLLimits.standard.maxFileBytes)
        let schema: XMLSchema
        do {
            schema = try XMLSchema(bytes: bytes, path: url.path)
        } catch {
            throw ProblemList(error.diagnostics.map(Problem.init))
        }
        schemas.withLock { $0[url.path] = schema }
        return schema
    }

    private static let schemas = Mutex<[String: XMLSchema]>([:])

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
