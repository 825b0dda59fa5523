import AirQuality
import Foundation
import StationAggregation
import TrackerInput
import TrackerModel
import TrackerRendering

/// `tracker aggregate`: hourly station files + a station list → the monthly measurement file
/// (long layout, with valid_days) for every street and district, optionally every station, and
/// the daily table. The arithmetic lives in `StationAggregation`; this is argument wiring.
enum AggregateCommand {
    static let help = """
    USAGE: tracker aggregate --stations FILE HOURLY… [--standard auto|2012|2026] [--exclude FILE]
                             [--from YYYY-MM] [--to YYYY-MM] [--output FILE] [--daily FILE]
                             [--include-stations] [--unit POLLUTANT=UNIT] [--targets DIR] [--workers N] [--verbose]

    Reads hourly station concentrations and writes monthly statistics in the long layout that
    `tracker evaluate` reads (period,scope,indicator,value,valid_days,unit,flag,note):
    pm25_annual_mean (monthly mean of the PM2.5 24-h means, valid_days = days with a valid mean),
    good_day_ratio, heavy_pollution_days and heavy_pollution_day_ratio (valid_days = valid AQI
    days), for every street and district of the station list. Rules: docs in
    ../shared/domain/air-quality.md — daily values need 20 valid hours (O3: 8-h windows), area
    values are the mean of the area's stations (HJ 663; valid with at least half of them), the AQI
    of a street or district is computed from its own concentrations.

    HOURLY files are the UCI Beijing multi-site layout or `station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3`
    (ISO local hours; CO must name its unit, in the header or with --unit); a directory means
    its *.csv files. Large inputs are read on every core.

    OPTIONS:
      --stations FILE     station list: station,name_zh,street,district (street may be empty;
                          names as the plans print them, aliases allowed)
      --standard S        auto (default: HJ 633—2012 before 2026-03-01, HJ 633—2026 from then),
                          2012 or 2026 to compute every day under one version ("what if")
      --exclude FILE      excluded (sand-dust) days: date,reason. A `flag` column of 沙尘 in the
                          hourly files excludes its days too. Months with excluded days carry
                          the flag sand_dust; the value is over all days and the note gives the
                          excluded days and the value without them
      --from, --to        first and last month to write (YYYY-MM)
      --output FILE       the monthly file (default: standard output); written atomically
      --daily FILE        also write the daily table: date, area, each pollutant's value, IAQIs,
                          AQI, category, primary pollutant, standard version
      --include-stations  also write each station's rows, scope = the station id (not a scope
                          of the catalog: `tracker evaluate` does not read those rows)
      --unit P=U          unit of a column whose header names none, e.g. CO=mg/m3
      --targets DIR       where scopes.catalog is (default: Targets)
      --workers N         cores to use (default: all)
      --verbose           print how the read went (parts, workers, open days)

    EXAMPLES:
      tracker aggregate --stations Samples/beijing-multisite-stations.csv ../shared/data/beijing-multisite \\
          --from 2014-01 --to 2016-12 --output Samples/dongcheng-xicheng-2014-2016.csv
      tracker aggregate --stations stations.csv hourly/*.csv --standard 2026 --daily daily.csv > monthly.csv
      tracker aggregate --stations stations.csv national-2025.csv --exclude dust-2025.csv --include-stations
    """

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let spec = ArgumentSpec(options: [
            .value("--stations"), .value("--standard", allowed: StandardOption.values), .value("--exclude"),
            .value("--from"), .value("--to"), .value("--output"), .value("--daily"), .flag("--include-stations"),
            .many("--unit"), .value("--targets"), .value("--workers"), .flag("--verbose"),
        ])
        let parsed: ParsedArguments
        switch spec.invocation(arguments, help: help, console: &console) {
        case .run(let p): parsed = p
        case .exit(let code): return code
        }
        let options: AggregationOptions
        let hourly: [String]
        switch settings(parsed) {
        case .success(let (o, h)):
            options = o
            hourly = h
        case .failure(let e): return Tracker.usage(e, help: nil, console: &console)
        }
        guard let stations = parsed.value("--stations") else {
            return Tracker.usage(UsageError("`--stations FILE` is required: the station list maps stations to streets and districts"),
                                 help: nil, console: &console)
        }
        let inputs = hourly + [stations] + (parsed.value("--exclude").map { [$0] } ?? [])
        for (option, path) in [("--output", parsed.value("--output")), ("--daily", parsed.value("--daily"))] {
            guard let path else { continue }
            if let input = inputs.first(where: { AtomicFile.isOneOf(path, [$0]) }) {
                return Tracker.usage(UsageError("`\(option) \(path)` would overwrite the input `\(input)`; write elsewhere"),
                                     help: nil, console: &console)
            }
        }
        if let output = parsed.value("--output"), let daily = parsed.value("--daily"), AtomicFile.isOneOf(output, [daily]) {
            return Tracker.usage(UsageError("`--output` and `--daily` name the same file; give two files"), help: nil, console: &console)
        }

        let targets = parsed.value("--targets") ?? Tracker.defaultTargets
        var catalogs = CatalogReader()
        let catalogFile = (targets as NSString).appendingPathComponent("scopes.catalog")
        guard let text = try? String(contentsOfFile: catalogFile, encoding: .utf8) else {
            console.error("error: cannot read the scope catalog `\(catalogFile)`; run from the repository or give --targets DIR")
            return ExitCode.dataError
        }
        catalogs.read(text, file: catalogFile)
        if TargetsCommand.report(catalogs.diagnostics, console: &console, showWarnings: false) { return ExitCode.dataError }

        let result = HourlyAggregation.run(hourly: hourly, stations: stations, exclusions: parsed.value("--exclude"),
                                           scopes: catalogs.scopes, options: options)
        for diagnostic in result.diagnostics.sortedForDisplay() { console.error(diagnostic.description) }
        if result.diagnostics.hasErrors { return ExitCode.dataError }
        for file in result.files {
            console.error("\(file.file): \(file.rowsRead) rows, \(file.rowsStored) stored, \(file.rowsRejected) rejected; "
                + "values: \(file.missingValues) missing, \(file.negativeValues) negative, \(file.malformedValues) malformed; "
                + "\(file.duplicateHours) duplicate hours")
        }
        if parsed.has("--verbose") {
            let r = result.run
            console.error("read \(r.bytesRead) bytes, \(r.rowsRead) rows in \(r.parts) parts on \(r.workers) workers"
                + (r.readAgainSequentially ? " (parts overlapped: read again on one core)" : "")
                + "; \(r.stationDays) station-days, at most \(r.peakOpenDays) open at once; "
                + "read \(String(format: "%.2f", r.readSeconds)) s, then \(String(format: "%.2f", r.finishSeconds)) s")
        }

        let table = MeasurementTable(result.measurements.measurements)
        let monthly = csv(table.header, table.rows)
        if let daily = parsed.value("--daily") {
            guard AtomicFile.write(Data(csv(DailyTable.header, DailyTable.rows(result.areaDays)).utf8), to: daily, console: &console) else {
                return ExitCode.cannotWrite
            }
        }
        if let output = parsed.value("--output") {
            guard AtomicFile.write(Data(monthly.utf8), to: output, console: &console) else { return ExitCode.cannotWrite }
            let scopes = Set(result.measurements.measurements.map(\.scope)).count
            console.error("wrote \(output): \(result.measurements.measurements.count) rows for \(scopes) scope\(scopes == 1 ? "" : "s")")
        } else {
            console.write(monthly)
        }
        return ExitCode.success
    }

    private static func csv(_ header: [String], _ rows: [[String]]) -> String {
        var text = CSVText.line(header)
        for row in rows { text += CSVText.line(row) }
        return text
    }

    /// Options and hourly paths from the command line, or what is wrong with them.
    static func settings(_ parsed: ParsedArguments) -> Result<(AggregationOptions, [String]), UsageError> {
        var options = AggregationOptions()
        options.standard = StandardOption.choice(parsed.value("--standard"))
        for (option, keyPath) in [("--from", \AggregationOptions.from), ("--to", \AggregationOptions.to)] {
            guard let text = parsed.value(option) else { continue }
            guard let month = YearMonth(parsing: text) else {
                return .failure(UsageError("`\(option) \(text)` is not a month; write YYYY-MM, e.g. 2015-01"))
            }
            options[keyPath: keyPath] = month
        }
        if let from = options.from, let to = options.to, to < from {
            return .failure(UsageError("`--to \(to)` is before `--from \(from)`"))
        }
        for item in parsed.all("--unit") {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let pollutant = Pollutant(headerName: parts[0]),
                  let unit = HourlyUnit(declaration: parts[1]) else {
                return .failure(UsageError("`--unit \(item)` not understood; write POLLUTANT=UNIT, e.g. CO=mg/m3 or CO=ug/m3"))
            }
            options.units[pollutant] = unit
        }
        if let text = parsed.value("--workers") {
            guard let n = Int(text), n >= 1 else { return .failure(UsageError("`--workers \(text)` must be a whole number ≥ 1")) }
            options.workers = n
        }
        options.includeStations = parsed.has("--include-stations")
        options.sourceLabel = parsed.value("--output") ?? "tracker aggregate"
        var hourly: [String] = []
        for path in parsed.positionals {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                    .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
                if names.isEmpty { return .failure(UsageError("the folder `\(path)` holds no .csv files")) }
                hourly += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                hourly.append(path)
            }
        }
        if hourly.isEmpty {
            return .failure(UsageError("no hourly files given; name the hourly CSV files (or their folder) after the options"))
        }
        return .success((options, hourly))
    }
}
