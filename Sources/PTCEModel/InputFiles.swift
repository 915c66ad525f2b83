import Foundation

/// Expands command-line paths into the application files to read, in a stable order.
public struct InputFiles: Sendable {
    /// XML files to read, in sorted order, each once.
    public var files: [String]
    /// Files met while walking folders that are not `.xml` and so were not read.
    public var ignored: [String]
    /// Paths given on the command line that do not exist.
    public var missing: [String]

    /// Namespaces of the jury's files (jurors, mark sheets), which live beside applications:
    /// found while walking a folder, they are listed as ignored, not read as applications.
    static let ownFormats = ["urn:x-ptce:jurors:1", "urn:x-ptce:marks:1"]

    /// Whether the file's root element (the first start tag, after the declaration, comments
    /// and processing instructions) declares one of ``ownFormats`` as its default namespace.
    static func isJuryFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var head = Substring(String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self))
        while let open = head.firstIndex(of: "<") {
            let rest = head[open...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return false }
                head = rest[end.upperBound...]
            } else if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                guard let end = rest.firstIndex(of: ">") else { return false }
                head = rest[rest.index(after: end)...]
            } else {
                let tag = rest.prefix { $0 != ">" }
                return ownFormats.contains { tag.contains("xmlns=\"\($0)\"") }
            }
        }
        return false
    }

    /// Walks `paths`: a file is taken as given; a folder is walked recursively for `*.xml`.
    /// Hidden files and folders (starting with `.`) are skipped.
    public static func expand(_ paths: [String]) -> InputFiles {
        var result = InputFiles(files: [], ignored: [], missing: [])
        var seen = Set<String>()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                if seen.insert(path).inserted { result.files.append(path) }
                continue
            }
            var found: [String] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            if let enumerator = manager.enumerator(atPath: path) {
                while let relative = enumerator.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") {
                        enumerator.skipDescendants()
                        continue
                    }
                    let full = base + "/" + relative
                    var childIsDirectory: ObjCBool = false
                    _ = manager.fileExists(atPath: full, isDirectory: &childIsDirectory)
                    if childIsDirectory.boolValue { continue }
                    if name.lowercased().hasSuffix(".xml"), !InputFiles.isJuryFile(full) {
                        found.append(full)
                    } else {
                        result.ignored.append(full)
                    }
                }
            }
            for file in found.sorted() where seen.insert(file).inserted {
                result.files.append(file)
            }
        }
        result.ignored.sort()
        return result
    }
}
