// swift-tools-version:6.0
import PackageDescription

// The import lists are the architecture: see ARCHITECTURE.md.
let package = Package(
    name: "renja",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "renja", targets: ["renja"]),
    ],
    dependencies: [
        // YAML with node positions (Yams.compose), for file:line:column diagnostics.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SHA-256 of archived files: Foundation on Linux has none (see RenjaArchive).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Schemas/ holds renja-docbook.rng, embedded in the binary as Swift text (no resources).
        .target(name: "RenjaXML", dependencies: ["CLibXML2"], exclude: ["Schemas"]),
        .target(name: "RenjaModel"),
        .target(name: "RenjaLoader", dependencies: ["RenjaModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "RenjaCompute", dependencies: ["RenjaModel"]),
        .target(name: "RenjaDocument", dependencies: ["RenjaModel", "RenjaCompute", "RenjaXML"]),
        .target(name: "RenjaWriters", dependencies: ["RenjaDocument", "RenjaXML"]),
        .target(name: "RenjaPipeline", dependencies: ["RenjaModel", "RenjaLoader", "RenjaCompute", "RenjaDocument", "RenjaWriters", "RenjaXML"]),
        .target(name: "RenjaArchive", dependencies: [
            "RenjaPipeline", "RenjaModel", "RenjaLoader", "RenjaCompute", "RenjaDocument", "RenjaWriters", "RenjaXML",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Deterministic synthetic projects for batch tests and benchmarks (not part of a build).
        .target(name: "RenjaSynthetic"),
        // Its command line is parsed by its own table (Sources/renja/CommandSpec.swift):
        // swift-argument-parser's reflection cost 8% of a single build's instructions.
        .executableTarget(name: "renja", dependencies: ["RenjaPipeline", "RenjaArchive", "RenjaModel", "RenjaSynthetic"]),
        .testTarget(name: "RenjaModelTests", dependencies: ["RenjaModel"]),
        .testTarget(name: "RenjaXMLTests", dependencies: ["RenjaXML", "RenjaSynthetic"]),
        .testTarget(name: "RenjaLoaderTests", dependencies: ["RenjaLoader", "RenjaModel", "RenjaSynthetic"]),
        .testTarget(name: "RenjaComputeTests", dependencies: ["RenjaCompute", "RenjaModel", "RenjaSynthetic"]),
        .testTarget(name: "RenjaDocumentTests", dependencies: ["RenjaDocument", "RenjaModel", "RenjaCompute"]),
        .testTarget(name: "RenjaWritersTests", dependencies: ["RenjaWriters", "RenjaDocument", "RenjaXML"]),
        .testTarget(name: "RenjaPipelineTests", dependencies: ["RenjaPipeline", "RenjaModel", "RenjaSynthetic", "RenjaXML"]),
        .testTarget(name: "RenjaArchiveTests", dependencies: ["RenjaArchive", "RenjaPipeline", "RenjaModel"]),
        // In-process stage timings for Benchmarks/run.sh; build it with -c release.
        .executableTarget(
            name: "renja-stages",
            dependencies: ["RenjaPipeline", "RenjaWriters", "RenjaModel"],
            path: "Benchmarks/Stages"
        ),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (Fuzz/*/main.swift), only when RENJA_FUZZ=1: they need
// `-sanitize=fuzzer`, which supplies their `main`, so a normal build must not see them.
// Built and run by scripts/fuzz.sh, in its own scratch path.
if Context.environment["RENJA_FUZZ"] == "1" {
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzCSV", ["RenjaLoader", "RenjaModel"]),
        ("FuzzNumberParser", ["RenjaLoader", "RenjaModel"]),
        ("FuzzSpec", ["RenjaLoader", "RenjaPipeline", "RenjaModel"]),
        ("FuzzTemplate", ["RenjaPipeline", "RenjaDocument", "RenjaCompute", "RenjaModel"]),
    ]
    package.targets += fuzzTargets.map { .executableTarget(name: $0.name, dependencies: $0.dependencies, path: "Fuzz/\($0.name)") }
}
