import Foundation
import PTCEFormats
import PTCEModel
import Testing
import TestSupport
import XMLSafe

/// The loader decodes in place, from libxml2's tree (``XMLNodeView``); the same decoder still
/// decodes a copied ``XMLElement`` (inline scenarios). Both give the same application, or the
/// same problems, for every sample, invalid sample and hostile input.
@Suite struct ApplicationViewDecodingTests {
    static let folders = [
        "SampleApplications", "SampleApplications/invalid", "Tests/HostileInputs", "Tests/PTCEEngineTests/Fixtures/evidence",
    ]

    static var files: [String] {
        folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))) ?? [])
                .filter { $0.hasSuffix(".xml") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    enum Outcome: Equatable {
        case application(Application)
        case problems([Problem])
    }

    @Test func thereAreFilesToCompare() {
        #expect(Self.files.count > 40)
    }

    @Test(arguments: files)
    func theViewAndTheCopyDecodeAlike(file: String) throws {
        let loader = try ApplicationLoader.standard()
        let bytes = try Repository.bytes(file)
        let viewed: Outcome
        do {
            viewed = .application(try loader.load(bytes: bytes, path: file))
        } catch {
            viewed = .problems(error.problems)
        }
        let copied: Outcome
        do throws(ProblemList) {
            let root = try DocumentReader.read(bytes, path: file, as: .application, schema: loader.schema, reader: loader.reader)
            copied = .application(try ApplicationDecoder.decode(root, file: file))
        } catch {
            copied = .problems(error.problems)
        }
        #expect(viewed == copied)
    }
}
