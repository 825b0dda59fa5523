import Foundation
import StationAggregation
import TrackerEvaluation
import TrackerInput
import TrackerModel
import TrackerRendering

/// `tracker diff OLD NEW`: what changed between two plans' targets, and with `--data`, which
/// verdicts flip on the same measurements and why.
enum DiffCommand {
    static let help = """
    USAGE: tracker diff OLD NEW [--old-plan ID] [--new-plan ID] [--data FILE …] [--old-data FILE …]
                       [--hourly FILE … --stations FILE [--old-standard S] [--new-standard S]]
                       [--as-of YYYY-MM] [--format table|json|markdown] [--all]

    Compares the targets of two plans (files or directories of target files), scope by scope and
    indicator by indicator: added, removed, tightened, loosened, unchanged, or definition_changed
    (the indicator itself changed, e.g. heavy pollution as a share of days in 2023 and as a count of
    days in 2025). Each line names both sides' source lines.

    With --data, both plans are evaluated on the same measurements (the old plan's targets moved to
    the new plan's year) and every verdict that flips is listed with its cause: target_changed,
    standard_changed, validity_rule_changed or data_changed (with --old-data, the old side reads
    other files). Rules: docs/regression.md.

    OPTIONS:
      --old-plan ID, --new-plan ID   the plan of each side, when a side holds several
      --data FILE …                   measurements to evaluate both sides on
      --old-data FILE …               other measurements for the old side
      --hourly FILE …, --stations FILE hourly station data for both sides, aggregated per side under
      --old-standard S, --new-standard S  auto, 2012 or 2026 (default auto): the same hours under
                                      HJ 633—2012 and —2026 show what the new AQI standard changes
      --as-of YYYY-MM                 evaluate as of this month
      --format F                      table (default), json (stable: docs/regression.md) or markdown
      --all                           table: also list unchanged targets

    EXAMPLES:
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets --data Samples/xicheng-2025-synthetic.csv
      tracker diff old-targets/ Targets/ --old-plan xicheng-2025 --new-plan xicheng-2025 --format json
      tracker diff Targets/xicheng-2025.targets Targets/xicheng-2025.targets --old-standard 2012 --new-standard 2026 \\
          --hourly PRSA_Data_Guanyuan_….csv PRSA_Data_Wanshouxigong_….csv --stations Samples/beijing-multisite-stations.csv
    """

    static let spec = ArgumentSpec(options: [
        .value("--old-plan"), .value("--new-plan"), .many("--data"), .many("--old-data"), .value("--as-of"),
        .value("--format", allowed: ["table", "json", "markdown"]), .flag("--all"),
        .many("--hourly"), .value("--stations"), .value("--old-standard", allowed: StandardOption.values),
        .value("--new-standard", allowed: StandardOption.values),
    ], maxPositionals: 2)

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let parsed: ParsedArguments
        switch spec.invocation(arguments, help: help, console: &console) {
        case .run(let p): parsed = p
        case .exit(let code): return code
        }
        guard parsed.positionals.count == 2 else {
            return Tracker.usage(UsageError("`tracker diff` needs two target files or directories: OLD NEW"), help: help, console: &console)
        }
        let oldLoaded = TargetLoader.load(paths: [parsed.positionals[0]])
        let newLoaded = TargetLoader.load(paths: [parsed.positionals[1]])
        if TargetsCommand.report(oldLoaded.diagnostics + newLoaded.diagnostics, console: &console, showWarnings: false) {
            return ExitCode.dataError
        }
        let oldPlan: Plan, newPlan: Plan
        switch (choose(parsed.value("--old-plan"), oldLoaded.set, side: "old"), choose(parsed.value("--new-plan"), newLoaded.set, side: "new")) {
        case (.success(let o), .success(let n)): (oldPlan, newPlan) = (o, n)
        case (.failure(let e), _), (_, .failure(let e)): return Tracker.usage(e, help: nil, console: &console)
        }
        let diff = PlanDiff(old: oldPlan, in: oldLoaded.set, new: newPlan, in: newLoaded.set)

        var comparison: ScorecardComparison?
        if !parsed.all("--hourly").isEmpty {
            guard let stations = parsed.value("--stations") else {
                return Tracker.usage(UsageError("`--hourly` needs `--stations FILE`"), help: nil, console: &console)
            }
            let rebased = oldPlan.rebased(toYear: newPlan.period.first.year)
            var oldSet = oldLoaded.set
            oldSet.plans = oldSet.plans.map { $0.id == oldPlan.id ? rebased : $0 }
            var sides: [MeasurementSet] = []
            for option in ["--old-standard", "--new-standard"] {
                let (data, problems) = HourlyAggregation.measurements(
                    hourly: parsed.all("--hourly"), stations: stations, standard: StandardOption.choice(parsed.value(option)),
                    exclusions: nil, scopes: newLoaded.set.scopes)
                for d in problems where d.severity == .error { console.error(d.description) }
                if problems.hasErrors { return ExitCode.dataError }
                sides.append(data)
            }
            var asOf: YearMonth?
            if let text = parsed.value("--as-of") { asOf = YearMonth(parsing: text) }
            let oldCard = Evaluator.evaluate(plan: rebased, in: oldSet, data: sides[0], asOf: asOf)
            let newCard = Evaluator.evaluate(plan: newPlan, in: newLoaded.set, data: sides[1], asOf: asOf)
            comparison = ScorecardComparison(old: oldCard, new: newCard, context: .init(
                sameData: true, oldStandard: StandardOption.label(parsed.value("--old-standard")),
                newStandard: StandardOption.label(parsed.value("--new-standard")), concepts: concepts(oldLoaded.set, newLoaded.set)))
        } else if !parsed.all("--data").isEmpty {
            var asOf: YearMonth?
            if let text = parsed.value("--as-of") {
                guard let m = YearMonth(parsing: text) else {
                    return Tracker.usage(UsageError("`--as-of` takes a month YYYY-MM, not `\(text)`"), help: nil, console: &console)
                }
                asOf = m
            }
            let rebased = oldPlan.rebased(toYear: newPlan.period.first.year)
            var oldSet = oldLoaded.set
            oldSet.plans = oldSet.plans.map { $0.id == oldPlan.id ? rebased : $0 }
            let window = ScorecardRun.dataWindow(newPlan)
            let (newData, newProblems) = MeasurementReader.read(files: parsed.all("--data"), indicators: newLoaded.set.indicators,
                                                                scopes: newLoaded.set.scopes, period: window)
            let oldFiles = parsed.all("--old-data").isEmpty ? parsed.all("--data") : parsed.all("--old-data")
            let (oldData, oldProblems) = MeasurementReader.read(files: oldFiles, indicators: oldLoaded.set.indicators,
                                                                scopes: oldLoaded.set.scopes, period: window)
            // The same file read for both sides gives the same problems: each is said once.
            var said: Set<String> = []
            let problems = (newProblems + oldProblems).filter { $0.severity != .note && said.insert($0.description).inserted }
            for d in problems { console.error(d.description) }
            if problems.hasErrors {
                let count = problems.errors.count
                console.error("\(count) problem\(count == 1 ? "" : "s") in the data; nothing was compared. Fix \(count == 1 ? "it" : "them").")
                return ExitCode.dataError
            }
            let oldCard = Evaluator.evaluate(plan: rebased, in: oldSet, data: oldData, asOf: asOf)
            let newCard = Evaluator.evaluate(plan: newPlan, in: newLoaded.set, data: newData, asOf: asOf)
            comparison = ScorecardComparison(old: oldCard, new: newCard,
                                             context: .init(sameData: parsed.all("--old-data").isEmpty, concepts: concepts(oldLoaded.set, newLoaded.set)))
        }
        let catalog = newLoaded.set.indicators
        switch parsed.value("--format") ?? "table" {
        case "json": console.write(DiffText.json(diff, flips: comparison, indicators: catalog).text(pretty: true) + "\n")
        case "markdown": console.write(DiffText.markdown(diff, flips: comparison, indicators: catalog))
        default: console.write(DiffText.table(diff, flips: comparison, indicators: catalog, showUnchanged: parsed.has("--all")))
        }
        return ExitCode.success
    }

    /// Indicator id → concept, from both sides' catalogs (for pairing a ratio with a count).
    static func concepts(_ old: TargetSet, _ new: TargetSet) -> [String: String] {
        var concepts: [String: String] = [:]
        for i in new.indicators.indicators + old.indicators.indicators {
            if let c = i.concept { concepts[i.id] = c }
        }
        return concepts
    }

    static func choose(_ id: String?, _ set: TargetSet, side: String) -> Result<Plan, UsageError> {
        if let id {
            if let plan = set.plan(id) { return .success(plan) }
            return .failure(UsageError("no plan `\(id)` on the \(side) side (it holds \(set.plans.map(\.id).joined(separator: ", ")))"))
        }
        if set.plans.count == 1 { return .success(set.plans[0]) }
        return .failure(UsageError("the \(side) side holds several plans (\(set.plans.map(\.id).joined(separator: ", "))); choose one with `--\(side)-plan ID`"))
    }

}
