// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every target: Swift 6 mode, strict concurrency, warnings as errors in CI.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The jury report's Mustache templates (`Sources/PTCEReports/Templates/`), compiled into the
/// binary: the text between the long lists, a row of each list, an application's card. The
/// order they are written in is `ReportLayout`'s.
let reportTemplates: [Resource] = ["html", "md"].flatMap { format in
    [
        "head", "ranking-row", "funding", "funding-row", "below-threshold", "below-threshold-row", "pending-marks",
        "pending-marks-row", "ineligible", "ineligible-row", "incomplete", "incomplete-row", "unreadable", "unreadable-row",
        "duplicates", "duplicates-row", "cards", "card", "audit", "audit-file-row", "tail",
    ].map { Resource.embedInCode("Templates/\(format)-\($0).mustache") }
} + [.embedInCode("Templates/html-card-page.mustache"), .embedInCode("Templates/html-style.css")]

let package = Package(
    name: "ptce",
    products: [
        .executable(name: "ptce", targets: ["ptce"]),
        .library(name: "PTCEEngine", targets: ["PTCEEngine"]),
        .library(name: "PTCEReports", targets: ["PTCEReports"]),
        .library(name: "PTCEModel", targets: ["PTCEModel"]),
        .library(name: "PTCEFormats", targets: ["PTCEFormats"]),
        .library(name: "PTCEPipeline", targets: ["PTCEPipeline"]),
        .library(name: "XMLSafe", targets: ["XMLSafe"]),
        .library(name: "PTCEServer", targets: ["PTCEServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // `swift package generate-documentation --target PTCEEngine` (the DocC catalog).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // OpenSSL's libcrypto, for the SHA-256 digests of the audit trail.
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // The schemas and the shipped criteria, compiled into the binary (embedInCode).
        // Data/ holds symbolic links to the files in Schemas/ and Criteria/.
        .target(
            name: "PTCEResources",
            resources: [
                .embedInCode("Data/application.xsd"), .embedInCode("Data/jurors.xsd"), .embedInCode("Data/marks.xsd"),
                .embedInCode("Data/criteria.xsd"), .embedInCode("Data/scenarios.xsd"),
                .embedInCode("Data/ptce-2013.xml"), .embedInCode("Data/ptce-2015.xml"),
            ],
            swiftSettings: swiftSettings),
        // The only module that imports libxml2. No C pointer leaves it.
        .target(name: "XMLSafe", dependencies: ["CLibXML2"], swiftSettings: swiftSettings),
        // Value types only: the application, problems with codes and locations, bilingual text.
        .target(name: "PTCEModel", swiftSettings: swiftSettings),
        // Pure decisions on the model: facts, criteria, evaluation and trace, ranking, funding, jury.
        .target(name: "PTCEEngine", dependencies: ["PTCEModel"], swiftSettings: swiftSettings),
        // Every file format in and out (applications, criteria, scenarios, jurors, marks), the
        // wording of libxml2's messages, and the data files compiled into the binary.
        .target(
            name: "PTCEFormats",
            dependencies: [
                "PTCEModel", "PTCEEngine", "XMLSafe", "PTCEResources", "CLibCrypto",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: swiftSettings),
        // Renderers only: the applicant's check, the jury's report (HTML, Markdown, JSON, CSV).
        .target(
            name: "PTCEReports",
            dependencies: [
                "PTCEEngine", "PTCEModel", "PTCEFormats",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: reportTemplates,
            swiftSettings: swiftSettings),
        // I/O and the jobs the CLI and a server share: input walking, batches on every core,
        // the per-application part store, output folders, the self-check.
        .target(
            name: "PTCEPipeline", dependencies: ["PTCEModel", "PTCEEngine", "PTCEFormats", "PTCEReports", "XMLSafe"],
            swiftSettings: swiftSettings),
        // The deterministic synthetic corpus for benchmarks (ptce synth), outside the product core.
        .target(name: "PTCESynth", dependencies: ["PTCEModel"], swiftSettings: swiftSettings),
        // `ptce serve`: the self-check page, the JSON API and the rules explorer (Hummingbird 2).
        // Templates, style sheet, script and OpenAPI document are compiled into the binary.
        .target(
            name: "PTCEServer",
            dependencies: [
                "PTCEEngine", "PTCEModel", "PTCEFormats", "PTCEPipeline", "PTCEResources", "XMLSafe",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [
                .embedInCode("Resources/layout.mustache"), .embedInCode("Resources/selfcheck.mustache"),
                .embedInCode("Resources/criterion.mustache"),
                .embedInCode("Resources/criteria.mustache"), .embedInCode("Resources/facts.mustache"),
                .embedInCode("Resources/message.mustache"),
                .embedInCode("Resources/fill.mustache"), .embedInCode("Resources/fill-field.mustache"),
                .embedInCode("Resources/fill-row.mustache"), .embedInCode("Resources/fill-rows.mustache"), .embedInCode("Resources/fill-verdict.mustache"),
                .embedInCode("Resources/style.css"), .embedInCode("Resources/enhance.js"), .embedInCode("Resources/fill.js"),
                .embedInCode("Resources/openapi.json"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "ptce",
            dependencies: [
                "PTCEEngine", "PTCEModel", "PTCEFormats", "PTCEReports", "PTCEPipeline", "PTCESynth", "XMLSafe", "PTCEServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // Embedding the core in another program, without any file on disk (run by the tests).
        .executableTarget(
            name: "SelfCheckExample", dependencies: ["PTCEPipeline"], path: "Examples/SelfCheckExample",
            swiftSettings: swiftSettings),
        // Shared by the test targets: repository paths, running the built binary, fixtures.
        .target(name: "TestSupport", dependencies: ["PTCEModel"], path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "XMLSafeTests", dependencies: ["XMLSafe", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEModelTests",
            dependencies: ["PTCEModel", "PTCEEngine", "PTCEFormats", "PTCEPipeline", "XMLSafe", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEEngineTests",
            dependencies: ["PTCEEngine", "PTCEModel", "PTCEFormats", "PTCEPipeline", "XMLSafe", "TestSupport"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEReportsTests",
            dependencies: [
                "PTCEReports", "PTCEEngine", "PTCEModel", "PTCEFormats", "PTCEPipeline", "TestSupport",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Snapshots"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEPipelineTests",
            dependencies: ["PTCEPipeline", "PTCEReports", "PTCEFormats", "PTCEEngine", "PTCEModel", "TestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEServerTests",
            dependencies: [
                "PTCEServer", "PTCEEngine", "PTCEModel", "PTCEFormats", "PTCEPipeline", "XMLSafe", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "EndToEndTests", dependencies: ["ptce", "SelfCheckExample", "TestSupport", "XMLSafe"],
            exclude: ["Snapshots", "Schemas", "Fixtures"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
