import Foundation
import TrackerInput
import TrackerModel
import TrackerRendering

/// `tracker indicators`: the indicator catalog.
enum IndicatorsCommand {
    static let help = """
    USAGE: tracker indicators [DIR] [--format table|json]

    Prints the indicator catalog read from DIR (default: Targets): each indicator's id, Chinese
    name, unit, polarity, kind and reporting precision.

    EXAMPLES:
      tracker indicators
      tracker indicators --format json
    """

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let spec = ArgumentSpec(options: [.value("--format", allowed: ["table", "json"])], maxPositionals: 1)
        let parsed: ParsedArguments
        switch spec.invocation(arguments, help: help, console: &console) {
        case .run(let p): parsed = p
        case .exit(let code): return code
        }
        let loaded = TargetLoader.load(paths: [parsed.positionals.first ?? Tracker.defaultTargets])
        let catalogProblems = loaded.diagnostics.filter { $0.severity == .error && ($0.location?.file.hasSuffix(".catalog") ?? true) }
        if TargetsCommand.report(catalogProblems, console: &console, showWarnings: false) { return ExitCode.dataError }
        if parsed.value("--format") == "json" {
            console.write(IndicatorListing.json(loaded.set.indicators).text(pretty: true) + "\n")
        } else {
            console.write(IndicatorListing.table(loaded.set.indicators))
        }
        return ExitCode.success
    }
}
