// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Passeur",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PasseurKit", targets: ["PasseurKit"]),
        .executable(name: "passeur", targets: ["passeur"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev"])]),
        .target(
            name: "PasseurKit",
            dependencies: [
                "CICU", "CCMark", "CHunspell", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "passeur",
            dependencies: ["PasseurKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "passeur-bench", dependencies: ["PasseurKit", "CICU"]),
        .executableTarget(name: "passeur-fuzz", dependencies: ["PasseurKit"]),
        .target(name: "PasseurTestSupport", dependencies: ["PasseurKit"], path: "Sources/PasseurTestSupport"),
        .testTarget(name: "PasseurKitTests", dependencies: ["PasseurKit", "PasseurTestSupport"]),
        .testTarget(name: "PasseurCLITests", dependencies: ["PasseurTestSupport", "passeur"]),
        .testTarget(name: "PasseurLibraryTests", dependencies: ["PasseurKit"]),
    ],
    swiftLanguageModes: [.v6]
)
