import AirQuality
import Dispatch
import Foundation
import TrackerInput
import TrackerModel

/// Hourly station files + a station list → monthly measurements per street and district (and
/// station), by the rules of docs/air-quality.md: station-day values (§3), HJ 663 area values (§8),
/// the daily AQI under the regulation in force or forced (§1, §5–6), monthly statistics (§7)
/// with excluded days reported (§9).
///
/// Large inputs are read on every core: files, and parts of large files cut at line ends, are
/// shared among workers; each reduces a station-day as soon as its 24 hours are in, so memory
/// follows areas × days and the few days open at once, not rows. Results do not depend on the
/// number of cores (area sums are exact; see `ExactSum`).
///
/// ```swift
/// let (set, diagnostics) = HourlyAggregation.measurements(
///     hourly: ["PRSA_Data_Guanyuan_20130301-20170228.csv", "PRSA_Data_Wanshouxigong_20130301-20170228.csv"],
///     stations: "Samples/beijing-multisite-stations.csv", standard: .automatic, exclusions: nil, scopes: scopes)
/// set.measurements.filter { $0.scope == "西城区" && $0.indicator == "pm25_annual_mean" }   // one row per month
/// ```
public enum HourlyAggregation {
    /// The monthly rows `tracker evaluate` reads (streets and districts), with every problem.
    public static func measurements(hourly: [String], stations: String, standard: StandardChoice, exclusions: String?,
                                    scopes: ScopeDirectory, kinds: StationKinds = .assessment) -> (MeasurementSet, [Diagnostic]) {
        var options = AggregationOptions(standard: standard)
        options.stationKinds = kinds
        let result = run(hourly: hourly, stations: stations, exclusions: exclusions, scopes: scopes, options: options)
        return (result.measurements, result.diagnostics)
    }

    /// The whole aggregation, with the area days and the facts of the run.
    public static func run(hourly: [String], stations: String, exclusions: String?, scopes: ScopeDirectory,
                           options: AggregationOptions = AggregationOptions()) -> AggregationResult {
        var diagnostics: [Diagnostic] = []
        let (list, listProblems) = StationListReader.read(fileAt: stations, scopes: scopes)
        diagnostics += listProblems
        var excluded: [Exclusion] = []
        if let exclusions {
            let (days, problems) = ExclusionListReader.read(fileAt: exclusions)
            excluded = days
            diagnostics += problems
        }
        if hourly.isEmpty {
            diagnostics.append(Diagnostic(.error, .noHourlyFiles, at: nil, "no hourly files given", fix: "name one or more hourly CSV files",
                                          zh: .init("未给出小时数据文件", fix: "请列出一个或多个小时数据 CSV 文件")))
        }
        guard !diagnostics.hasErrors else { return AggregationResult(diagnostics: diagnostics) }

        let layout = AreaLayout(stations: list, scopes: scopes, kinds: options.stationKinds)
        diagnostics += apart(list, layout: layout)
        let context = AggregationContext(stations: list, layout: layout, days: options.dayRange, choice: options.standard,
                                         includeStations: options.includeStations)
        var read = HourlyRead.run(files: hourly, context: context, options: options)
        let readDone = DispatchTime.now()
        diagnostics += read.diagnostics
        read.collector.closeOpenDays()

        for flag in read.flags {
            let date = CalendarDay(ordinal: flag.day)
            if ExclusionListReader.isSandDust(flag.text) {
                if !excluded.contains(where: { $0.day == date }) { excluded.append(Exclusion(day: date, reason: flag.text)) }
            } else {
                diagnostics.append(Diagnostic(.warning, .flagExcludesNothing, at: SourceLocation(file: flag.file, line: flag.line),
                    "flag `\(flag.text)` on \(date) is not a sand-dust flag and excludes nothing",
                    fix: "write 沙尘 (sand_dust) to exclude the day, or leave the flag column empty",
                    zh: .init("\(date) 的标记 `\(flag.text)` 不是沙尘标记，不剔除任何数据", fix: "要剔除该日请写 沙尘，否则将标记列留空")))
            }
        }
        // After a file that could not be read, "no hourly rows" would only repeat that error.
        if !read.summaries.contains(where: \.stoppedReading) {
            diagnostics += stationCoverage(read.collector, list: list, layout: layout, unlistedAt: read.unlistedAt)
        }
        let exclusionSet = Exclusions(excluded)

        let areaDays = AreaDays.assess(read.collector.areaSums, layout: layout, choice: options.standard, exclusions: exclusionSet)
        var rows = MonthlyRows(exclusions: exclusionSet, choice: options.standard)
        // Each area's days, in their order, found in one pass (not one pass over all days per area).
        var dayIndices: [String: [Int]] = [:]
        for index in areaDays.indices { dayIndices[areaDays[index].area, default: []].append(index) }
        for area in layout.areas {
            rows.addScope(area.name, note: nil, days: (dayIndices[area.name] ?? []).lazy.map { index in
                let day = areaDays[index]
                return (day.day, day.assessment.values.mean(.pm25), day.assessment.aqi.value, day.assessment.version)
            })
        }
        if context.stationRows.contains(true) {
            let byStation = Dictionary(grouping: read.collector.stationDays, by: \.station)
            for (index, station) in list.stations.enumerated() where context.stationRows[index] {
                let days = (byStation[Int32(index)] ?? []).sorted { $0.day < $1.day }.map { record in
                    let day = CalendarDay(ordinal: Int(record.day))
                    return (day, record.pm25.isNaN ? nil : record.pm25, record.aqi < 0 ? nil : Int(record.aqi),
                            options.standard.version(for: day))
                }
                let name = station.nameZh.isEmpty || station.nameZh == station.id ? station.id : "\(station.nameZh) (\(station.id))"
                let apart = layout.stationAreas[index].isEmpty
                    ? "; a \(station.kind.rawValue) station (\(station.kind.labelZh)), not in district or city values" : ""
                rows.addScope(station.id, note: "station \(name), not in the scope catalog\(apart)", days: days)
            }
        }

        var set = MeasurementSet(measurements: rows.measurements(source: options.sourceLabel),
                                 rowsRead: read.summaries.reduce(0) { $0 + $1.rowsRead })
        set.sources = sources(read.summaries)
        var facts = read.facts
        facts.stationDays = read.collector.done.reduce(0) { $0 + $1.count }
        facts.rowsRead = set.rowsRead
        facts.peakOpenDays = read.collector.peakOpen
        facts.finishSeconds = Double(DispatchTime.now().uptimeNanoseconds - readDone.uptimeNanoseconds) / 1e9
        return AggregationResult(measurements: set, diagnostics: diagnostics, files: read.summaries, areaDays: areaDays,
                                 exclusions: exclusionSet.list(in: DayRange(first: CalendarDay(ordinal: -1_000_000),
                                                                            last: CalendarDay(ordinal: 1_000_000))!),
                                 run: facts)
    }

    /// The files read, as scorecards list them: one line per file, but the national daily files
    /// of one folder (365 a year per kind) as one line with their count.
    private static func sources(_ summaries: [HourlyReadSummary]) -> [MeasurementSet.Source] {
        var result: [MeasurementSet.Source] = []
        var folders: [String: Int] = [:]
        for summary in summaries {
            let layout = "hourly, " + (summary.layout?.label ?? "unknown layout")
            guard summary.layout == .nationalDaily else {
                result.append(MeasurementSet.Source(file: summary.file, encoding: "UTF-8", layout: layout))
                continue
            }
            let folder = (summary.file as NSString).deletingLastPathComponent
            if let index = folders[folder] {
                let count = (Int(result[index].layout.split(separator: " ").last ?? "") ?? 1) + 1
                result[index] = MeasurementSet.Source(file: (folder as NSString).appendingPathComponent("*.csv"), encoding: "UTF-8",
                                                      layout: "\(layout), files: \(count)")
            } else {
                folders[folder] = result.count
                result.append(MeasurementSet.Source(file: summary.file, encoding: "UTF-8", layout: layout))
            }
        }
        return result
    }

    /// One note naming the stations that count for no area (traffic, background), which get rows
    /// of their own instead.
    private static func apart(_ list: StationList, layout: AreaLayout) -> [Diagnostic] {
        let apart = list.stations.indices.filter { layout.stationAreas[$0].isEmpty }.map { list.stations[$0] }
        guard let first = apart.first else { return [] }
        var groups: [String] = []
        var options: [String] = []
        for (kind, option) in [(StationKind.traffic, "--include-traffic"), (.background, "--include-background")] {
            let names = apart.filter { $0.kind == kind }.map(\.id)
            guard !names.isEmpty else { continue }
            groups.append("\(names.count) \(kind.rawValue) station\(names.count == 1 ? "" : "s") (\(names.joined(separator: ", ")))")
            options.append(option)
        }
        return [Diagnostic(.note, .stationsOutsideAreas, at: first.source,
            "\(groups.joined(separator: " and ")) are reported on their own, not in district or city values",
            fix: "give \(options.joined(separator: " or ")) to count them for their areas")]
    }

    /// Stations the list names but the files never mention, and stations the files mention but
    /// the list does not: both usually a spelling difference that would silently lose data.
    private static func stationCoverage(_ collector: StationDayCollector, list: StationList, layout: AreaLayout,
                                        unlistedAt: [String: SourceLocation]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let unlisted = collector.unlistedRows.sorted(by: { $0.key < $1.key })
        // A national file of every station in China (`china_sites_*`) names 1,500 stations a
        // Beijing list does not: five are listed, the rest counted in one warning.
        if unlisted.count > 5 {
            let rest = unlisted.dropFirst(5)
            let rows = rest.reduce(0) { $0 + $1.value }
            let names = rest.prefix(5).map { "`\($0.key.count > 40 ? $0.key.prefix(40) + "…" : $0.key)`" }.joined(separator: ", ")
            found.append(Diagnostic(.warning, .unlistedStation, at: unlistedAt[rest.first!.key],
                "\(rest.count) more stations (\(names)\(rest.count > 5 ? ", …" : "")) have \(rows) hourly rows but are not in the station list; their rows are not used",
                fix: "add those that belong to the run to the station list; the others can stay out"))
        }
        for (name, rows) in unlisted.prefix(5) {
            let near = NameKey.closest(to: name, among: list.stations.map(\.id))
            found.append(Diagnostic(.warning, .unlistedStation, at: unlistedAt[name],
                "station `\(name.count > 40 ? name.prefix(40) + "…" : name)` has \(rows) hourly row\(rows == 1 ? "" : "s") but is not in the station list; its rows are not used",
                fix: near.map { "did you mean `\($0)`? spell it as the hourly files do" } ?? "add it to the station list with its street and district",
                zh: .init("站点 `\(name.count > 40 ? name.prefix(40) + "…" : name)` 有 \(rows) 行小时数据，但不在站点列表中；这些行未被使用",
                          fix: near.map { "是否要用 `\($0)`？请按小时数据文件的写法填写" } ?? "请把它连同所属街道和区加入站点列表")))
        }
        for (index, station) in list.stations.enumerated() where collector.done[index].isEmpty {
            found.append(Diagnostic(.warning, .stationWithoutHourlyRows, at: station.source,
                "station `\(station.id)` has no hourly rows in the period read",
                fix: "check its spelling against the hourly files' `station` column"
                    + (layout.stationAreas[index].isEmpty ? "" : "; it still counts among its areas' stations"),
                zh: .init("站点 `\(station.id)` 在所读时段内没有小时数据",
                          fix: "请对照小时数据文件的 `station` 列核对拼写" + (layout.stationAreas[index].isEmpty ? "" : "；它仍计入所属区域的站点数"))))
        }
        return found
    }
}
