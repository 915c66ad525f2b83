import Foundation
import TestSupport
import Testing

/// `Examples/criteria-ci/`: the workflow's ptce commands run as written, and the pre-commit hook
/// checks the staged criteria and refuses a broken commit.
@Suite struct CriteriaCIExampleTests {
    static let example = "Examples/criteria-ci"

    /// Every `$PTCE …` command of the workflow, run on this repository (whose criteria are clean).
    @Test func theWorkflowCommandsRunAsWritten() throws {
        let workflow = String(decoding: try Repository.bytes("\(Self.example)/.github/workflows/criteria.yml"), as: UTF8.self)
        let commands = workflow.split(separator: "\n").compactMap { line -> [String]? in
            guard let start = line.range(of: "$PTCE ") else { return nil }
            var command = String(line[start.upperBound...])
            if let redirect = command.range(of: " >") { command = String(command[..<redirect.lowerBound]) }
            return command.split(separator: " ").map(String.init)
        }
        #expect(commands.count >= 4)
        for arguments in commands {
            let result = try PTCEBinary.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stdout)\(result.stderr)")
        }
    }

    @Test func thePreCommitHookChecksTheStagedCriteria() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ptce-hook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["Criteria", "SampleApplications"] {
            try FileManager.default.copyItem(
                at: Repository.root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let hook = Repository.path("\(Self.example)/hooks/pre-commit")
        let environment = ["PTCE": PTCEBinary.url.path, "PTCE_LANG": "en"]
        #expect(Self.run(["git", "init", "-q"], in: folder).status == 0)
        #expect(Self.run(["git", "add", "."], in: folder).status == 0)
        let clean = Self.run([hook], in: folder, environment: environment)
        #expect(clean.status == 0, "\(clean.output)")

        // A misspelt fact in the working tree only: the staged criteria are still clean.
        let criteria = folder.appendingPathComponent("Criteria/ptce-2015.xml")
        let text = try String(contentsOf: criteria, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "fact=\"legalPersonCount\"", with: "fact=\"legalPersonCont\"")
        #expect(broken != text)
        try Data(broken.utf8).write(to: criteria)
        #expect(Self.run([hook], in: folder, environment: environment).status == 0)

        // Staged, it is refused.
        #expect(Self.run(["git", "add", "Criteria/ptce-2015.xml"], in: folder).status == 0)
        let refused = Self.run([hook], in: folder, environment: environment)
        #expect(refused.status == 1, "\(refused.output)")
        #expect(refused.output.contains("did you mean “legalPersonCount”"))
        #expect(refused.output.contains("criteria refused"))
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
