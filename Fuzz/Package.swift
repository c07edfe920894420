// swift-tools-version:6.1
import PackageDescription

// Coverage-guided fuzzing (libFuzzer) of what a build does with a fetched document: parse it,
// read it for dedup and tagging, and publish it in every format; and of the HTML sanitizer. The
// modules are feedmerge's own (Sources/ holds links to ../Sources), built here with
// `-sanitize=fuzzer,address` by `Fuzz/run`; the main package does not see this one.
let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "feedmerge-fuzz",
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib"),
        .target(name: "FeedModel", swiftSettings: strictSwift),
        .target(name: "FeedText", swiftSettings: strictSwift),
        .target(
            name: "FeedParser", dependencies: ["FeedModel", "FeedText", "CLibXML2", "CZlib"], swiftSettings: strictSwift
        ),
        .target(name: "Dedup", dependencies: ["FeedModel", "FeedText"], swiftSettings: strictSwift),
        .target(name: "Tagger", dependencies: ["FeedModel", "FeedText"], swiftSettings: strictSwift),
        .target(name: "FeedWriter", dependencies: ["FeedModel", "FeedText"], swiftSettings: strictSwift),
        // The tests' own HTML check, written apart from the sanitizer: the fuzzer's oracle.
        .target(name: "Safety"),
        .executableTarget(
            name: "FuzzFeed",
            dependencies: ["Safety", "FeedParser", "FeedModel", "FeedText", "Dedup", "Tagger", "FeedWriter"],
            swiftSettings: strictSwift + [.unsafeFlags(["-parse-as-library"])]),
    ]
)
