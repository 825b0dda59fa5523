/// One indicator per concept: finds catalog entries that look like one concept under two ids, so
/// that a diff across plans can link their targets (issue 18: `public_charging_service_radius`,
/// `public_charging_radius_core` and `charging_service_radius` were one "< 0.9 km" radius).
///
/// Two indicators look alike when they share a unit and a printed name (Chinese name or alias) of
/// one ends with a name of the other, at least four characters long (`核心区公共充电设施平均服务半径`
/// ends with `公共充电设施平均服务半径`). A shared `concept` links them; `distinct ID` on either entry
/// says they measure different things (a narrower population, a flow against a stock). Exactly the
/// same name on two ids is already an error of the catalog reader (`indicatorNameClash`).
///
/// ```swift
/// IndicatorLint.lookAlikes(catalog, at: { _ in nil })   // [] for the bundled catalog
/// ```
public enum IndicatorLint {
    public static func lookAlikes(_ catalog: IndicatorCatalog, at location: (String) -> SourceLocation?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let all = catalog.indicators
        let keys = all.map { i in ([i.zh] + i.aliases).map { NameKey($0).folded } }
        // Names of four characters or more (counted once here, not once per pair).
        let longEnough = keys.map { $0.map { $0.count >= 4 } }
        for (a, longer) in all.enumerated() {
            for (b, shorter) in all.enumerated() where a != b && longer.unit == shorter.unit {
                if let c = longer.concept, c == shorter.concept { continue }
                if longer.distinctFrom.contains(shorter.id) || shorter.distinctFrom.contains(longer.id) { continue }
                guard let pair = keys[a].lazy.flatMap({ la in keys[b].indices.lazy.filter { longEnough[b][$0] }.map { (la, keys[b][$0]) } })
                    .first(where: { $0.0 != $0.1 && $0.0.hasSuffix($0.1) }) else { continue }
                let place = location(longer.id) ?? SourceLocation(file: "indicators.catalog", line: 1)
                found.append(Diagnostic(.warning, .lookAlikeIndicators, at: place,
                    "`\(longer.id)` (\(pair.0)) and `\(shorter.id)` (\(pair.1)) look like one concept under two ids, so a diff across plans cannot link their targets",
                    fix: "merge them, link them with the same `concept`, or write `distinct \(shorter.id)` in `[indicator \(longer.id)]` when they measure different things",
                    zh: .init("`\(longer.id)`（\(pair.0)）与 `\(shorter.id)`（\(pair.1)）看似同一概念却有两个代码，跨计划对比无法关联其目标",
                              fix: "合并两者、以相同的 `concept` 关联，或在 `[indicator \(longer.id)]` 中写 `distinct \(shorter.id)` 说明两者所指不同")))
            }
        }
        return found
    }
}
