import Foundation
import TrackerKit

/// `tracker aggregate`: hourly station files + a station list → the monthly measurement file
/// (long layout, with valid_days) for every street and district, optionally every station, and
/// the daily table. The arithmetic lives in `StationAggregation` (`AggregateRequest`); this reads the
/// options and writes the files.
enum AggregateCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker aggregate --stations FILE HOURLY… [--standard \(StandardOption.helpList)] [--exclude FILE]
                             [--from YYYY-MM] [--to YYYY-MM] [--output FILE] [--daily FILE]
                             [--include-stations] [--include-traffic] [--include-background]
                             [--unit POLLUTANT=UNIT] [--timezone ZONE] [--targets DIR] [--workers N] [--verbose]

    Reads hourly station concentrations and writes monthly statistics in the long layout that
    `tracker evaluate` reads (period,scope,indicator,value,valid_days,unit,flag,note):
    pm25_annual_mean (monthly mean of the PM2.5 24-h means, valid_days = days with a valid mean),
    good_day_ratio, heavy_pollution_days and heavy_pollution_day_ratio (valid_days = valid AQI
    days), for every street and district of the station list. Rules: docs/air-quality.md — daily values need 20 valid hours (O3: 8-h windows), area
    values are the mean of the area's stations (HJ 663; valid with at least half of them), the AQI
    of a street or district is computed from its own concentrations.

    HOURLY files are the UCI Beijing multi-site layout, `station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3`
    (ISO local hours; CO must name its unit, in the header or with --unit), or the national
    platform's daily files (beijing_all_YYYYMMDD.csv, beijing_extra_…, china_sites_…: date,hour,type
    and one column per station), read day by day in any order; a directory means its *.csv
    files. Large inputs are read on every core. docs/hourly-formats.md shows each layout.

    OPTIONS:
      --stations FILE     station list: station,district and optionally name_zh, street,
                          national_code, type (城区/郊区/交通污染监控点/对照点及区域点); names as
                          the plans print them, aliases allowed. A list that covers every district
                          of the city also gives the city's rows (北京市)
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
      --include-traffic   count traffic stations (交通污染监控点) for their districts and the city
      --include-background  count background and regional stations (对照点及区域点) too; without
                          these flags such stations get rows of their own only
      --unit P=U          unit of a column whose header names none, e.g. CO=mg/m3
      --timezone ZONE     zone of the files' times when the header does not name it (a `utc_time`
                          column does): UTC, UTC+8, +08:00, Asia/Shanghai. Default: Beijing time.
                          Hours are moved to Beijing time (UTC+8) before days are formed
      --targets DIR       where scopes.catalog is (default: Targets)
      --workers N         cores to use (default: all)
      --verbose           print how the read went (parts, workers, open days)
    \(HelpText.commonOptions(.en, width: 22))

    EXAMPLES:
      tracker aggregate --stations Samples/beijing-multisite-stations.csv ../shared/data/beijing-multisite \\
          --from 2014-01 --to 2016-12 --output Samples/dongcheng-xicheng-2014-2016.csv
      tracker aggregate --stations Samples/beijing-multisite-stations.csv ../shared/data/beijing-multisite \\
          --standard 2026 --daily daily.csv --include-stations > monthly.csv
      tracker aggregate --stations ../shared/data/beijing-native/stations.csv ../shared/data/beijing-native/2016 \\
          --include-traffic --output beijing-2016.csv
    (../shared/data: the real station data beside the checkout.)
    """

    static let spec = ArgumentSpec(options: [
        .value("--stations"), .choice("--standard", StandardOption.self), .value("--exclude"),
        .value("--from"), .value("--to"), .value("--output"), .value("--daily"), .flag("--include-stations"),
        .flag("--include-traffic"), .flag("--include-background"),
        .many("--unit"), .value("--timezone"), .value("--targets"), .value("--workers"), .flag("--verbose"),
    ])

    /// `tracker aggregate`'s options.
    struct Options {
        var request: AggregateRequest
        var output: String?
        var daily: String?
        var verbose: Bool

        init(_ parsed: ParsedArguments) throws(UsageError) {
            var options = AggregationOptions()
            options.standard = (parsed.choice("--standard", StandardOption.self) ?? .auto).standard
            for (option, keyPath) in [("--from", \AggregationOptions.from), ("--to", \AggregationOptions.to)] {
                guard let text = parsed.value(option) else { continue }
                guard let month = YearMonth(parsing: text) else {
                    throw UsageError("`\(option) \(text)` is not a month; write YYYY-MM, e.g. 2015-01",
                                     zh: "`\(option) \(text)` 不是月份；请写作 YYYY-MM，如 2015-01")
                }
                options[keyPath: keyPath] = month
            }
            if let from = options.from, let to = options.to, to < from {
                throw UsageError("`--to \(to)` is before `--from \(from)`", zh: "`--to \(to)` 早于 `--from \(from)`")
            }
            for item in parsed.all("--unit") {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let pollutant = Pollutant(headerName: parts[0]),
                      let unit = HourlyUnit(declaration: parts[1]) else {
                    throw UsageError("`--unit \(item)` not understood; write POLLUTANT=UNIT, e.g. CO=mg/m3 or CO=ug/m3",
                                     zh: "无法理解 `--unit \(item)`；请写作 污染物=单位，如 CO=mg/m3 或 CO=ug/m3")
                }
                options.units[pollutant] = unit
            }
            if let text = parsed.value("--timezone") {
                guard let zone = HourlyTimeZone(name: text) else {
                    throw UsageError("`--timezone \(text)` not understood; write UTC, UTC+8, +08:00 or Asia/Shanghai",
                                     zh: "无法识别 `--timezone \(text)`；请写 UTC、UTC+8、+08:00 或 Asia/Shanghai")
                }
                options.timeZone = zone
            }
            if let text = parsed.value("--workers") {
                guard let n = Int(text), n >= 1 else { throw UsageError("`--workers \(text)` must be a whole number ≥ 1", zh: "`--workers \(text)` 须为 ≥ 1 的整数") }
                options.workers = n
            }
            options.includeStations = parsed.has("--include-stations")
            options.stationKinds = StationKinds(includeTraffic: parsed.has("--include-traffic"),
                                                includeBackground: parsed.has("--include-background"))
            options.sourceLabel = parsed.value("--output") ?? "tracker aggregate"
            let hourly: [String]
            do throws(RunFailure) { hourly = try HourlyFiles.expand(parsed.positionals) } catch {
                guard case .usage(let problem) = error else { throw UsageError("\(error)", zh: "\(error)") }
                throw Wording.usage(problem)
            }
            guard let stations = parsed.value("--stations") else {
                throw UsageError("`--stations FILE` is required: the station list maps stations to streets and districts",
                                 zh: "须给出 `--stations FILE`：站点列表给出各站点所属的街道和区")
            }
            output = parsed.value("--output")
            daily = parsed.value("--daily")
            verbose = parsed.has("--verbose")
            request = AggregateRequest(hourly: hourly, stations: stations, exclusions: parsed.value("--exclude"),
                                       targets: parsed.value("--targets") ?? Tracker.defaultTargets, options: options)
            let inputs = hourly + [stations] + (request.exclusions.map { [$0] } ?? [])
            for (option, path) in [("--output", output), ("--daily", daily)] {
                guard let path else { continue }
                if let input = inputs.first(where: { SameFile.isOneOf(path, [$0]) }) {
                    throw UsageError("`\(option) \(path)` would overwrite the input `\(input)`; write elsewhere",
                                     zh: "`\(option) \(path)` 会覆盖输入文件 `\(input)`；请另选位置")
                }
            }
            if let output, let daily, SameFile.isOneOf(output, [daily]) {
                throw UsageError("`--output` and `--daily` name the same file; give two files", zh: "`--output` 和 `--daily` 是同一个文件；请给出两个文件")
            }
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let result: AggregationResult
        do throws(RunFailure) {
            result = try options.request.run()
        } catch {
            if case .unreadable(let file) = error {
                console.error(console.language.pick("错误：无法读取范围目录 `\(file)`；请在仓库目录中运行，或给出 --targets DIR",
                                                    "error: cannot read the scope catalog `\(file)`; run from the repository or give --targets DIR"))
                return ExitCode.dataError
            }
            return Failures.report(error, help: help, console: &console) { diagnostics, console in
                for diagnostic in diagnostics { console.diagnostic(diagnostic) }
            }
        }
        for diagnostic in result.diagnostics.sortedForDisplay() { console.diagnostic(diagnostic) }
        // A line per file for a few files; one line for all of them when there are many (a year
        // of national daily files is 730).
        let summaries = result.files.count > 10 ? [HourlyReadSummary(total: result.files)] : result.files
        for file in summaries {
            console.error(console.language == .zh
                ? "\(file.file)：\(file.rowsRead) 行，存入 \(file.rowsStored) 行，拒收 \(file.rowsRejected) 行；"
                    + "数值：缺测 \(file.missingValues) 个，负值 \(file.negativeValues) 个，无法读取 \(file.malformedValues) 个；"
                    + "重复小时 \(file.duplicateHours) 个"
                : "\(file.file): \(file.rowsRead) rows, \(file.rowsStored) stored, \(file.rowsRejected) rejected; "
                    + "values: \(file.missingValues) missing, \(file.negativeValues) negative, \(file.malformedValues) malformed; "
                    + "\(file.duplicateHours) duplicate hours")
        }
        if options.verbose {
            let r = result.run
            let (read, finish) = (String(format: "%.2f", r.readSeconds), String(format: "%.2f", r.finishSeconds))
            console.error(console.language == .zh
                ? "读取 \(r.bytesRead) 字节、\(r.rowsRead) 行，分 \(r.parts) 块、\(r.workers) 个并行"
                    + (r.readAgainSequentially ? "（分块重叠：改用单核重读）" : "")
                    + "；站点日 \(r.stationDays) 个，同时未结束的至多 \(r.peakOpenDays) 个；读取 \(read) 秒，汇总 \(finish) 秒"
                : "read \(r.bytesRead) bytes, \(r.rowsRead) rows in \(r.parts) parts on \(r.workers) workers"
                    + (r.readAgainSequentially ? " (parts overlapped: read again on one core)" : "")
                    + "; \(r.stationDays) station-days, at most \(r.peakOpenDays) open at once; "
                    + "read \(read) s, then \(finish) s")
        }

        let table = MeasurementTable(result.measurements.measurements)
        let monthly = csv(table.header, table.rows)
        if let daily = options.daily {
            guard AtomicFile.write(Data(csv(DailyTable.header, DailyTable.rows(result.areaDays)).utf8), to: daily, console: &console) else {
                return ExitCode.cannotWrite
            }
        }
        if let output = options.output {
            guard AtomicFile.write(Data(monthly.utf8), to: output, console: &console) else { return ExitCode.cannotWrite }
            let scopes = Set(result.measurements.measurements.map(\.scope)).count
            let rows = result.measurements.measurements.count
            console.wrote(output, (zh: "：\(rows) 行，\(scopes) 个范围", en: ": \(rows) rows for \(scopes) scope\(scopes == 1 ? "" : "s")"))
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
}
