import Foundation
import TrackerKit

/// `tracker evaluate`: measurements against a plan's targets, as a scorecard.
enum EvaluateCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker evaluate --targets FILE|DIR … --data FILE … [--plan ID] [--as-of YYYY-MM]
                            [--scope NAME] [--format \(ScorecardFormat.helpList)] [--output FILE]
                            [--fail-on \(FailOn.helpList)] [--expect FILE [--update-expected]] [--record DIR] [--ledger DIR] …
           tracker evaluate --targets … --hourly FILE … --stations FILE [--standard \(StandardOption.helpList)] …

    Holds measurements against a plan's targets and prints the scorecard: per district and street,
    each target's observed value, margin, verdict, what the rest of the period must achieve, valid
    days and the clause it came from; league tables of the streets; a summary. Before the period
    ends verdicts are provisional (on_track, at_risk, off_track) unless already locked.
    Rules: docs/evaluation.md. Measurement files: docs/measurements.md.

    OPTIONS:
    \(ScorecardOptions.help)
      --format F        table (default), csv, json (stable: docs/evaluation.md), markdown, html
                        (the self-contained report of `tracker report`), or xlsx (an Excel workbook:
                        a summary sheet and one per scope level; needs --output; docs/excel.md)
      --output FILE     write there (atomically) instead of standard output; never an input file
      --output-encoding E  CSV written with --output: utf-8-bom (default: Excel then shows Chinese
                        correctly), utf-8 (no BOM) or gb18030; standard output is always UTF-8 without BOM
      --fail-on V       exit 1 when a target is missed (missed), or missed, off track or at risk (at_risk)
      --expect FILE     compare with a stored scorecard (its --format json); exit 1 and say what changed
      --wide            the table with every column, whatever the terminal's width (by default it fits
                        the terminal, or COLUMNS: lesser columns move to a line under each row)
      --update-expected with --expect: rewrite FILE with this scorecard (review the change first)
      --record DIR      keep the scorecard in the ledger DIR as DIR/<plan>/<YYYY-MM>.json (the as-of month)
                        with the digests of the inputs and targets; recording a month again from
                        other inputs makes it the next revision (tracker history, tracker changes;
                        docs/ledger.md)
      --ledger DIR      read last year's same months from the ledger DIR when the data lack them:
                        the rows' 同比 (y/y) and targets phrased as one (同比减少10%) use the value
                        recorded a year before the as-of month (same plan first, then any plan with
                        the scope and indicator); with --format html the trend charts also draw
                        the recorded months; often the same DIR as --record (docs/ledger.md)
    \(HelpText.commonOptions(.en, width: 18))

    EXAMPLES:
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --scope 德胜街道
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --format json --output card.json --fail-on missed
      tracker evaluate --targets Targets --plan xicheng-2025 --data Tests/Fixtures/workbooks/dates-cover-sheet.xlsx --format xlsx --output scorecard.xlsx
      tracker evaluate --targets Targets --plan xicheng-2025 --year 2016 --scope 西城区 \\
          --hourly ../shared/data/beijing-multisite/PRSA_Data_*.csv --stations Samples/beijing-multisite-stations.csv

    EXIT CODES: 0 evaluated; 1 --fail-on matched or --expect differed; 2 usage error; 65 problems in an input file.
    """

    static let spec = ArgumentSpec(options: ScorecardOptions.options + [
        .choice("--format", ScorecardFormat.self), .choice("--output-encoding", OutputEncoding.self),
        .choice("--fail-on", FailOn.self), .value("--expect"), .flag("--update-expected"), .flag("--wide"), .value("--record"), .value("--ledger"),
    ], maxPositionals: 0)

    /// `tracker evaluate`'s options.
    struct Options {
        var scorecard: ScorecardOptions
        var format: ScorecardFormat
        var outputEncoding: OutputEncoding?
        var failOn: FailOn?
        var expect: String?
        /// The ledger folder to record the scorecard in.
        var record: String?
        var updateExpected: Bool
        /// Tables as wide as their content, whatever the terminal.
        var wide: Bool

        var output: String? { scorecard.output }

        init(_ parsed: ParsedArguments) throws(UsageError) {
            format = parsed.choice("--format", ScorecardFormat.self) ?? .table
            failOn = parsed.choice("--fail-on", FailOn.self)
            expect = parsed.value("--expect")
            record = parsed.value("--record")
            updateExpected = parsed.has("--update-expected")
            wide = parsed.has("--wide")
            // `--format xlsx` needs a file; `--output-encoding` is for CSV in a file. Checked before
            // any work, so a mistake costs nothing.
            let output = parsed.value("--output")
            if format == .xlsx && output == nil {
                throw UsageError("`--format xlsx` writes a workbook, not text: give `--output FILE.xlsx`",
                                 zh: "`--format xlsx` 生成工作簿而不是文本：请给出 `--output FILE.xlsx`")
            }
            outputEncoding = try CSVFile.encoding(parsed, writesCSVFile: format == .csv && output != nil)
            scorecard = try ScorecardOptions(parsed)
            scorecard.request.ledger = parsed.value("--ledger")
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let writes = [("--output", options.output), ("--expect", options.expect)]
        let card: Scorecard
        var report: Report? = nil
        switch ScorecardRun.evaluate(options.scorecard, writes: writes, help: help, console: &console) {
        case .success(let evaluation):
            card = evaluation.scorecard
            // `--format html` is `tracker report`: its rankings and, with --ledger, its recorded months.
            if options.format == .html {
                do throws(LedgerFailure) { report = try ReportRequest(options.scorecard.request).report(from: evaluation) } catch {
                    return console.ledgerFailure(error)
                }
            }
            if let folder = options.record {
                do throws(Ledger.Failure) {
                    let outcome = try Ledger.record(evaluation, dataFiles: options.scorecard.request.sources.inputFiles,
                                                    standard: options.scorecard.request.sources.standardName, in: folder)
                    console.error(LedgerWording.outcome(outcome, in: console.language))
                } catch {
                    return console.ledgerFailure(error)
                }
            }
        case .failure(let stop): return stop.code
        }
        if let expected = options.expect {
            return expect(card, file: expected, update: options.updateExpected, console: &console)
        }
        if options.updateExpected {
            return Tracker.usage(UsageError("`--update-expected` goes with `--expect FILE`", zh: "`--update-expected` 须与 `--expect FILE` 同用"), help: nil, console: &console)
        }
        // A CSV scorecard has one row per target and no place for rows of the data that --lenient
        // skipped: they go to standard error, never nowhere.
        if options.format == .csv {
            for d in card.skipped { console.error(console.language.pick("已跳过：", "skipped: ") + DiagnosticWording.line(d, in: console.language)) }
        }
        let failed = options.failOn?.matches(card) ?? false ? ExitCode.failed : ExitCode.success
        let language = console.language
        if let output = options.output, let bytes = fileBytes(card, options, in: language) {
            guard AtomicFile.write(bytes, to: output, console: &console) else { return ExitCode.cannotWrite }
            console.wrote(output)
            return failed
        }
        let text: String
        switch options.format {
        case .json: text = ScorecardText.json(card).text(pretty: true) + "\n"
        case .csv: text = ScorecardText.csv(card, in: language)
        case .markdown: text = ScorecardText.markdown(card, in: language)
        case .html: text = HTMLReport.render(card, rankings: report?.rankings ?? [], history: report?.history)
        case .table, .xlsx:
            // A table written to a file is as wide as its content; on a terminal it fits the terminal.
            let layout = options.output == nil ? console.tableLayout(wide: options.wide) : .unlimited
            text = TableLayout.$current.withValue(layout) { ScorecardText.table(card, colour: options.output == nil && console.useColour, in: language) }
        }
        if let cannotWrite = ScorecardRun.emit(text, to: options.output, console: &console) { return cannotWrite }
        return failed
    }

    /// The bytes of an output file that is not plain UTF-8 text: the workbook, or CSV with a BOM
    /// (Excel on Chinese Windows reads a CSV without one as GB18030 and garbles UTF-8) or in
    /// GB18030. Nil for the text formats, which are written as they are printed.
    static func fileBytes(_ card: Scorecard, _ options: Options, in language: Language) -> Data? {
        switch options.format {
        case .xlsx:
            return ScorecardWorkbook.xlsx(card, in: language)
        case .csv:
            return CSVFile.bytes(ScorecardText.csv(card, in: language), encoding: options.outputEncoding)
        default:
            return nil
        }
    }

    /// Golden scorecards: compare with (or rewrite) a stored JSON scorecard.
    static func expect(_ card: Scorecard, file: String, update: Bool, console: inout Console) -> Int32 {
        let actual = ScorecardText.json(card).text(pretty: true) + "\n"
        if update {
            guard AtomicFile.write(Data(actual.utf8), to: file, console: &console) else { return ExitCode.cannotWrite }
            console.error(console.language.pick("已更新 \(file)", "updated \(file)"))
            return ExitCode.success
        }
        guard let data = FileManager.default.contents(atPath: file), let expected = String(data: data, encoding: .utf8) else {
            console.error(console.language.pick("错误：无法读取预期评估结果 \(file)；可用 `--expect \(file) --update-expected` 生成",
                                                "error: cannot read the expected scorecard \(file); create it with `--expect \(file) --update-expected`"))
            return ExitCode.usage
        }
        guard let differences = GoldenScorecard.differences(expected: expected, actual: actual) else {
            console.error(console.language.pick("错误：\(file) 不是 JSON 格式的评估结果；可用 `--expect \(file) --update-expected` 写出",
                                                "error: \(file) is not a scorecard in JSON; write it with `--expect \(file) --update-expected`"))
            return ExitCode.dataError
        }
        if differences.isEmpty && expected == actual {
            console.error(console.language.pick("评估结果与 \(file) 一致", "scorecard matches \(file)"))
            return ExitCode.success
        }
        console.error(console.language.pick("评估结果与 \(file) 不同：", "scorecard differs from \(file):"))
        for line in differences { console.error("  " + line) }
        if differences.isEmpty { console.error(console.language.pick("  （仅格式不同：判定和数值相同）", "  (formatting only: the same verdicts and values)")) }
        console.error(console.language.pick("如属有意修改：加 --update-expected 重新运行，并提交 \(file)",
                                            "if the change is intended: rerun with --update-expected and commit \(file)"))
        return ExitCode.failed
    }

}
