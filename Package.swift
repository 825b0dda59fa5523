// swift-tools-version:6.0
// tracker — keeps score of environmental policy targets. Foundation only: no package dependencies.
import PackageDescription

let package = Package(
    name: "tracker",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tracker", targets: ["tracker"]),
        .library(name: "TrackerKit", targets: ["TrackerKit"]),
    ],
    targets: [
        // model: indicators, units, scopes, comparators, targets, diagnostics. Knows no file formats.
        .target(name: "TrackerModel"),
        // read: files → typed values + diagnostics (target files, catalogs, CSV, hourly station data).
        .target(name: "TrackerInput", dependencies: ["TrackerModel"]),
        // air-quality statistics: hourly → daily → IAQI/AQI → period statistics, by HJ 633 / HJ 663.
        .target(name: "AirQuality", dependencies: ["TrackerModel"]),
        // hourly station files + station list → daily table and monthly measurement rows per station/street/district.
        .target(name: "StationAggregation", dependencies: ["TrackerModel", "TrackerInput", "AirQuality"]),
        // evaluate: pure functions from targets + measurements to a Scorecard value.
        .target(name: "TrackerEvaluation", dependencies: ["TrackerModel"]),
        // render: Scorecard / target lists → table, CSV, JSON, Markdown text. Never parses.
        .target(name: "TrackerRendering", dependencies: ["TrackerModel", "TrackerEvaluation"]),
        // the library API for programs and tests: load, evaluate, look up, compare (re-exports the modules above).
        .target(name: "TrackerKit", dependencies: [
            "TrackerModel", "TrackerInput", "AirQuality", "StationAggregation", "TrackerEvaluation", "TrackerRendering",
        ]),
        // the command line on the library: testable without a process.
        // It parses arguments, builds a use case's request, renders the result, maps failures to exit codes.
        .target(name: "TrackerCLI", dependencies: ["TrackerKit"]),
        .executableTarget(name: "tracker", dependencies: ["TrackerCLI"]),

        // test support: repository paths and fixtures, the temporary folder, the seeded generator,
        // and `tracker` run in-process or as the built executable; shared by every test target.
        .target(name: "TrackerTestSupport", dependencies: ["TrackerCLI"], path: "Tests/TrackerTestSupport"),
        .testTarget(name: "TrackerModelTests", dependencies: ["TrackerModel", "TrackerTestSupport"]),
        .testTarget(name: "TrackerInputTests", dependencies: ["TrackerInput", "TrackerModel", "TrackerTestSupport"]),
        .testTarget(name: "AirQualityTests", dependencies: ["AirQuality", "TrackerInput", "TrackerModel", "TrackerTestSupport"],
                    exclude: ["Reference"]),
        .testTarget(name: "StationAggregationTests", dependencies: [
            "StationAggregation", "AirQuality", "TrackerInput", "TrackerModel", "TrackerTestSupport",
        ]),
        .testTarget(name: "TrackerEvaluationTests", dependencies: ["TrackerEvaluation", "TrackerInput", "TrackerModel", "TrackerTestSupport"]),
        .testTarget(name: "TrackerRenderingTests", dependencies: [
            "TrackerRendering", "TrackerEvaluation", "TrackerInput", "TrackerModel", "TrackerTestSupport",
        ]),
        // The re-exported modules are named too: SwiftPM then rebuilds these tests when a type changes layout.
        .testTarget(name: "TrackerKitTests", dependencies: ["TrackerKit", "TrackerModel", "TrackerInput", "TrackerEvaluation", "TrackerTestSupport"]),
        .testTarget(name: "TrackerCLITests", dependencies: ["TrackerCLI", "TrackerModel", "TrackerInput", "TrackerRendering", "TrackerTestSupport"]),
    ]
)
