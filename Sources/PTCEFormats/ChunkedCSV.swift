import CSV
import Foundation

/// CSV.swift's writer over a memory stream, emptied every few hundred rows: a new writer per
/// chunk, with the line break CSV.swift writes between rows put back between chunks.
public final class ChunkedCSV {
    let separator: String
    public let emit: ([UInt8]) throws -> Void
    private var writer: CSVWriter?
    private var stream: OutputStream?
    private var rows = 0
    private var chunks = 0
    let rowsPerChunk: Int

    public init(separator: String, rowsPerChunk: Int, emit: @escaping ([UInt8]) throws -> Void) {
        self.separator = separator
        self.rowsPerChunk = rowsPerChunk
        self.emit = emit
    }

    public func write(row: [String]) throws {
        if writer == nil {
            let stream = OutputStream(toMemory: ())
            writer = try CSVWriter(stream: stream, delimiter: separator, newline: .crlf)
            self.stream = stream
        }
        try writer?.write(row: row)
        rows += 1
        if rows == rowsPerChunk { try finish() }
    }

    /// Emits the rows written since the last chunk.
    public func finish() throws {
        guard let writer, let stream else { return }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        try emit((chunks > 0 ? [13, 10] : []) + [UInt8](data))
        chunks += 1
        rows = 0
        self.writer = nil
        self.stream = nil
    }
}
