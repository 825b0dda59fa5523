import Foundation
import TrackerKit

/// `tracker history --ledger DIR`: the month-by-month path of each target's value and verdict.
enum HistoryCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker history --ledger DIR [--plan ID] [--wide]

    Shows, per plan, scope and target, the observed value and verdict of every month recorded in
    the ledger DIR (written by `tracker evaluate … --record DIR`); the title names the months that
    were recorded again from other data (revisions). Files: docs/ledger.md.

    OPTIONS:
      --ledger DIR      the ledger folder
      --plan ID         only this plan
      --wide            every column, whatever the terminal's width
    \(HelpText.commonOptions(.en, width: 17))

    EXAMPLES:
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-05 --record ledger
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --record ledger
      tracker history --ledger ledger
    """

    static let spec = ArgumentSpec(options: [.value("--ledger"), .value("--plan"), .flag("--wide")], maxPositionals: 0)

    static func ledger(_ parsed: ParsedArguments, command: String) throws(UsageError) -> String {
        guard let ledger = parsed.value("--ledger") else {
            throw UsageError("`tracker \(command)` needs `--ledger DIR`", zh: "`tracker \(command)` 需要 `--ledger DIR`（台账目录）", showsUsage: true)
        }
        return ledger
    }

    /// Reads the ledger, then prints what `load` renders, fitted to the terminal; a ledger that
    /// cannot be read is an error (65).
    static func show(wide: Bool, console: inout Console,
                     _ load: () throws(LedgerFailure) -> (Language) -> String) -> Int32 {
        let render: (Language) -> String
        do throws(LedgerFailure) {
            render = try load()
        } catch {
            console.error(Wording.errorPrefix(console.language) + LedgerWording.failure(error, in: console.language))
            return ExitCode.dataError
        }
        let language = console.language
        console.write(TableLayout.$current.withValue(console.tableLayout(wide: wide)) { render(language) })
        return ExitCode.success
    }

    struct Options {
        var request: HistoryRequest
        var wide: Bool
        init(_ parsed: ParsedArguments) throws(UsageError) {
            request = HistoryRequest(ledger: try HistoryCommand.ledger(parsed, command: "history"), plan: parsed.value("--plan"))
            wide = parsed.has("--wide")
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let request = options.request
        return show(wide: options.wide, console: &console) { () throws(LedgerFailure) in
            let history = try request.run()
            return { LedgerText.history(history, in: $0) }
        }
    }
}

/// `tracker changes --ledger DIR [--since YYYY-MM]`: what changed between recorded months.
enum ChangesCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker changes --ledger DIR [--since YYYY-MM] [--plan ID] [--wide]

    Lists what changed between consecutive months recorded in the ledger DIR: verdicts that moved
    (new misses, recoveries, other moves) and why (a new month of data, changed targets), and the
    values that a month recorded again from revised data changed (`2025-03 西城区 PM2.5年均浓度 41 → 42`).
    Without --since: the last two months of each plan. Files: docs/ledger.md.

    OPTIONS:
      --ledger DIR      the ledger folder
      --since YYYY-MM   every pair of months from the one ending in this month on
      --plan ID         only this plan
      --wide            every column, whatever the terminal's width
    \(HelpText.commonOptions(.en, width: 17))

    EXAMPLES:
      tracker changes --ledger ledger
      tracker changes --ledger ledger --since 2025-05
    """

    static let spec = ArgumentSpec(options: [.value("--ledger"), .value("--since"), .value("--plan"), .flag("--wide")], maxPositionals: 0)

    struct Options {
        var request: ChangesRequest
        var wide: Bool
        init(_ parsed: ParsedArguments) throws(UsageError) {
            request = ChangesRequest(ledger: try HistoryCommand.ledger(parsed, command: "changes"), since: try parsed.month("--since"),
                                     plan: parsed.value("--plan"))
            wide = parsed.has("--wide")
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let request = options.request
        return HistoryCommand.show(wide: options.wide, console: &console) { () throws(LedgerFailure) in
            let changes = try request.run()
            return { LedgerText.changes(changes, in: $0) }
        }
    }
}
