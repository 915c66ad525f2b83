import Foundation
public import XMLSafe

/// Reads application files: bytes from disk, strict parse, schema validation, decoding.
///
/// The compiled schema is shared; one loader can serve several threads at once.
public struct ApplicationLoader: Sendable {
    public let schema: XMLSchema
    public let reader: XMLReader

    public init(schema: XMLSchema, limits: XMLLimits = .standard) {
        self.schema = schema
        self.reader = XMLReader(limits: limits)
    }

    /// A loader with the shipped application schema.
    public static func standard() throws(ProblemList) -> ApplicationLoader {
        ApplicationLoader(schema: try DataFiles.schema("Schemas/application.xsd"))
    }

    /// Loads one file; every problem found is thrown, located.
    public func load(path: String) throws(ProblemList) -> Application {
        let bytes = try FileInput.read(path, limit: reader.limits.maxFileBytes)
        return try load(bytes: bytes, path: path)
    }

    /// Loads an application from bytes already read (`path` is used in messages).
    public func load(bytes: [UInt8], path: String) throws(ProblemList) -> Application {
        let root: XMLElement
        do {
            root = try reader.read(bytes: bytes, path: path, schema: schema)
        } catch {
            throw ProblemList(error.diagnostics.map(Problem.init))
        }
        return try ApplicationDecoder.decode(root, file: path)
    }
}

/// Reading input files with a size bound checked before the bytes are read.
public enum FileInput {
    /// The file's bytes; refuses a missing, unreadable, non-regular or too-large file.
    public static func read(_ path: String, limit: Int) throws(ProblemList) -> [UInt8] {
        func fail(_ fr: String, _ en: String) -> ProblemList { .input(path, fr: fr, en: en) }
        func tooLarge(_ size: Int) -> ProblemList {
            ProblemList([
                Problem(
                    kind: .policy, location: XMLLocation(file: path, line: 0),
                    message: Problem.describe(.fileTooLarge(bytes: size, limit: limit)))
            ])
        }
        // POSIX calls, not Foundation's: this runs once per file of a batch. A symbolic link is
        // followed; O_NONBLOCK keeps a named pipe from blocking before it is refused.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == EACCES { throw fail("fichier illisible (droits ?)", "file unreadable (permissions?)") }
            throw fail("fichier introuvable ou illisible — vérifiez le chemin", "file not found or unreadable — check the path")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw fail("ce n’est pas un fichier ordinaire", "not a regular file")
        }
        let size = Int(status.st_size)
        if size > limit { throw tooLarge(size) }
        // Read to the end of the file, or to one byte past the limit: it may have grown since
        // `fstat`.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count)) }
            let done = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if done < 0 && errno == EINTR { continue }
            guard done >= 0 else { throw fail("fichier illisible (droits ?)", "file unreadable (permissions?)") }
            if done == 0 { break }
            count += done
        }
        if count > limit { throw tooLarge(count) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
