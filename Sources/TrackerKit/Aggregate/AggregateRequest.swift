import Foundation
import AirQuality
import StationAggregation
import TrackerInput
import TrackerModel

/// Aggregate hourly station files into monthly measurements per street and district (and the
/// daily table): what `tracker aggregate` asks.
///
/// ```swift
/// let files = try HourlyFiles.expand(["hourly/"])   // a folder of station files
/// let request = AggregateRequest(hourly: files, stations: "Samples/beijing-multisite-stations.csv")
/// let result = try request.run()
/// MeasurementTable(result.measurements.measurements).rows.count
/// ```
public struct AggregateRequest: Sendable {
    /// Hourly files (expanded: `HourlyFiles.expand`).
    public var hourly: [String]
    public var stations: String
    public var exclusions: String?
    /// The folder of scopes.catalog.
    public var targets: String
    public var options: AggregationOptions

    public init(hourly: [String], stations: String, exclusions: String? = nil, targets: String = "Targets",
                options: AggregationOptions = AggregationOptions()) {
        self.hourly = hourly; self.stations = stations; self.exclusions = exclusions; self.targets = targets; self.options = options
    }

    /// The scope catalog beside the targets, then the aggregation; warnings stay in the result's
    /// diagnostics, errors throw (sorted for display).
    public func run() throws(RunFailure) -> AggregationResult {
        var catalogs = CatalogReader()
        let catalogFile = (targets as NSString).appendingPathComponent("scopes.catalog")
        guard let text = try? String(contentsOfFile: catalogFile, encoding: .utf8) else { throw .unreadable(catalogFile) }
        catalogs.read(text, file: catalogFile)
        if catalogs.diagnostics.hasErrors { throw .targetProblems(catalogs.diagnostics) }
        let result = HourlyAggregation.run(hourly: hourly, stations: stations, exclusions: exclusions,
                                           scopes: catalogs.scopes, options: options)
        if result.diagnostics.hasErrors { throw .dataProblems(result.diagnostics.sortedForDisplay()) }
        return result
    }
}

/// Hourly files as given: a folder means its `*.csv` files, in name order.
///
/// ```swift
/// try HourlyFiles.expand(["hourly/", "extra.csv"])   // hourly/a.csv, hourly/b.csv, extra.csv
/// ```
public enum HourlyFiles {
    public static func expand(_ paths: [String]) throws(RunFailure) -> [String] {
        var hourly: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                    .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
                if names.isEmpty { throw .usage(.folderWithoutCSV(path)) }
                hourly += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                hourly.append(path)
            }
        }
        if hourly.isEmpty { throw .usage(.noHourlyFiles) }
        return hourly
    }
}
