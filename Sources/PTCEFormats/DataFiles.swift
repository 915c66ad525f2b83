public import Foundation
import PTCEResources
public import XMLSafe
public import PTCEModel
import PTCEEngine

/// The files `ptce` ships with (schemas, criteria): compiled into the binary, or read from an
/// override folder.
///
/// By default every file comes from ``EmbeddedData`` — nothing is read from disk. When the
/// environment variable `PTCE_HOME` names a folder, a file present there under its repository
/// path (`PTCE_HOME/Criteria/ptce-2015.xml`…) is read instead: a ministry can change the
/// shipped criteria without rebuilding. Paths shown to users stay the repository paths.
public enum DataFiles {
    /// The override folder, from `PTCE_HOME`, or nil.
    public static var overrideRoot: URL? {
        // `getenv`, not `ProcessInfo.environment`, which copies the whole environment each time.
        guard let pointer = getenv("PTCE_HOME") else { return nil }
        let home = String(cString: pointer)
        return home.isEmpty ? nil : URL(fileURLWithPath: home)
    }

    /// The repository paths of every shipped file.
    public static var shippedPaths: [String] { EmbeddedData.files.keys.sorted() }

    /// The bytes of the shipped file at `relativePath`: from the override folder when it holds
    /// the file, else the embedded copy.
    public static func bytes(_ relativePath: String) throws(ProblemList) -> [UInt8] {
        if let root = overrideRoot {
            let url = root.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: url.path) {
                return try FileInput.read(url.path, limit: XMLLimits.standard.maxFileBytes)
            }
        }
        guard let bytes = EmbeddedData.files[relativePath] else {
            throw .input(
                relativePath, fr: "ce fichier n’est pas livré avec ptce", en: "this file does not ship with ptce")
        }
        return bytes
    }

    /// The compiled schema at `relativePath`, compiled once per process and shared.
    public static func schema(_ relativePath: String) throws(ProblemList) -> XMLSchema {
        let compiled: Result<XMLSchema, ProblemList>? =
            switch relativePath {
            case "Schemas/application.xsd": applicationSchema
            case "Schemas/jurors.xsd": jurorsSchema
            case "Schemas/marks.xsd": marksSchema
            case "Criteria/criteria.xsd": criteriaSchema
            case "Criteria/scenarios.xsd": scenariosSchema
            default: nil
            }
        guard let compiled else { return try compile(relativePath).get() }
        return try compiled.get()
    }

    // Each schema is compiled on first use; Swift runs a static's initialiser once, thread-safely.
    private static let applicationSchema = compile("Schemas/application.xsd")
    private static let jurorsSchema = compile("Schemas/jurors.xsd")
    private static let marksSchema = compile("Schemas/marks.xsd")
    private static let criteriaSchema = compile("Criteria/criteria.xsd")
    private static let scenariosSchema = compile("Criteria/scenarios.xsd")

    private static func compile(_ relativePath: String) -> Result<XMLSchema, ProblemList> {
        let data: [UInt8]
        do {
            data = try bytes(relativePath)
        } catch {
            return .failure(error)
        }
        do {
            return .success(try XMLSchema(bytes: data, path: relativePath))
        } catch {
            return .failure(ProblemList(error.diagnostics.map { Problem($0, in: .schema) }))
        }
    }

    /// The `Criteria/` folder on disk that `ptce criteria lint|test` checks by default: under
    /// `PTCE_HOME`, else in the working directory; nil when neither exists.
    public static var criteriaDirectory: URL? {
        let candidates = [overrideRoot, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)].compactMap { $0 }
        for root in candidates {
            let url = root.appendingPathComponent("Criteria")
            if FileManager.default.fileExists(atPath: url.path) { return url.standardizedFileURL }
        }
        return nil
    }
}
