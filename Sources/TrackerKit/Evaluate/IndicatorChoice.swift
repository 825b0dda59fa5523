import TrackerModel

/// `indicators`: names a person gives (id, Chinese name or alias, as `tracker indicators` lists
/// them) turned into indicator ids, each checked against the catalog and the plan before any data
/// is read (a filter that matches nothing would print an empty scorecard that seems all clear).
///
/// ```swift
/// try IndicatorChoice.ids(["PM2.5年均浓度"], plan: plan, catalog: set.indicators)   // ["pm25_annual_mean"]
/// ```
public enum IndicatorChoice {
    public static func ids(_ names: [String], plan: Plan, catalog: IndicatorCatalog) throws(RunFailure) -> [String] {
        var ids: [String] = []
        for name in names {
            guard let indicator = catalog.resolve(name) else {
                throw .usage(.unknownIndicator(name, suggestion: catalog.suggestion(for: name)))
            }
            guard plan.targets.contains(where: { $0.indicator == indicator.id }) else {
                var seen: Set<String> = []
                let covered = plan.targets.map(\.indicator).filter { seen.insert($0).inserted }.map { catalog[$0]?.zh ?? $0 }
                throw .usage(.indicatorNotInPlan(plan: plan.id, indicator: name, covered: covered))
            }
            if !ids.contains(indicator.id) { ids.append(indicator.id) }
        }
        return ids
    }
}
