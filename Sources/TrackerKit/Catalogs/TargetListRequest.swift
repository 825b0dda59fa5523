import TrackerInput
import TrackerModel

/// List targets: of every plan loaded or one, of a scope and those below it, in the stable order
/// (plan, scope in catalog order, source line, indicator): what `tracker targets list` asks.
///
/// ```swift
/// let listing = try TargetListRequest(paths: ["Targets"], plan: "xicheng-2025", scope: "德胜街道").run()
/// listing.targets.count
/// ```
public struct TargetListRequest: Sendable {
    public var paths: [String]
    public var plan: String?
    public var scope: String?

    public init(paths: [String] = ["Targets"], plan: String? = nil, scope: String? = nil) {
        self.paths = paths; self.plan = plan; self.scope = scope
    }
}

/// The targets listed and the set they come from (for names and units).
///
/// ```swift
/// let listed = try TargetListRequest(plan: "xicheng-2025").run()
/// TargetListing.table(listed.targets, in: listed.set)
/// ```
public struct ListedTargets: Sendable {
    public var targets: [Target]
    public var set: TargetSet
}

extension TargetListRequest {
    public func run() throws(RunFailure) -> ListedTargets {
        let loaded = TargetLoader.load(paths: paths)
        if loaded.diagnostics.hasErrors { throw .targetProblems(loaded.diagnostics) }
        var targets = loaded.set.allTargets
        if let plan {
            if case .failure(let problem) = loaded.set.choosePlan(plan) { throw .usage(.plan(problem)) }
            targets = targets.filter { $0.plan == plan }
        }
        if let scope {
            let names = try ScopeChoice.subtree(scope, scopes: loaded.set.scopes)
            targets = targets.filter { names.contains($0.scope) }
        }
        return ListedTargets(targets: TargetOrder.sorted(targets, scopes: loaded.set.scopes), set: loaded.set)
    }
}

/// Read and lint target files: every diagnostic (notes too), the set and the files read —
/// what `tracker targets check` asks.
///
/// ```swift
/// let check = TargetCheck.run(paths: ["Targets"])
/// check.diagnostics.errors.isEmpty
/// ```
public enum TargetCheck {
    public static func run(paths: [String] = ["Targets"]) -> TargetLoader.Loaded {
        TargetLoader.load(paths: paths)
    }
}

/// The indicator catalog of a folder of target files: what `tracker indicators` asks. Problems of
/// the target files themselves do not stop it, only those of the catalogs.
///
/// ```swift
/// let catalog = try IndicatorsRequest(folder: "Targets").run()
/// catalog["pm25_annual_mean"]?.zh   // "PM2.5年均浓度"
/// ```
public struct IndicatorsRequest: Sendable {
    public var folder: String

    public init(folder: String = "Targets") { self.folder = folder }

    public func run() throws(RunFailure) -> IndicatorCatalog {
        let loaded = TargetLoader.load(paths: [folder])
        let catalogProblems = loaded.diagnostics.filter { $0.severity == .error && ($0.location?.file.hasSuffix(".catalog") ?? true) }
        if catalogProblems.hasErrors { throw .targetProblems(catalogProblems) }
        return loaded.set.indicators
    }
}
