// swift-tools-version:6.0
import PackageDescription

// Linux with glibc only (Debian 12 is the reference): the code reads glibc's `stat` fields and
// /proc, and links Debian's C libraries, so no other platform is claimed.
let package = Package(
    name: "briefing",
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingKit",
                 targets: ["BriefingCore", "BriefingReflow", "BriefingScript", "BriefingSearch", "BriefingRender", "BriefingBuild"]),
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
        // The library, one target per stage; each depends only on the ones before it (the compiler
        // enforces it), and internals shared between stages are `package`, not public.
        // Core: the model, diagnostics, hashing, storage, escaping, parallelism.
        .target(name: "BriefingCore", dependencies: ["CXXHash"]),
        // Reflow: a seed (raw text or Markdown) to a Markdown document with front matter.
        .target(name: "BriefingReflow", dependencies: ["BriefingCore", .product(name: "Yams", package: "Yams")]),
        // Script: Traditional and Simplified through OpenCC.
        .target(name: "BriefingScript", dependencies: ["BriefingCore", "COpenCC"]),
        // Search: the client-side search index.
        .target(name: "BriefingSearch", dependencies: ["BriefingCore", "CLibdeflate", "CZlib"]),
        // Render: entities, Markdown to HTML, templates and their views.
        .target(
            name: "BriefingRender",
            dependencies: [
                "BriefingCore", "BriefingReflow", "BriefingScript", "CCmarkGFM",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Build: the site's pages, the incremental cache, publishing, serving, checking, the benchmark archive.
        .target(
            name: "BriefingBuild",
            dependencies: ["BriefingCore", "BriefingReflow", "BriefingScript", "BriefingSearch", "BriefingRender",
                           "CCmarkGFM", "CLibdeflate"]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingCore", "BriefingReflow", "BriefingScript", "BriefingRender", "BriefingBuild",
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
            dependencies: ["BriefingCore", "BriefingReflow", "BriefingRender"]
        ),
        .testTarget(
            name: "BriefingKitTests",
            dependencies: ["BriefingCore", "BriefingReflow", "BriefingScript", "BriefingSearch", "BriefingRender", "BriefingBuild",
                           .product(name: "Yams", package: "Yams")],
            exclude: ["Golden", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
