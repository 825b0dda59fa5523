// swift-tools-version:6.0
// Fuzz targets for every parser of tracker: built with libFuzzer and AddressSanitizer by
// Tests/Fuzz/run. Depends on the project itself (by path), nothing else.
import PackageDescription

// The sanitizer flags come from Tests/Fuzz/run (`-Xswiftc -sanitize=fuzzer,address …`), so that the
// project's own modules are instrumented too, not only these targets.

let package = Package(
    name: "tracker-fuzz",
    dependencies: [.package(name: "tracker", path: "../..")],
    targets: [
        // Hands the process to libFuzzer (SwiftPM renames an executable's `main`, so libFuzzer's own
        // `main` is not used): each fuzz target's @main calls `FuzzDriver.run(_:)`.
        .target(name: "FuzzSupport", dependencies: [.product(name: "TrackerKit", package: "tracker")]),
        .executableTarget(name: "FuzzTargetFile", dependencies: ["FuzzSupport", .product(name: "TrackerKit", package: "tracker")]),
        .executableTarget(name: "FuzzMeasurements", dependencies: ["FuzzSupport", .product(name: "TrackerKit", package: "tracker")]),
        .executableTarget(name: "FuzzHourly", dependencies: ["FuzzSupport", .product(name: "TrackerKit", package: "tracker")]),
        .executableTarget(name: "FuzzNational", dependencies: ["FuzzSupport", .product(name: "TrackerKit", package: "tracker")]),
        .executableTarget(name: "FuzzStationList", dependencies: ["FuzzSupport", .product(name: "TrackerKit", package: "tracker")]),
        .executableTarget(name: "FuzzWorkbook", dependencies: ["FuzzSupport", .product(name: "TrackerKit", package: "tracker")]),
    ]
)
