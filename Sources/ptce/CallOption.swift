import ArgumentParser
import PTCEFormats
import PTCEPipeline
import Foundation
import PTCEEngine
import PTCEModel

/// The `--call` option of `check`, `rank` and `jury assign`: `2013`, `2015`, `all` (for
/// `check`) or the path of a criteria file.
enum CallOption {
    /// The values `--call` takes besides a path.
    static func values(allowAll: Bool) -> [String] { Calls.shipped + (allowAll ? ["all"] : []) }

    /// The help line, listing the values.
    static func help(allowAll: Bool, defaultToFile: Bool = false) -> ArgumentHelp {
        let values = values(allowAll: allowAll).joined(separator: ", ")
        let fr =
            "\(values) ou le chemin d’un fichier de critères"
            + (defaultToFile ? " ; par défaut l’appel que déclare le dossier" : "")
        let en = "\(values) or the path of a criteria file" + (defaultToFile ? "; default: the call the file declares" : "")
        return ArgumentHelp("\(fr) / \(en).", valueName: "appel")
    }

    /// Completion: the calls, then `.xml` files and folders matching what is typed.
    static func completion(allowAll: Bool) -> CompletionKind {
        .custom { _, _, prefix in
            let calls = values(allowAll: allowAll).filter { $0.hasPrefix(prefix) }
            return calls + files(matching: prefix)
        }
    }

    /// `.xml` files and folders whose path starts with `prefix`.
    static func files(matching prefix: String) -> [String] {
        let folder = prefix.contains("/") ? String(prefix[...(prefix.lastIndex(of: "/")!)]) : ""
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.sorted().compactMap { name in
            let path = folder + name
            guard path.hasPrefix(prefix), !name.hasPrefix(".") else { return nil }
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue { return path + "/" }
            return name.hasSuffix(".xml") ? path : nil
        }
    }

    /// A usage error (exit status 64) for a value that is neither a call nor an existing file.
    static func validate(_ spec: String, allowAll: Bool) throws {
        if spec == "all", !allowAll {
            throw ValidationError("--call all : un seul appel à la fois ici / one call at a time here")
        }
        if values(allowAll: true).contains(spec) || (!spec.isEmpty && FileName.exists(spec)) { return }
        let values = values(allowAll: allowAll).joined(separator: ", ")
        throw ValidationError(
            "--call \(spec) : appel inconnu ; \(values) ou le chemin d’un fichier de critères / unknown call; \(values) or the path of a criteria file"
        )
    }
}
