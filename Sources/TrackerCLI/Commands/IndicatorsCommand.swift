import Foundation
import TrackerKit

/// `tracker indicators`: the indicator catalog.
enum IndicatorsCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker indicators [DIR] [--format \(IndicatorFormat.helpList)]

    Prints the indicator catalog read from DIR (default: Targets): each indicator's id, Chinese
    name, unit, polarity, kind and reporting precision.

    OPTIONS:
      --format F       table (default) or json
    \(HelpText.commonOptions(.en, width: 17))

    EXAMPLES:
      tracker indicators
      tracker indicators --format json
    """

    static let spec = ArgumentSpec(options: [.choice("--format", IndicatorFormat.self)], maxPositionals: 1)

    /// `tracker indicators`' options.
    struct Options {
        var request: IndicatorsRequest
        var format: IndicatorFormat

        init(_ parsed: ParsedArguments) {
            request = IndicatorsRequest(folder: parsed.positionals.first ?? Tracker.defaultTargets)
            format = parsed.choice("--format", IndicatorFormat.self) ?? .table
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let catalog: IndicatorCatalog
        do throws(RunFailure) {
            catalog = try options.request.run()
        } catch {
            return Failures.report(error, help: help, console: &console) { _, _ in }
        }
        switch options.format {
        case .json: console.write(IndicatorListing.json(catalog).text(pretty: true) + "\n")
        case .table: console.write(IndicatorListing.table(catalog, in: console.language))
        }
        return ExitCode.success
    }
}
