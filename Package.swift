// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The modules that load models and dictionaries and run the per-token loops are optimised
/// even in debug builds: unoptimised, loading the shipped models takes ~15 s per process,
/// which every test and every command run from a debug build would pay.
let optimisedSettings = swiftSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "sitrep",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitrep", targets: ["SitrepCLI"]),
        .library(name: "Sitrep", targets: ["Sitrep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(name: "SitrepText", swiftSettings: optimisedSettings),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "SitrepIngest", dependencies: ["SitrepText", "CZlib"], swiftSettings: swiftSettings),
        .target(name: "SitrepNLP", dependencies: ["SitrepText"], swiftSettings: optimisedSettings),
        .target(
            name: "SitrepKnowledge", dependencies: ["SitrepText"], resources: [.copy("Resources")],
            swiftSettings: optimisedSettings),
        .target(name: "SitrepExtract", dependencies: ["SitrepText", "SitrepKnowledge"], swiftSettings: optimisedSettings),
        .target(name: "SitrepModels", path: "Models", resources: [.copy("en")]),
        .target(name: "SitrepSamples", path: "Samples", resources: [.copy("articles")]),
        .target(
            name: "Sitrep",
            dependencies: [
                "SitrepText", "SitrepIngest", "SitrepNLP", "SitrepKnowledge", "SitrepExtract", "SitrepModels", "SitrepSamples",
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "SitrepStore",
            dependencies: ["SitrepText", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "SitrepCLI",
            dependencies: [
                "Sitrep", "SitrepStore", "SitrepKnowledge",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(name: "SitrepTextTests", dependencies: ["SitrepText"], swiftSettings: swiftSettings),
        .target(name: "SitrepTestSupport", dependencies: ["Sitrep"], path: "Tests/SitrepTestSupport", swiftSettings: swiftSettings),
        .testTarget(
            name: "SitrepIngestTests", dependencies: ["SitrepIngest", "SitrepTestSupport"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
        .testTarget(name: "SitrepKnowledgeTests", dependencies: ["SitrepKnowledge"], swiftSettings: swiftSettings),
        .testTarget(name: "SitrepExtractTests", dependencies: ["Sitrep", "SitrepExtract", "SitrepKnowledge", "SitrepNLP", "SitrepTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SitrepNLPTests", dependencies: ["SitrepNLP", "SitrepModels"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SitrepStoreTests",
            dependencies: ["SitrepStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        .testTarget(name: "SitrepCLITests", dependencies: ["SitrepCLI", "SitrepTestSupport"], swiftSettings: swiftSettings),
    ]
)
