public import Foundation
import PTCEFormats
public import PTCEModel

/// Reading and validating many files on every core, results in input order: the job behind
/// `ptce validate`, shared with any other caller.
public enum ValidateJob {
    /// One file's result: the application read, or why it was refused.
    public enum Result: Sendable {
        case valid(file: String, application: Application)
        case invalid(file: String, problems: [Problem])
    }

    /// Reads and validates `files` (blocking while the workers run).
    public static func run(_ files: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws(ProblemList)
        -> [Result]
    {
        let loader = try ApplicationLoader.standard()
        return Parallel.map(files.count, threads: threads) { index in result(of: files[index], loader: loader) }
    }

    /// Reads and validates `files`, handing each result to `each` in input order as soon as it
    /// and those before it are done, and keeping none: the memory of a 10,000-file run is that
    /// of a few files, and the first lines appear while the rest is read.
    public static func run(
        _ files: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        each: @Sendable (Result) -> Void
    ) throws(ProblemList) {
        let loader = try ApplicationLoader.standard()
        Parallel.forEachInOrder(files.count, threads: threads) { index in
            result(of: files[index], loader: loader)
        } consume: { _, result in
            each(result)
        }
    }

    private static func result(of file: String, loader: ApplicationLoader) -> Result {
        do throws(ProblemList) {
            return .valid(file: file, application: try loader.load(path: file))
        } catch {
            return .invalid(file: file, problems: error.problems)
        }
    }

    /// The same without blocking Swift's cooperative pool.
    public static func run(_ files: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(ProblemList) -> [Result]
    {
        let result: Swift.Result<[Result], ProblemList> = await OwnThread.run {
            do throws(ProblemList) {
                return .success(try run(files, threads: threads))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
