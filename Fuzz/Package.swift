// swift-tools-version: 6.1
// A libFuzzer target over the reader, the decoder and the engine. Kept out of the main package
// because it only links with `-sanitize=fuzzer`. See Fuzz/README.md.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder: "main" in the main checkout, another name
/// in a git worktree.
let parent = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "PTCEFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "PTCEFuzz",
            dependencies: [
                .product(name: "XMLSafe", package: parent),
                .product(name: "PTCEModel", package: parent),
                .product(name: "PTCEEngine", package: parent),
                .product(name: "PTCEReports", package: parent),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
