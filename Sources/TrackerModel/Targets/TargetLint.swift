/// Checks across a whole `TargetSet` that no single file can see: conflicting duplicates,
/// a street target looser than its district's, deferred targets whose higher target is not loaded,
/// plans whose `defers-to` lead back to themselves.
///
/// ```swift
/// TargetLint.check(set).filter { $0.severity == .error }   // [] for the bundled plans
/// ```
public enum TargetLint {
    public static func check(_ set: TargetSet) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // The Chinese messages name an indicator as the plans do.
        func zh(_ indicator: String) -> String { set.indicators[indicator]?.zh ?? indicator }
        let loops = deferralLoops(set)
        for loop in Set(loops.values).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let plan = set.plan(loop[0])!
            found.append(Diagnostic(.error, .deferLoop, at: plan.defersToAt ?? SourceLocation(file: plan.file, line: 1),
                "the plans defer to each other in a loop (\((loop + [loop[0]]).map { "`\($0)`" }.joined(separator: " → "))), so their 达到市级要求 targets can never be resolved",
                fix: "point `defers-to` at the higher-level plan only (a district's plan at the city's), and give the highest plan none",
                zh: .init("计划相互援引成环（\((loop + [loop[0]]).map { "`\($0)`" }.joined(separator: " → "))），其“达到市级要求”类目标永远无法确定",
                          fix: "`defers-to` 只应指向上级计划（区级计划指向市级计划），最高一级的计划不设")))
        }
        for plan in set.plans {
            var first: [TargetKey: Target] = [:]
            for target in plan.targets {
                let key = target.periodKey
                guard let earlier = first[key] else { first[key] = target; continue }
                if earlier.comparator.elaborates(target.comparator) || target.comparator.elaborates(earlier.comparator) {
                    // A table cell `100` spelled out in the text as "100, or ≥ 95 with a condition".
                    found.append(Diagnostic(.note, .fullerRequirementUsed, at: target.provenance.definedAt,
                        "`\(target.scope)` `\(target.indicator)`: this target and line \(earlier.provenance.definedAt.line) state one requirement, one with its alternatives; the scorecard uses the fuller one",
                        zh: .init("`\(target.scope)` `\(zh(target.indicator))`：此目标与第 \(earlier.provenance.definedAt.line) 行表述同一要求，其中一处带有备选条件；评估采用表述更完整的一个")))
                } else if earlier.comparator != target.comparator {
                    found.append(Diagnostic(.error, .conflictingTargets, at: target.provenance.definedAt,
                        "`\(target.scope)` has two different `\(target.indicator)` targets for \(target.period): this one and line \(earlier.provenance.definedAt.line)",
                        fix: "keep one, or give them different periods",
                        zh: .init("`\(target.scope)` 的 `\(zh(target.indicator))` 在 \(target.period) 有两个不同的目标：此处和第 \(earlier.provenance.definedAt.line) 行",
                                  fix: "保留一个，或给出不同的期限")))
                }
            }
            for target in plan.targets where target.scopeLevel == .street && target.comparator.isCheckable {
                guard let indicator = set.indicators[target.indicator],
                      let district = set.scopes.resolve(target.scope)?.parent,
                      let parentTarget = first[TargetKey(scope: district, indicator: target.indicator, period: target.period)],
                      parentTarget.comparator.isCheckable else { continue }
                if target.comparator.strictness(comparedTo: parentTarget.comparator, polarity: indicator.polarity) == .looser {
                    found.append(Diagnostic(.error, .looserThanDistrict, at: target.provenance.definedAt,
                        "`\(target.scope)`'s `\(target.indicator)` target is looser than \(district)'s (line \(parentTarget.provenance.definedAt.line))",
                        fix: "check both numbers against the plan; a street cannot meet its district's target with a looser one",
                        zh: .init("`\(target.scope)` 的 `\(zh(target.indicator))` 目标比\(district)的（第 \(parentTarget.provenance.definedAt.line) 行）宽松",
                                  fix: "请对照计划核对两个数值；街道目标比所属区宽松，无法支撑区级目标")))
                }
            }
            // Unresolved deferrals: one warning per plan (they are common and expected while the higher
            // plan is not encoded), and a note per target for `--verbose`.
            var unresolved: [Target] = []
            for target in plan.targets {
                guard case .deferred(let phrase) = target.comparator, set.resolveDeferral(of: target) == nil else { continue }
                unresolved.append(target)
                found.append(Diagnostic(.note, .deferredWithoutHigherTarget, at: target.provenance.definedAt,
                    "`\(target.scope)` `\(target.indicator)` says “\(phrase)”: no higher-level target found, reported as deferred",
                    zh: .init("`\(target.scope)` `\(zh(target.indicator))` 写明“\(phrase)”：找不到上级目标，判定为待上级目标")))
            }
            if let first = unresolved.first {
                let indicators = Set(unresolved.map(\.indicator)).count
                let higher = plan.defersTo.map { id in
                    set.plan(id) == nil ? ("plan `\(id)` is not loaded", "计划 `\(id)` 未载入")
                        : loopReached(from: plan.id, set, loops) ? ("the plans it defers to loop back (see the error)", "所援引的计划又援引回来（见错误）")
                        : ("plan `\(id)` sets none of them", "计划 `\(id)` 未设定这些目标")
                }
                    ?? ("the plan names no higher-level plan (`defers-to`)", "本计划未指明上级计划（`defers-to`）")
                found.append(Diagnostic(.warning, .deferredTargetsUnresolved, at: first.provenance.definedAt,
                    "\(unresolved.count) targets of `\(plan.id)` (\(indicators) indicators) defer to a higher level and \(higher.0)",
                    fix: "they are reported as deferred; `targets check --verbose` lists each",
                    zh: .init("`\(plan.id)` 有 \(unresolved.count) 个目标（\(indicators) 项指标）待上级确定，但\(higher.1)",
                              fix: "这些目标判定为待上级目标；`targets check --verbose` 逐项列出")))
            }
        }
        return found
    }

    /// The loops of `defers-to` among the loaded plans, each keyed by every plan on it and
    /// listed from its smallest id, in the order the plans defer.
    static func deferralLoops(_ set: TargetSet) -> [String: [String]] {
        var loops: [String: [String]] = [:]
        for plan in set.plans where loops[plan.id] == nil {
            var path = [plan.id]
            var current = plan
            while let next = current.defersTo.flatMap(set.plan) {
                if let start = path.firstIndex(of: next.id) {
                    var loop = Array(path[start...])
                    let first = loop.indices.min { loop[$0] < loop[$1] }!
                    loop = Array(loop[first...] + loop[..<first])
                    for id in loop { loops[id] = loop }
                    break
                }
                path.append(next.id)
                current = next
            }
        }
        return loops
    }

    /// Whether following `defers-to` from the plan `id` enters a loop.
    static func loopReached(from id: String, _ set: TargetSet, _ loops: [String: [String]]) -> Bool {
        var seen: Set<String> = []
        var current = id
        while seen.insert(current).inserted {
            if loops[current] != nil { return true }
            guard let next = set.plan(current)?.defersTo else { return false }
            current = next
        }
        return false
    }
}

extension Comparator {
    /// Whether `self` is `other` with alternatives added: `100 或 ≥95且…` elaborates `≥ 100`.
    public func elaborates(_ other: Comparator) -> Bool {
        guard case .anyOf(let alternatives) = self else { return false }
        if case .anyOf = other { return false }
        return alternatives.contains { $0.comparator == other && $0.condition == nil }
    }
}
