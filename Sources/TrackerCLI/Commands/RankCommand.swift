import Foundation
import TrackerKit

/// `tracker rank`: districts (or streets) ranked on one indicator for a month or the cumulative
/// months of its year, with 同比, in the layout Beijing publishes (docs/rankings.md).
enum RankCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker rank --data FILE … --indicator NAME --period YYYY-MM [--cumulative]
           tracker rank --hourly FILE … --stations FILE [--exclude FILE] [--standard \(StandardOption.helpList)]
                        --indicator NAME --period YYYY-MM [--cumulative]
                        [--level \(RankLevel.helpList)] [--within NAME] [--targets P …]
                        [--format \(RankFormat.helpList)] [--output FILE [--output-encoding E]] [--wide]

    Ranks the districts (or streets) in the data on one indicator, as the city publishes its
    monthly tables: by the value at the published precision (PM2.5 as an integer through 2023 and
    to 0.1 from 2024; 优良天数比率 and 降尘量 to 0.1), best first (lowest concentration), equal
    displayed values sharing a rank (1, 1, 3); and by the change on the same period of last year
    (同比 = (this ÷ last − 1) × 100 from the displayed values, to 0.1 %), largest fall first.
    With --cumulative the period is January to the month: the valid-day-weighted mean of the
    monthly values (never their plain mean). Sand-dust months and days are left out as for
    evaluation. With --hourly the districts' (and streets') months are aggregated from hourly
    station data first, exactly as `evaluate --hourly` does. Rules: docs/rankings.md.

    OPTIONS:
      --data FILE …     monthly measurements (all years: last year's months give the change)
      --hourly FILE …   hourly station files (or folders) instead of (or besides) monthly ones,
                        with --stations
      --stations FILE   the station list (station,name_zh,street,district) for --hourly
      --standard S      --hourly: auto (the AQI rules in force on each day), 2012 or 2026
      --exclude FILE    --hourly: sand-dust dates (date,reason) left out of the statistics
      --include-traffic, --include-background
                        --hourly: count traffic (交通污染监控点) or background (对照点及区域点)
                        stations for their districts (default: assessment stations only)
      --indicator NAME  id, Chinese name or alias (`tracker indicators` lists them)
      --period YYYY-MM  the month ranked
      --cumulative      January to that month instead of the month alone
      --level L         district (default) or street
      --within NAME     only the scopes below this one (西城区: its streets); streets get the
                        district's street table (街乡镇 | PM2.5浓度 | 区级倒排名), worst first
      --targets P …     where the catalogs are (default: the bundled Targets)
      --format F        table (default: the published layout), csv, json or xlsx (an Excel
                        workbook: the published table, the detail and the rules; needs --output)
      --output FILE     write there (atomically) instead of standard output
    \(CSVFile.helpEn)
      --wide            table: every column, whatever the terminal's width
    \(HelpText.commonOptions(.en, width: 17))

    EXAMPLES:
      tracker rank --data Samples/dongcheng-xicheng-2014-2016.csv --indicator PM2.5 --period 2016-03
      tracker rank --data Samples/dongcheng-xicheng-2014-2016.csv --indicator PM2.5 --period 2016-03 --cumulative
      tracker rank --data Samples/xicheng-2025-synthetic.csv --indicator PM2.5 --period 2025-06 --level street --within 西城区
      tracker rank --data Samples/dongcheng-xicheng-2014-2016.csv --indicator PM2.5 --period 2016-03 --format xlsx --output ranking.xlsx
      tracker rank --hourly ../shared/data/beijing-multisite --stations Samples/beijing-multisite-stations.csv --indicator PM2.5 --period 2016-03
    """

    static let spec = ArgumentSpec(options: [
        .many("--data"), .value("--indicator"), .value("--period"), .flag("--cumulative"),
        .choice("--level", RankLevel.self), .value("--within"), .many("--targets"),
        .choice("--format", RankFormat.self), .value("--output"), .choice("--output-encoding", OutputEncoding.self), .flag("--wide"),
    ] + HourlyOptions.options, maxPositionals: 0)

    /// `tracker rank`'s options.
    struct Options {
        var request: RankRequest
        var format: RankFormat
        var output: String?
        /// `--output-encoding`: a CSV file's encoding (UTF-8 with BOM by default, as every CSV file).
        var encoding: OutputEncoding?
        var wide: Bool

        init(_ parsed: ParsedArguments) throws(UsageError) {
            guard let indicator = parsed.value("--indicator") else {
                throw UsageError("`tracker rank` needs `--indicator NAME`", zh: "`tracker rank` 需要 `--indicator NAME`（指标）", showsUsage: true)
            }
            guard let month = try parsed.month("--period") else {
                throw UsageError("`tracker rank` needs `--period YYYY-MM`", zh: "`tracker rank` 需要 `--period YYYY-MM`（月份）", showsUsage: true)
            }
            let targets = parsed.all("--targets")
            let sources = DataSources(files: parsed.all("--data"), hourly: try HourlyOptions.source(parsed))
            request = RankRequest(targets: targets.isEmpty ? [Tracker.defaultTargets] : targets, sources: sources,
                                  indicator: indicator, month: month)
            request.cumulative = parsed.has("--cumulative")
            request.level = (parsed.choice("--level", RankLevel.self) ?? .district).level
            request.within = parsed.value("--within")
            format = parsed.choice("--format", RankFormat.self) ?? .table
            output = parsed.value("--output")
            encoding = try CSVFile.encoding(parsed, writesCSVFile: format == .csv && output != nil)
            if format == .xlsx && output == nil {
                throw UsageError("`--format xlsx` writes a workbook, not text: give `--output FILE.xlsx`",
                                 zh: "`--format xlsx` 生成工作簿而不是文本：请给出 `--output FILE.xlsx`")
            }
            wide = parsed.has("--wide")
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        if let output = options.output, SameFile.isOneOf(output, options.request.sources.inputFiles) {
            return Tracker.usage(UsageError("`--output \(output)` is one of the input files; choose another name",
                                            zh: "`--output \(output)` 是输入文件之一；请换一个文件名"), help: nil, console: &console)
        }
        let result: RankResult
        do throws(RunFailure) {
            result = try options.request.run()
        } catch {
            return Failures.report(error, help: help, console: &console) { diagnostics, console in
                for d in diagnostics where d.severity != .note { console.diagnostic(d) }
            }
        }
        for d in result.diagnostics where d.severity != .note { console.diagnostic(d) }
        let language = console.language
        if options.format == .xlsx, let output = options.output {
            let bytes = RankingWorkbook.xlsx(result.ranking, level: result.level, within: result.within, in: language)
            guard AtomicFile.write(bytes, to: output, console: &console) else { return ExitCode.cannotWrite }
            console.wrote(output)
            return ExitCode.success
        }
        let text: String
        switch options.format {
        case .xlsx: return ExitCode.usage
        case .json: text = RankingText.json(result.ranking, level: result.level, within: result.within).text(pretty: true) + "\n"
        case .csv: text = RankingText.csv(result.ranking, level: result.level, in: language)
        case .table:
            let layout = options.output == nil ? console.tableLayout(wide: options.wide) : .unlimited
            text = TableLayout.$current.withValue(layout) {
                RankingText.table(result.ranking, level: result.level, within: result.within, in: language)
            }
        }
        if options.format == .csv, let output = options.output {
            return CSVFile.write(text, encoding: options.encoding, to: output, console: &console)
        }
        if let cannotWrite = ScorecardRun.emit(text, to: options.output, console: &console) { return cannotWrite }
        return ExitCode.success
    }
}
