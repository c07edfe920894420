// swift-tools-version:6.1
import PackageDescription

/// Settings every Swift module of feedmerge shares: strict imports and explicit existentials.
let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "feedmerge",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "feedmerge", targets: ["feedmerge"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // C shims: each is imported by exactly one Swift module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "CCurl",
            linkerSettings: [.linkedLibrary("curl")]
        ),

        // The pipeline, one module per stage.
        .target(name: "FeedModel", swiftSettings: strictSwift),
        .target(name: "FeedText", swiftSettings: strictSwift),
        .target(
            name: "FeedParser", dependencies: ["FeedModel", "FeedText", "CLibXML2", "CZlib"],
            // The SAX callbacks touch builder state millions of times per corpus pass; the
            // run-time exclusivity checks on those accesses cost 5-6% of parsing (measured with
            // perf). The compile-time checks stay.
            swiftSettings: strictSwift + [
                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
            ]),
        .target(name: "FeedFetcher", dependencies: ["CCurl", "FeedText"], swiftSettings: strictSwift),
        .target(name: "FeedStore", dependencies: ["FeedModel", "CSQLite"], swiftSettings: strictSwift),
        .target(name: "Dedup", dependencies: ["FeedModel", "FeedText"], swiftSettings: strictSwift),
        .target(name: "Tagger", dependencies: ["FeedModel", "FeedText"], swiftSettings: strictSwift),
        .target(name: "FeedWriter", dependencies: ["FeedModel", "FeedText"], swiftSettings: strictSwift),
        .target(
            name: "FeedmergeConfig",
            dependencies: ["Tagger", "FeedWriter", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "FeedModel", "FeedText", "FeedParser", "FeedFetcher", "FeedStore", "Dedup", "Tagger", "FeedWriter",
                "FeedmergeConfig", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "feedmerge",
            dependencies: [
                "Pipeline", "FeedmergeConfig", "FeedParser", "FeedModel", "FeedStore", "FeedWriter", "FeedText",
                "Tagger",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift
        ),

        // Benchmarks that need the modules themselves (see Benchmarks/*/run).
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support", swiftSettings: strictSwift),
        .executableTarget(
            name: "dedup-bench",
            dependencies: [
                "Dedup", "FeedModel", "FeedText", "FeedParser", "FeedStore", "FeedmergeConfig", "Pipeline",
                "BenchmarkSupport",
            ],
            path: "Benchmarks/dedup/Sources", swiftSettings: strictSwift),
        .executableTarget(
            name: "write-bench", dependencies: ["FeedWriter", "FeedModel", "FeedParser", "BenchmarkSupport"],
            path: "Benchmarks/outputs/Sources", swiftSettings: strictSwift),
        .executableTarget(
            name: "tag-bench",
            dependencies: ["Tagger", "Dedup", "FeedModel", "FeedText", "FeedParser", "BenchmarkSupport"],
            path: "Benchmarks/tagging/Sources", swiftSettings: strictSwift),

        // Tests: one target per module, a shared support target, and end-to-end runs of the binary.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSwift),
        .testTarget(name: "FeedModelTests", dependencies: ["FeedModel"], swiftSettings: strictSwift),
        .testTarget(name: "FeedTextTests", dependencies: ["FeedText"], swiftSettings: strictSwift),
        .testTarget(
            name: "FeedParserTests", dependencies: ["FeedParser", "FeedModel", "FeedText", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSwift),
        .testTarget(
            name: "FeedFetcherTests", dependencies: ["FeedFetcher", "TestSupport"], resources: [.copy("Fixtures")],
            swiftSettings: strictSwift),
        .testTarget(
            name: "FeedStoreTests", dependencies: ["FeedStore", "FeedModel", "FeedParser", "TestSupport"],
            swiftSettings: strictSwift),
        .testTarget(
            name: "DedupTests", dependencies: ["Dedup", "FeedModel", "FeedText", "TestSupport"],
            resources: [.copy("Evaluation")],
            swiftSettings: strictSwift),
        .testTarget(
            name: "TaggerTests", dependencies: ["Tagger", "FeedModel", "FeedText", "FeedmergeConfig", "TestSupport"],
            resources: [.copy("Evaluation")], swiftSettings: strictSwift),
        .testTarget(
            name: "FeedWriterTests", dependencies: ["FeedWriter", "FeedModel", "FeedText", "TestSupport"],
            resources: [.copy("Schemas"), .copy("Fixtures")], swiftSettings: strictSwift),
        .testTarget(
            name: "FeedmergeConfigTests", dependencies: ["FeedmergeConfig", "Tagger", "FeedWriter", "TestSupport"],
            swiftSettings: strictSwift),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "FeedmergeConfig", "FeedModel", "FeedStore", "Dedup", "Tagger", "FeedParser", "FeedText",
                "TestSupport",
            ],
            swiftSettings: strictSwift),
        .testTarget(
            name: "EndToEndTests", dependencies: ["feedmerge", "FeedModel", "FeedStore", "TestSupport"],
            swiftSettings: strictSwift),
    ]
)
