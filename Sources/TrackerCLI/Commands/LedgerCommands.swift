import Foundation
import TrackerKit

/// `tracker history --ledger DIR`: the month-by-month path of each target's value and verdict.
enum HistoryCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker history --ledger DIR [--plan ID] [--format \(LedgerFormat.helpList)]
                           [--output FILE [--output-encoding E]] [--wide]

    Shows, per plan, scope and target, the observed value and verdict of every month recorded in
    the ledger DIR (written by `tracker evaluate … --record DIR`); the title names the months that
    were recorded again from other data (revisions). Files: docs/ledger.md.

    OPTIONS:
      --ledger DIR      the ledger folder
      --plan ID         only this plan
      --format F        table (default), csv (one row per month of a line; headers in the
                        language chosen) or json (English keys, the same in both languages)
      --output FILE     write there (atomically) instead of standard output
    \(CSVFile.helpEn)
      --wide            every column, whatever the terminal's width
    \(HelpText.commonOptions(.en, width: 17))

    EXAMPLES:
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-05 --record ledger
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --record ledger
      tracker history --ledger ledger
      tracker history --ledger ledger --format csv --output history.csv
    """

    static let spec = ArgumentSpec(options: [.value("--ledger"), .value("--plan"), .flag("--wide"),
                                                   .choice("--format", LedgerFormat.self), .value("--output"),
                                                   .choice("--output-encoding", OutputEncoding.self)], maxPositionals: 0)

    static func ledger(_ parsed: ParsedArguments, command: String) throws(UsageError) -> String {
        guard let ledger = parsed.value("--ledger") else {
            throw UsageError("`tracker \(command)` needs `--ledger DIR`", zh: "`tracker \(command)` 需要 `--ledger DIR`（台账目录）", showsUsage: true)
        }
        return ledger
    }

    /// How `history` and `changes` print: the format, the file (nil: standard output), and
    /// whether a table ignores the terminal's width.
    struct Output {
        var format: LedgerFormat
        var file: String?
        var encoding: OutputEncoding?
        var wide: Bool
        init(_ parsed: ParsedArguments) throws(UsageError) {
            format = parsed.choice("--format", LedgerFormat.self) ?? .table
            file = parsed.value("--output")
            wide = parsed.has("--wide")
            encoding = try CSVFile.encoding(parsed, writesCSVFile: format == .csv && file != nil)
        }
    }

    /// Reads the ledger, then prints what `load` renders in the format asked: a table fitted to
    /// the terminal (as wide as its content in a file), CSV (UTF-8 with a BOM in a file, as the
    /// scorecard's), JSON; a ledger that cannot be read is an error (65).
    static func show(_ output: Output, console: inout Console,
                     _ load: () throws(LedgerFailure) -> (LedgerFormat, Language) -> String) -> Int32 {
        let render: (LedgerFormat, Language) -> String
        do throws(LedgerFailure) {
            render = try load()
        } catch {
            return console.ledgerFailure(error)
        }
        let language = console.language
        let layout = output.file == nil ? console.tableLayout(wide: output.wide) : .unlimited
        let text = TableLayout.$current.withValue(layout) { render(output.format, language) }
        if output.format == .csv, let file = output.file {
            return CSVFile.write(text, encoding: output.encoding, to: file, console: &console)
        }
        return ScorecardRun.emit(text, to: output.file, console: &console) ?? ExitCode.success
    }

    struct Options {
        var request: HistoryRequest
        var output: Output
        init(_ parsed: ParsedArguments) throws(UsageError) {
            request = HistoryRequest(ledger: try HistoryCommand.ledger(parsed, command: "history"), plan: parsed.value("--plan"))
            output = try Output(parsed)
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let request = options.request
        return show(options.output, console: &console) { () throws(LedgerFailure) in
            let history = try request.run()
            return { format, language in
                switch format {
                case .table: LedgerText.history(history, in: language)
                case .csv: LedgerData.historyCSV(history, in: language)
                case .json: LedgerData.historyJSON(history).text(pretty: true) + "\n"
                }
            }
        }
    }
}

/// `tracker changes --ledger DIR [--since YYYY-MM]`: what changed between recorded months.
enum ChangesCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker changes --ledger DIR [--since YYYY-MM] [--plan ID] [--format \(LedgerFormat.helpList)]
                           [--output FILE [--output-encoding E]] [--wide]

    Lists what changed between consecutive months recorded in the ledger DIR: verdicts that moved
    (new misses, recoveries, other moves) and why (a new month of data, changed targets), and the
    values that a month recorded again from revised data changed (`2025-03 西城区 PM2.5年均浓度 41 → 42`).
    Without --since: the last two months of each plan. Files: docs/ledger.md.

    OPTIONS:
      --ledger DIR      the ledger folder
      --since YYYY-MM   every pair of months from the one ending in this month on
      --plan ID         only this plan
      --format F        table (default), csv (one row per verdict moved; headers in the
                        language chosen) or json (English keys, the same in both languages; each
                        cause as `tracker diff` names it, with its detail, and every value the
                        revisions changed)
      --output FILE     write there (atomically) instead of standard output
    \(CSVFile.helpEn)
      --wide            every column, whatever the terminal's width
    \(HelpText.commonOptions(.en, width: 17))

    EXAMPLES:
      tracker changes --ledger ledger
      tracker changes --ledger ledger --since 2025-05
      tracker changes --ledger ledger --since 2025-05 --format json
    """

    static let spec = ArgumentSpec(options: [.value("--ledger"), .value("--since"), .value("--plan"), .flag("--wide"),
                                                   .choice("--format", LedgerFormat.self), .value("--output"),
                                                   .choice("--output-encoding", OutputEncoding.self)], maxPositionals: 0)

    struct Options {
        var request: ChangesRequest
        var output: HistoryCommand.Output
        init(_ parsed: ParsedArguments) throws(UsageError) {
            request = ChangesRequest(ledger: try HistoryCommand.ledger(parsed, command: "changes"), since: try parsed.month("--since"),
                                     plan: parsed.value("--plan"))
            output = try HistoryCommand.Output(parsed)
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let request = options.request
        return HistoryCommand.show(options.output, console: &console) { () throws(LedgerFailure) in
            let changes = try request.run()
            return { format, language in
                switch format {
                case .table: LedgerText.changes(changes, in: language)
                case .csv: LedgerData.changesCSV(changes, in: language)
                case .json: LedgerData.changesJSON(changes).text(pretty: true) + "\n"
                }
            }
        }
    }
}
