import Foundation
import TrackerKit

/// `tracker report`: the scorecard as one self-contained HTML file to forward by mail — summary,
/// monthly trend charts, street league charts, every target with its clause — readable offline,
/// on screen and printed on A4. Plan choice and data reading are `tracker evaluate`'s
/// (`ScorecardOptions`, `ScorecardRun`); the document is `HTMLReport`'s.
///
/// ```swift
/// var console = Console.capturing()
/// ReportCommand.run(["--targets", "Targets", "--plan", "xicheng-2025",
///                    "--data", "Samples/xicheng-2025-synthetic.csv", "--output", "report.html"], console: &console)
/// ```
enum ReportCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker report --targets FILE|DIR … --data FILE … [--plan ID] [--as-of YYYY-MM]
                          [--scope NAME] [--ledger DIR] [--output FILE] …

    Writes the scorecard as one self-contained HTML file (inline styles and charts; no scripts,
    fonts or images to fetch, so it opens offline from a mail attachment): the summary with the
    year-to-date position, a monthly trend chart per indicator of the district (target line,
    year-to-date value, what the rest of the year must average, the seasonal projection), a
    league chart of the streets per street indicator (each street's own target marked), the
    rankings as published (districts by value and by 同比, the district's streets with their
    区级倒排名; the as-of month and January to it), and every target with its verdict, validity
    and the clause it comes from. In Chinese, with an English switch; prints on A4. The same
    input gives the same bytes. Same as `tracker evaluate … --format html`.

    OPTIONS:
    \(ScorecardOptions.help)
      --ledger DIR      the ledger folder (`tracker evaluate … --record DIR`): each trend chart
                        also draws every month as the ledger recorded it, and last year's line;
                        rows get their 同比 from it when the data lack last year (as evaluate --ledger)
      --output FILE     write there (atomically; never an input file); `-` for standard output.
                        Without it: report-<plan>-<as-of>.html in the current folder
    \(HelpText.commonOptions(.en, width: 18))

    EXAMPLES:
      tracker report --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv     # → report-xicheng-2025-2025-12.html
      tracker report --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --output report-2025-06.html
      tracker report --targets Targets --plan beijing-2026 --data Samples/beijing-2026-synthetic.csv --output beijing.html
      tracker report --targets Targets --plan xicheng-2025 --data june.csv --ledger ledger --output report-2025-06.html

    EXIT CODES: 0 written; 2 usage error; 65 problems in an input file or the ledger; 73 the output cannot be written.
    """

    static let spec = ArgumentSpec(options: ScorecardOptions.options + [.value("--ledger")], maxPositionals: 0)

    /// `tracker report`'s options: the scorecard's and the ledger folder.
    struct Options {
        var scorecard: ScorecardOptions
        var ledger: String?

        init(_ parsed: ParsedArguments) throws(UsageError) {
            scorecard = try ScorecardOptions(parsed)
            ledger = parsed.value("--ledger")
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let parsed: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): parsed = o
        case .failure(let stop): return stop.code
        }
        var options = parsed.scorecard
        options.request.ledger = parsed.ledger
        switch ScorecardRun.evaluate(options, writes: [("--output", options.output)], help: help, console: &console) {
        case .failure(let stop):
            return stop.code
        case .success(let evaluation):
            let report: Report
            do throws(LedgerFailure) {
                report = try ReportRequest(options.request).report(from: evaluation)
            } catch {
                return console.ledgerFailure(error)
            }
            let scorecard = report.evaluation.scorecard
            let html = HTMLReport.render(scorecard, rankings: report.rankings, history: report.history)
            switch ReportFile.destination(given: options.output, plan: scorecard.plan, asOf: scorecard.asOf) {
            case .standardOutput: return ScorecardRun.emit(html, to: nil, console: &console) ?? ExitCode.success
            case .file(let path): return ScorecardRun.emit(html, to: path, console: &console) ?? ExitCode.success
            }
        }
    }
}
