import Foundation
import TrackerModel

/// Where a file keeps each thing, resolved from its header, with the unit conversion per
/// pollutant column. Header problems are returned rather than guessed around.
///
/// ```swift
/// switch HourlyColumns.resolve(header: ["station", "time", "PM2.5", "CO(mg/m³)"], file: "a.csv") {
/// case .columns(let columns): columns.layout   // .long
/// case .problems(let problems): …              // e.g. CO without a unit
/// }
/// ```
struct HourlyColumns {
    enum Resolution {
        case columns(HourlyColumns)
        case problems([HourlyProblem])
    }

    enum Time {
        /// UCI: year, month, day, hour in separate columns, in `zone`.
        case parts(year: Int, month: Int, day: Int, hour: Int, zone: HourlyTimeZone)
        /// Long layout: one ISO-8601 column, in `zone`.
        case iso(Int, zone: HourlyTimeZone)
    }

    struct PollutantColumn {
        let pollutant: Pollutant
        let column: Int
        let unit: HourlyUnit
    }

    let layout: HourlyLayout
    let station: Int
    let time: Time
    let pollutants: [PollutantColumn]
    /// Long layout: a `flag` column (e.g. `沙尘` on sand-dust days), passed on to the sink.
    var flag: Int?
    let fieldCount: Int

    /// Column names (compared lower-cased, units in brackets removed) that say what a column is.
    static let stationNames: Set<String> = ["station", "stationid", "station_id", "site", "站点", "站点名称", "监测点", "测点"]
    static let timeNames: Set<String> = ["time", "datetime", "date_time", "utc_time", "time_utc", "utctime", "timestamp",
                                         "时间", "监测时间", "日期时间"]

    /// `units`: units given outside the file (an option), used for columns whose header names
    /// none; a header that names a different one is a problem, never silently overridden. The
    /// same for `timeZone` (`--timezone`) against a time column that names its zone (`utc_time`).
    /// Columns are found by name in any order, quoted or not; other columns are ignored.
    static func resolve(header rawNames: [String], file: String, line: Int = 1,
                        units: [Pollutant: HourlyUnit] = [:], timeZone: HourlyTimeZone? = nil) -> Resolution {
        let names = rawNames.map { $0.trimmingCharacters(in: .whitespaces) }
        if names == HourlyLayout.uciHeader, timeZone == nil || timeZone == .beijing { return .columns(uci) }
        return resolveByNames(names, file: file, line: line, units: units, timeZone: timeZone)
    }

    private static let uci = HourlyColumns(
        layout: .uciBeijingMultiSite, station: 17, time: .parts(year: 1, month: 2, day: 3, hour: 4, zone: .beijing),
        pollutants: [Pollutant.pm25, .pm10, .so2, .no2, .co, .o3].enumerated().map {
            PollutantColumn(pollutant: $0.element, column: 5 + $0.offset, unit: .microgramsPerCubicMetre)
        },
        flag: nil, fieldCount: HourlyLayout.uciHeader.count)

    private static func resolveByNames(_ names: [String], file: String, line: Int,
                                       units: [Pollutant: HourlyUnit], timeZone: HourlyTimeZone?) -> Resolution {
        var problems: [HourlyProblem] = []
        var station: Int?
        var time: Int?
        var parts: [String: Int] = [:]
        var flag: Int?
        var pollutants: [PollutantColumn] = []
        // A header of UCI's own columns (weather columns left out, or in another order): CO is
        // µg/m³ by the data set's definition, as for the exact header.
        let uciLike = Set(names).isSubset(of: HourlyLayout.uciHeader) && names.contains("year")
        for (column, name) in names.enumerated() {
            let (base, unitText) = split(name)
            let key = base.lowercased()
            switch key {
            case _ where stationNames.contains(key): station = station ?? column
            case _ where timeNames.contains(key): time = time ?? column
            case "year", "month", "day", "hour", "年", "月", "日", "时": parts[key] = parts[key] ?? column
            case "flag", "flags", "标记": flag = flag ?? column
            default:
                guard let pollutant = Pollutant(headerName: base) else { continue }  // extra column
                if pollutants.contains(where: { $0.pollutant == pollutant }) {
                    problems.append(HourlyProblem(.unrecognisedHeader, file: file, line: line, column: column + 1,
                        message: "\(pollutant.rawValue) appears twice in the header; keep one column per pollutant"))
                    continue
                }
                if let given = units[pollutant], let unitText, HourlyUnit(declaration: unitText) != given {
                    problems.append(HourlyProblem(.unknownUnit, file: file, line: line, column: column + 1,
                        message: "the header gives \(pollutant.rawValue) in \(unitText) but the option says \(given.rawValue); "
                            + "drop the option or correct the header"))
                    continue
                }
                let fallback = uciLike && pollutant == .co ? HourlyUnit.microgramsPerCubicMetre.rawValue : nil
                guard let unit = unit(of: pollutant, declared: unitText ?? units[pollutant]?.rawValue ?? fallback,
                                      at: (line, column + 1), file: file, into: &problems)
                else { continue }
                pollutants.append(PollutantColumn(pollutant: pollutant, column: column, unit: unit))
            }
        }
        func part(_ english: String, _ chinese: String) -> Int? { parts[english] ?? parts[chinese] }
        var resolvedTime: Time?
        if let time {
            let stated = HourlyTimeZone(columnName: names[time])
            if let stated, let timeZone, stated != timeZone {
                problems.append(HourlyProblem(.unknownTimeZone, file: file, line: line, column: time + 1,
                    message: "the column \(names[time]) gives times in \(stated) but the option says \(timeZone); "
                        + "drop --timezone or correct the header"))
            }
            resolvedTime = .iso(time, zone: stated ?? timeZone ?? .beijing)
        } else if let y = part("year", "年"), let m = part("month", "月"), let d = part("day", "日"), let h = part("hour", "时") {
            resolvedTime = .parts(year: y, month: m, day: d, hour: h, zone: timeZone ?? .beijing)
        }
        // With no usable pollutant column because of unit problems, those problems say it all.
        guard let station, let resolvedTime, !pollutants.isEmpty || !problems.isEmpty else {
            let expected = "expected the UCI header (\"No\",\"year\",…,\"station\") or "
                + "station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3"
            problems.insert(HourlyProblem(.unrecognisedHeader, file: file, line: line, column: nil,
                message: "header not recognised (\(HourlyFileParser.shown(names.joined(separator: ","), limit: 300))); \(expected)"), at: 0)
            return .problems(problems)
        }
        guard problems.isEmpty else { return .problems(problems) }
        let layout: HourlyLayout = if case .parts = resolvedTime, uciLike { .uciBeijingMultiSite } else { .long }
        return .columns(HourlyColumns(layout: layout, station: station, time: resolvedTime,
                                      pollutants: pollutants, flag: flag, fieldCount: names.count))
    }

    /// The declared unit; CO must declare one (µg/m³ and mg/m³ are both common), the others
    /// default to µg/m³.
    private static func unit(of pollutant: Pollutant, declared: String?, at place: (line: Int, column: Int),
                             file: String, into problems: inout [HourlyProblem]) -> HourlyUnit? {
        guard let declared else {
            if pollutant == .co {
                problems.append(HourlyProblem(.missingUnit, file: file, line: place.line, column: place.column,
                    message: "the CO column declares no unit and CO is stored as mg/m³ or µg/m³ in practice; "
                        + "write the unit in the header: CO(mg/m³) or CO(µg/m³)"))
                return nil
            }
            return .microgramsPerCubicMetre
        }
        guard let unit = HourlyUnit(declaration: declared) else {
            problems.append(HourlyProblem(.unknownUnit, file: file, line: place.line, column: place.column,
                message: "unit \"\(declared)\" of \(pollutant.rawValue) is not a concentration unit this reader knows; "
                    + "write µg/m³ or mg/m³"))
            return nil
        }
        return unit
    }

    /// `CO(mg/m³)`, `CO (mg/m3)`, `CO[mg/m3]`, `CO（mg/m³）` → ("CO", "mg/m³").
    private static func split(_ name: String) -> (String, String?) { Bracketed.split(name) }
}
