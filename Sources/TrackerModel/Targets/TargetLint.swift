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
        let loops = deferralLoops(set)
        for loop in Set(loops.values).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let plan = set.plan(loop[0])!
            found.append(Diagnostic(.error, .deferLoop, at: plan.defersToAt ?? SourceLocation(file: plan.file, line: 1),
                "the plans defer to each other in a loop (\((loop + [loop[0]]).map { "`\($0)`" }.joined(separator: " → "))), so their 达到市级要求 targets can never be resolved",
                fix: "point `defers-to` at the higher-level plan only (a district's plan at the city's), and give the highest plan none"))
        }
        for plan in set.plans {
            var first: [TargetKey: Target] = [:]
            for target in plan.targets {
                let key = target.periodKey
                guard let earlier = first[key] else { first[key] = target; continue }
                if earlier.comparator.elaborates(target.comparator) || target.comparator.elaborates(earlier.comparator) {
                    // A table cell `100` spelled out in the text as "100, or ≥ 95 with a condition".
                    found.append(Diagnostic(.note, .fullerRequirementUsed, at: target.provenance.definedAt,
                        "`\(target.scope)` `\(target.indicator)`: this target and line \(earlier.provenance.definedAt.line) state one requirement, one with its alternatives; the scorecard uses the fuller one"))
                } else if earlier.comparator != target.comparator {
                    found.append(Diagnostic(.error, .conflictingTargets, at: target.provenance.definedAt,
                        "`\(target.scope)` has two different `\(target.indicator)` targets for \(target.period): this one and line \(earlier.provenance.definedAt.line)",
                        fix: "keep one, or give them different periods"))
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
                        fix: "check both numbers against the plan; a street cannot meet its district's target with a looser one"))
                }
            }
            // Unresolved deferrals: one warning per plan (they are common and expected while the higher
            // plan is not encoded), and a note per target for `--verbose`.
            var unresolved: [Target] = []
            for target in plan.targets {
                guard case .deferred(let phrase) = target.comparator, set.resolveDeferral(of: target) == nil else { continue }
                unresolved.append(target)
                found.append(Diagnostic(.note, .deferredWithoutHigherTarget, at: target.provenance.definedAt,
                    "`\(target.scope)` `\(target.indicator)` says “\(phrase)”: no higher-level target found, reported as deferred"))
            }
            if let first = unresolved.first {
                let indicators = Set(unresolved.map(\.indicator)).count
                let higher = plan.defersTo.map { id in
                    set.plan(id) == nil ? "plan `\(id)` is not loaded"
                        : loopReached(from: plan.id, set, loops) ? "the plans it defers to loop back (see the error)" : "plan `\(id)` sets none of them"
                }
                    ?? "the plan names no higher-level plan (`defers-to`)"
                found.append(Diagnostic(.warning, .deferredTargetsUnresolved, at: first.provenance.definedAt,
                    "\(unresolved.count) targets of `\(plan.id)` (\(indicators) indicators) defer to a higher level and \(higher)",
                    fix: "they are reported as deferred; `targets check --verbose` lists each"))
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
