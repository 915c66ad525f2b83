import Foundation
public import PTCEModel
import XMLSafe
import PTCEEngine

/// Reading input files with a size bound checked before the bytes are read.
public enum FileInput {
    /// The file's bytes; refuses a missing, unreadable, non-regular or too-large file.
    public static func read(_ path: String, limit: Int) throws(ProblemList) -> [UInt8] {
        func fail(_ code: String, _ fr: String, _ en: String) -> ProblemList { .input(path, code: code, fr: fr, en: en) }
        func tooLarge(_ size: Int) -> ProblemList {
            ProblemList([
                Problem(
                    kind: .policy, location: SourceLocation(file: path, line: 0),
                    message: Problem.describe(.fileTooLarge(bytes: size, limit: limit)),
                    code: XMLRefusal.fileTooLarge(bytes: size, limit: limit).code)
            ])
        }
        let file: (descriptor: Int32, size: Int)
        switch RegularFile.open(path) {
        case .success(let opened): file = opened
        case .failure(.denied): throw fail("input.denied", "fichier illisible (droits ?)", "file unreadable (permissions?)")
        case .failure(.missing):
            throw fail(
                "input.missing", "fichier introuvable ou illisible — vérifiez le chemin",
                "file not found or unreadable — check the path")
        case .failure(.notRegular): throw fail("input.not-regular", "ce n’est pas un fichier ordinaire", "not a regular file")
        }
        defer { close(file.descriptor) }
        if file.size > limit { throw tooLarge(file.size) }
        // One byte past the limit: the file may have grown since it was opened.
        guard let bytes = RegularFile.read(file.descriptor, atMost: limit + 1, expecting: file.size) else {
            throw fail("input.unreadable", "fichier illisible (droits ?)", "file unreadable (permissions?)")
        }
        if bytes.count > limit { throw tooLarge(bytes.count) }
        return bytes
    }
}

/// Regular files opened and read with POSIX calls, not Foundation's: this runs for every file
/// of a batch, twice (the input walk's look at its root element, then the reading).
public enum RegularFile {
    public enum Failure: Error { case denied, missing, notRegular }

    /// Opens `path` for reading, following a symbolic link; `O_NONBLOCK` keeps a named pipe
    /// from blocking before it is refused. The caller closes the descriptor.
    public static func open(_ path: String) -> Result<(descriptor: Int32, size: Int), Failure> {
        let descriptor = FileName.withCString(path) { Foundation.open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return .failure(errno == EACCES ? .denied : .missing) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return .failure(.notRegular)
        }
        return .success((descriptor, Int(status.st_size)))
    }

    /// The bytes from the current position to the end of the file, or the first `atMost` of
    /// them; `expecting` sizes the first buffer. Nil on a read error.
    public static func read(_ descriptor: Int32, atMost limit: Int, expecting size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: max(1, min(size + 1, limit)))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - bytes.count)) }
            let done = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if done < 0 && errno == EINTR { continue }
            guard done >= 0 else { return nil }
            if done == 0 { break }
            count += done
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
