// swift-tools-version:6.0
import PackageDescription

// Linux with glibc only (Debian 12 is the reference): the code reads glibc's `stat` fields and
// /proc, and links Debian's C libraries, so no other platform is claimed.
let package = Package(
    name: "briefing",
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingKit", targets: ["BriefingKit"]),
    ],
    // Exact versions: the goldens and the committed public/ depend on what these packages do
    // (Mustache's rendering, Yams's parsing), so an update is a deliberate change that re-records
    // them. Package.resolved is not committed: it pins commit ids, and the package mirrors this
    // project is built from carry ids of their own; the exact versions pin the same code.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CLibdeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .systemLibrary(
            name: "CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        .target(
            name: "BriefingKit",
            dependencies: [
                "CCmarkGFM",
                "CXXHash",
                "COpenCC",
                "CZlib",
                "CLibdeflate",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            // mimalloc replaces glibc's malloc for the whole process (it is linked before libc):
            // the build allocates many short-lived strings on all cores, where glibc's arenas
            // contend and fragment.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "BriefingFuzz",
            dependencies: ["BriefingKit"]
        ),
        .testTarget(
            name: "BriefingKitTests",
            dependencies: ["BriefingKit", .product(name: "Yams", package: "Yams")],
            exclude: ["Golden", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
