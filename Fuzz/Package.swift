// swift-tools-version: 6.1
// A libFuzzer target over the reader, the decoder and the engine. Kept out of the main package
// because it only links with `-sanitize=fuzzer`. See Fuzz/README.md.
import PackageDescription

let package = Package(
    name: "PTCEFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "PTCEFuzz",
            dependencies: [
                .product(name: "XMLSafe", package: "main"),
                .product(name: "PTCEModel", package: "main"),
                .product(name: "PTCEEngine", package: "main"),
                .product(name: "PTCEReports", package: "main"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
