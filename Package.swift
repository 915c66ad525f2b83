// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every target: Swift 6 mode, strict concurrency, warnings as errors in CI.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ptce",
    products: [
        .executable(name: "ptce", targets: ["ptce"]),
        .library(name: "PTCEEngine", targets: ["PTCEEngine"]),
        .library(name: "PTCEReports", targets: ["PTCEReports"]),
        .library(name: "PTCEModel", targets: ["PTCEModel"]),
        .library(name: "XMLSafe", targets: ["XMLSafe"]),
        .library(name: "PTCEServer", targets: ["PTCEServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
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
        // The typed application model, its decoder and the located data files.
        .target(name: "PTCEModel", dependencies: ["XMLSafe", "PTCEResources"], swiftSettings: swiftSettings),
        // Facts, criteria, evaluation, lint, scenario tests.
        .target(
            name: "PTCEEngine",
            dependencies: [
                "PTCEModel", "XMLSafe", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: swiftSettings),
        // Renderers of evaluations for people and tools (terminal text, later HTML, Markdown, JSON, CSV).
        .target(
            name: "PTCEReports",
            dependencies: [
                "PTCEEngine", "PTCEModel",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: swiftSettings),
        // `ptce serve`: the self-check page, the JSON API and the rules explorer (Hummingbird 2).
        // Templates, style sheet, script and OpenAPI document are compiled into the binary.
        .target(
            name: "PTCEServer",
            dependencies: [
                "PTCEEngine", "PTCEModel", "PTCEResources", "XMLSafe",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [
                .embedInCode("Resources/layout.mustache"), .embedInCode("Resources/selfcheck.mustache"), .embedInCode("Resources/criterion.mustache"),
                .embedInCode("Resources/criteria.mustache"), .embedInCode("Resources/facts.mustache"), .embedInCode("Resources/message.mustache"),
                .embedInCode("Resources/style.css"), .embedInCode("Resources/enhance.js"),
                .embedInCode("Resources/openapi.json"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "ptce",
            dependencies: [
                "PTCEEngine", "PTCEModel", "PTCEReports", "XMLSafe", "PTCEServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // Embedding the core in another program, without any file on disk (run by the tests).
        .executableTarget(
            name: "SelfCheckExample", dependencies: ["PTCEEngine"], path: "Examples/SelfCheckExample",
            swiftSettings: swiftSettings),
        // Shared by the test targets: repository paths, running the built binary, fixtures.
        .target(name: "TestSupport", dependencies: ["PTCEModel"], path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "XMLSafeTests", dependencies: ["XMLSafe", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "PTCEModelTests", dependencies: ["PTCEModel", "XMLSafe", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEEngineTests", dependencies: ["PTCEEngine", "PTCEModel", "XMLSafe", "TestSupport"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEReportsTests",
            dependencies: ["PTCEReports", "PTCEEngine", "PTCEModel", "TestSupport", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Snapshots"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PTCEServerTests",
            dependencies: [
                "PTCEServer", "PTCEEngine", "PTCEModel", "XMLSafe", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "EndToEndTests", dependencies: ["ptce", "SelfCheckExample", "TestSupport"], exclude: ["Snapshots"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
