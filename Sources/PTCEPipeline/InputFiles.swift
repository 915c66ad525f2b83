import Foundation
import PTCEModel
import PTCEEngine
import PTCEFormats
import PTCEReports

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
        // Only a regular file is looked at: what is not one is left to the reader, which
        // refuses it by name.
        guard case .success(let file) = RegularFile.open(path) else { return false }
        defer { close(file.descriptor) }
        guard let head = RegularFile.read(file.descriptor, atMost: 4096, expecting: file.size) else { return false }
        // Bytes, not characters: this runs on every file of a batch before any is read.
        var index = 0
        while let open = head[index...].firstIndex(of: UInt8(ascii: "<")) {
            if head[open...].starts(with: "<!--".utf8) {
                guard let end = head.indexAfter("-->".utf8, from: open + 4) else { return false }
                index = end
            } else if head[open...].starts(with: "<?".utf8) || head[open...].starts(with: "<!".utf8) {
                guard let end = head[open...].firstIndex(of: UInt8(ascii: ">")) else { return false }
                index = end + 1
            } else {
                let tag = head[open...].prefix { $0 != UInt8(ascii: ">") }
                return ownFormats.contains { namespace in
                    Array(tag).indexAfter(Array("xmlns=\"\(namespace)\"".utf8), from: 0) != nil
                }
            }
        }
        return false
    }

    /// Walks `paths`: a file is taken as given; a folder is walked recursively for `*.xml`.
    /// Hidden files and folders (starting with `.`) are skipped.
    public static func expand(_ paths: [String]) -> InputFiles {
        var result = InputFiles(files: [], ignored: [], missing: [])
        var seen = Set<String>()
        for path in paths {
            var status = stat()
            guard FileName.withCString(path, { stat($0, &status) }) == 0 else {
                result.missing.append(path)
                continue
            }
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                if seen.insert(path).inserted { result.files.append(path) }
                continue
            }
            var found: [String] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            // Names are read as bytes (see ``FileName``): a name that is not UTF-8 is kept whole.
            walk(base) { full, name in
                if name.lowercased().hasSuffix(".xml"), !InputFiles.isJuryFile(full) {
                    found.append(full)
                } else {
                    result.ignored.append(full)
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

extension InputFiles {
    /// Calls `visit` with the path and name of each file under `folder`, recursively, skipping
    /// hidden names; a link to a file is a file, a link to a folder is not walked (no loop).
    static func walk(_ folder: String, visit: (String, String) -> Void) {
        guard let directory = FileName.withCString(folder, { opendir($0) }) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                FileName.decode(buffer.prefix { $0 != 0 })
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(directory)
        for name in names.sorted() {
            let full = folder + "/" + name
            var status = stat()
            var link = stat()
            guard FileName.withCString(full, { stat($0, &status) }) == 0 else {
                visit(full, name)  // a dangling link: the reader says why it cannot be read
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                let isLink = FileName.withCString(full, { lstat($0, &link) }) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
                if !isLink { walk(full, visit: visit) }
            } else {
                visit(full, name)
            }
        }
    }
}

extension Array where Element == UInt8 {
    /// The index just past the first occurrence of `needle` at or after `start`.
    fileprivate func indexAfter(_ needle: some Collection<UInt8>, from start: Int) -> Int? {
        let pattern = Array(needle)
        guard !pattern.isEmpty, count >= pattern.count else { return nil }
        var position = start
        while position + pattern.count <= count {
            if self[position] == pattern[0], self[position..<position + pattern.count].elementsEqual(pattern) {
                return position + pattern.count
            }
            position += 1
        }
        return nil
    }
}
