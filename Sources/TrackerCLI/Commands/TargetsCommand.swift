import Foundation
import TrackerInput
import TrackerModel
import TrackerRendering

/// `tracker targets list|check`: read target files and list or lint them.
enum TargetsCommand {
    static let help = """
    USAGE: tracker targets list  [FILES|DIRS …] [--plan ID] [--scope NAME] [--format table|csv|json]
           tracker targets check [FILES|DIRS …] [--strict] [--verbose]

    `list` prints every target of the target files (default: the Targets directory). `check`
    parses and lints them: unknown names, duplicates, unit mismatches, a street target looser
    than its district's, deferred targets whose higher-level target is not loaded. It prints
    every problem as FILE:LINE:COLUMN and exits 65 when there are errors (with --strict, also
    on warnings).

    OPTIONS:
      --plan ID        only this plan's targets (e.g. xicheng-2025)
      --scope NAME     only this scope and the scopes below it (e.g. 西城区, 德胜街道)
      --format F       table (default), csv or json (a stable interface: docs/targets.md)
      --strict         check: warnings count as problems
      --verbose        check: also print notes (overrides of 各街道 targets)

    EXAMPLES:
      tracker targets list Targets/xicheng-2025.targets --scope 德胜街道
      tracker targets list Targets --format json > targets.json
      tracker targets check Targets
    """

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        guard let sub = arguments.first else {
            console.error("error: `tracker targets` needs `list` or `check`\n\n" + help)
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") || sub == "--help" {
            console.write(help + "\n")
            return ExitCode.success
        }
        switch sub {
        case "list": return list(rest, console: &console)
        case "check": return check(rest, console: &console)
        default:
            let near = NameKey.closest(to: sub, among: ["list", "check"])
            console.error("error: unknown subcommand `targets \(sub)`" + (near.map { "; did you mean `targets \($0)`?" } ?? ""))
            return ExitCode.usage
        }
    }

    static func list(_ arguments: [String], console: inout Console) -> Int32 {
        let spec = ArgumentSpec(options: [.value("--plan"), .value("--scope"), .value("--format", allowed: ["table", "csv", "json"])])
        let parsed: ParsedArguments
        switch spec.invocation(arguments, help: help, console: &console) {
        case .run(let p): parsed = p
        case .exit(let code): return code
        }
        let loaded = TargetLoader.load(paths: parsed.positionals.isEmpty ? [Tracker.defaultTargets] : parsed.positionals)
        if report(loaded.diagnostics, console: &console, showWarnings: false) { return ExitCode.dataError }
        var targets = loaded.set.allTargets
        if let plan = parsed.value("--plan") {
            guard loaded.set.plan(plan) != nil else {
                let near = NameKey.closest(to: plan, among: loaded.set.plans.map(\.id))
                console.error("error: no plan `\(plan)` in the loaded files" + (near.map { "; did you mean `\($0)`?" } ?? "")
                              + " (loaded: \(loaded.set.plans.map(\.id).joined(separator: ", ")))")
                return ExitCode.usage
            }
            targets = targets.filter { $0.plan == plan }
        }
        if let name = parsed.value("--scope") {
            switch ScopeFilter.make(name, scopes: loaded.set.scopes) {
            case .success(let filter): targets = targets.filter { filter.contains($0.scope) }
            case .failure(let e): return Tracker.usage(e, help: nil, console: &console)
            }
        }
        targets = TargetOrder.sorted(targets, scopes: loaded.set.scopes)
        switch parsed.value("--format") ?? "table" {
        case "json": console.write(TargetListing.json(targets, in: loaded.set).text(pretty: true) + "\n")
        case "csv": console.write(TargetListing.csv(targets, in: loaded.set))
        default: console.write(TargetListing.table(targets, in: loaded.set))
        }
        return ExitCode.success
    }

    static func check(_ arguments: [String], console: inout Console) -> Int32 {
        let spec = ArgumentSpec(options: [.flag("--strict"), .flag("--verbose")])
        let parsed: ParsedArguments
        switch spec.invocation(arguments, help: help, console: &console) {
        case .run(let p): parsed = p
        case .exit(let code): return code
        }
        let loaded = TargetLoader.load(paths: parsed.positionals.isEmpty ? [Tracker.defaultTargets] : parsed.positionals)
        let shown = loaded.diagnostics.filter { parsed.has("--verbose") || $0.severity != .note }
        for d in shown { console.error(d.description) }
        let errors = loaded.diagnostics.filter { $0.severity == .error }.count
        let warnings = loaded.diagnostics.filter { $0.severity == .warning }.count
        let perPlan = loaded.set.plans.map { "\($0.id) \($0.targets.count)" }.joined(separator: ", ")
        console.write("\(loaded.files.count) files, \(loaded.set.plans.count) plans, \(loaded.set.allTargets.count) targets (\(perPlan)); \(errors) errors, \(warnings) warnings\n")
        return errors > 0 || (parsed.has("--strict") && warnings > 0) ? ExitCode.dataError : ExitCode.success
    }

    /// Prints diagnostics to standard error; true when there were errors.
    static func report(_ diagnostics: [Diagnostic], console: inout Console, showWarnings: Bool) -> Bool {
        for d in diagnostics where d.severity == .error || (showWarnings && d.severity == .warning) {
            console.error(d.description)
        }
        return diagnostics.hasErrors
    }
}

/// Stable order for lists of targets: plan, then scope in catalog order, then indicator, then source line.
enum TargetOrder {
    static func sorted(_ targets: [Target], scopes: ScopeDirectory) -> [Target] {
        let order = Dictionary(uniqueKeysWithValues: scopes.scopes.map { ($0.name, $0.order) })
        return targets.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.plan != y.plan { return x.plan < y.plan }
            let (ox, oy) = (order[x.scope] ?? .max, order[y.scope] ?? .max)
            if ox != oy { return ox < oy }
            if x.provenance.seedLine != y.provenance.seedLine { return x.provenance.seedLine < y.provenance.seedLine }
            if x.indicator != y.indicator { return x.indicator < y.indicator }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// `--scope NAME`: the scope and everything below it.
struct ScopeFilter {
    var names: Set<String>
    func contains(_ scope: String) -> Bool { names.contains(scope) }

    static func make(_ name: String, scopes: ScopeDirectory) -> Result<ScopeFilter, UsageError> {
        guard let scope = scopes.resolve(name) else {
            let near = scopes.suggestion(for: name)
            return .failure(UsageError("unknown scope `\(name)`" + (near.map { "; did you mean `\($0)`?" } ?? "")))
        }
        var names: Set<String> = [scope.name]
        var frontier = [scope.name]
        while let next = frontier.popLast() {
            for child in scopes.children(of: next) where names.insert(child.name).inserted { frontier.append(child.name) }
        }
        return .success(ScopeFilter(names: names))
    }
}
