// swift-tools-version:6.0
// Retort: a literate notebook environment for dataset distillation.
// Module layering (DESIGN.md): nothing imports upward.
import PackageDescription

/// Numeric modules are compiled with full optimisation even in debug builds of the tests.
/// Release builds target the build machine's CPU (AVX-512 here): the SIMD kernels run 3x faster
/// than with the generic x86-64 (SSE2) baseline. Builds are not portable to older CPUs.
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-target-cpu", "native"], .when(configuration: .release)),
]

let package = Package(
    name: "Retort",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "retort", targets: ["retort"]),
        .executable(name: "retort-bench", targets: ["retort-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System libraries (module.modulemap + shim.h), provided by Debian packages.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(
            name: "CMarkGFM", path: "Sources/CMarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // The numeric core and the domain.
        .target(name: "TensorCore", dependencies: ["CBLAS"], swiftSettings: numericSettings),
        .target(name: "NeuralNet", dependencies: ["TensorCore", "Datasets"], swiftSettings: numericSettings),
        .target(name: "Datasets", dependencies: ["TensorCore", "CZlib"], swiftSettings: numericSettings),
        .target(name: "Analysis", dependencies: ["TensorCore"], swiftSettings: numericSettings),
        .target(name: "ScalingLaws", dependencies: [], swiftSettings: numericSettings),
        .target(name: "Plotting", dependencies: ["CCairo"]),
        .target(name: "PlotGallery", dependencies: ["Plotting"]),

        // The language, the notebook, and where they meet the domain.
        .target(name: "CellLanguage"),
        .target(name: "Notebook", dependencies: ["CellLanguage", "CMarkGFM", "Yams"]),
        .target(
            name: "Prelude",
            dependencies: [
                "CellLanguage", "TensorCore", "NeuralNet", "Datasets", "Analysis", "ScalingLaws",
                "Plotting",
            ]),
        .executableTarget(
            name: "retort",
            dependencies: [
                "Prelude", "Notebook", "CellLanguage", "CReadline", "TensorCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "retort-bench",
            dependencies: ["CBLAS", "TensorCore", "NeuralNet", "Datasets", "Analysis", "Plotting", "PlotGallery", "Prelude", "CellLanguage"],
            path: "Benchmarks/retort-bench",
            swiftSettings: numericSettings),
        .executableTarget(name: "plot-gallery", dependencies: ["PlotGallery"]),
        .executableTarget(
            name: "accuracy-experiments", dependencies: ["TensorCore", "NeuralNet", "Datasets"],
            path: "Benchmarks/accuracy-experiments", swiftSettings: numericSettings),
        .executableTarget(
            name: "scaling-sweep",
            dependencies: ["ScalingLaws", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: numericSettings),
        // libFuzzer target over the cell language's front end; `make fuzz` builds it for real.
        .executableTarget(name: "cell-fuzz", dependencies: ["CellLanguage"]),

        // Tests mirror Sources; shared helpers live in TestSupport.
        .target(name: "TestSupport", dependencies: ["TensorCore"], path: "Tests/TestSupport"),
        .testTarget(name: "TensorCoreTests", dependencies: ["TensorCore", "TestSupport"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Datasets", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "TestSupport"], exclude: ["Scripts"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "TestSupport"], exclude: ["Scripts"]),
        .testTarget(name: "ScalingLawsTests", dependencies: ["ScalingLaws"], exclude: ["Fixtures"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting", "PlotGallery"], exclude: ["Golden"]),
        .testTarget(name: "CellLanguageTests", dependencies: ["CellLanguage"], exclude: ["Conformance"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "CellLanguage", "Plotting"]),
        .testTarget(name: "PreludeTests", dependencies: ["Prelude", "CellLanguage", "Notebook"]),
    ],
    swiftLanguageModes: [.v5]
)
