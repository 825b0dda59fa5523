import TrackerKit

/// The options `tracker evaluate` and `tracker report` share, read into the library's request.
///
/// ```swift
/// let options = try ScorecardOptions(parsed)
/// let evaluation = try options.request.run()
/// ```
struct ScorecardOptions {
    var request: EvaluateRequest
    var output: String?
    var lenient: Bool { request.sources.lenient }

    /// The options every scorecard command takes, for their option lists.
    static let options: [ArgumentSpec.Option] = [
        .many("--targets"), .many("--data"), .value("--plan"), .value("--as-of"), .value("--scope"),
        .value("--output"), .flag("--lenient"), .choice("--encoding", InputEncoding.self),
        .value("--sheet"), .value("--header-row"), .value("--year"), .many("--indicator"), .many("--verdict"), .choice("--level", ScopeLevel.self),
        .flag("--all"), .choice("--compare", CompareOption.self),
    ] + HourlyOptions.options

    /// Their help lines.
    static let help = """
      --targets P …     target files or directories (the plans it defers to may be loaded too)
      --data FILE …     measurement files: CSV (long or wide layout; UTF-8, UTF-8 with BOM or GB18030)
                        or Excel workbooks (.xlsx); docs/measurements.md
      --hourly FILE …   hourly station files instead of (or besides) monthly ones, with --stations
      --stations FILE   the station list (station,name_zh,street,district) for --hourly
      --standard S      --hourly: auto (the AQI rules in force on each day), 2012 or 2026
      --exclude FILE    --hourly: sand-dust dates (date,reason) left out of the statistics
      --include-traffic, --include-background
                        --hourly: count traffic (交通污染监控点) or background (对照点及区域点)
                        stations for their districts and the city (default: assessment stations only)
      --plan ID         the plan, when several are loaded (e.g. xicheng-2025)
      --year YYYY       hold the plan's targets against another year's data (the plan is moved to
                        that year; multi-year windows keep theirs), e.g. real 2016 data against 2025
      --as-of YYYY-MM   as of this month (default: the latest month in the data; a month after
                        the plan period gives the final scorecard)
      --scope NAME      only this scope and those below it (西城区, 德胜街道 …)
      --indicator I …   only these indicators: id, Chinese name or alias (PM2.5年均浓度, 降尘量 …)
      --verdict V …     only these verdicts: \(Verdict.helpList.replacingOccurrences(of: "|", with: ","))
      --level L         only the scopes of one level: district or street (city for beijing plans)
      --all             also the targets with no data at all (left out of tables and reports by
                        default, and counted in one line; CSV, JSON and workbooks always hold them)
      --sheet S         the workbook sheet to read, by name or number from 1 (default: the first sheet
                        whose header row matches a layout, so a cover sheet such as 说明 is passed over)
      --header-row N    the header is on line (sheet: row) N; default: the first of the first 20
                        filled rows that reads as a header, so a title or unit row above it is passed over
      --compare C       published (default): compare the value as published (rounded once, half to
                        even, at the indicator's publication precision: PM2.5 0 decimals through
                        2023, 1 from 2024); full: the unrounded value (GB/T 8170 全数值比较). A row
                        where the two disagree is marked boundary-sensitive with both verdicts
      --lenient         skip bad rows and cells (each is listed) instead of stopping
      --encoding E      force the data files' encoding (default: detect UTF-8, else GB18030)
    """

    init(_ parsed: ParsedArguments) throws(UsageError) {
        let hourly = try HourlyOptions.source(parsed)
        if parsed.all("--data").isEmpty && hourly == nil { throw Wording.usage(.noMeasurements) }
        let sources = DataSources(files: parsed.all("--data"), sheet: parsed.value("--sheet"),
                                  encoding: parsed.choice("--encoding", InputEncoding.self)?.encoding,
                                  lenient: parsed.has("--lenient"), hourly: hourly,
                                  headerRow: try parsed.rowNumber("--header-row"))
        request = EvaluateRequest(targets: parsed.all("--targets").isEmpty ? [Tracker.defaultTargets] : parsed.all("--targets"),
                                  plan: parsed.value("--plan"), sources: sources,
                                  asOf: try parsed.month("--as-of"), year: try parsed.year("--year"), scope: parsed.value("--scope"))
        request.indicators = parsed.words("--indicator")
        request.verdicts = try parsed.choices("--verdict", Verdict.self)
        request.level = parsed.choice("--level", ScopeLevel.self)
        request.setsAsideRowsWithoutData = !parsed.has("--all")
        request.compare = (parsed.choice("--compare", CompareOption.self) ?? .published).comparison
        output = parsed.value("--output")
    }
}
