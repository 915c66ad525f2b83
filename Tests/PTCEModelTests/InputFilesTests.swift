import PTCEModel
import TestSupport
import PTCEFormats
import PTCEPipeline
import Testing

@Suite struct InputFilesTests {
    @Test func walksFoldersRecursivelyInSortedOrder() {
        let inputs = InputFiles.expand([Repository.path("SampleApplications")])
        #expect(!inputs.files.isEmpty)
        #expect(inputs.files == inputs.files.sorted())
        #expect(inputs.files.allSatisfy { $0.hasSuffix(".xml") })
        #expect(inputs.ignored.contains { $0.hasSuffix("README.md") } || inputs.ignored.isEmpty)
    }

    @Test func reportsMissingPathsAndTakesEachFileOnce() {
        let file = Repository.path("SampleApplications/pollens-2015.xml")
        let inputs = InputFiles.expand([file, file, "/nonexistent"])
        #expect(inputs.files == [file])
        #expect(inputs.missing == ["/nonexistent"])
    }
}
