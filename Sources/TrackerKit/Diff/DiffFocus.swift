import TrackerEvaluation
import TrackerModel

/// The part of a plan comparison a person asked for: a scope and those below it, some
/// indicators. Names are checked against both sides' catalogs before anything is compared,
/// so a misspelt name is a usage error with a suggestion, not an empty, reassuring diff.
///
/// ```swift
/// let focus = try DiffFocus(scope: "德胜街道", indicators: ["降尘量"], old: oldSet, new: newSet)
/// diff.changes.filter(focus.keeps)
/// ```
struct DiffFocus {
    var scopes: Set<String>?
    var indicators: Set<String>?

    init(scope: String?, indicators names: [String], old: TargetSet, new: TargetSet) throws(RunFailure) {
        scopes = try scope.map { name throws(RunFailure) in
            guard let names = new.scopes.subtree(of: name) ?? old.scopes.subtree(of: name) else {
                throw .usage(.unknownScope(name, suggestion: new.scopes.suggestion(for: name)))
            }
            return names
        }
        guard !names.isEmpty else { return }
        var ids: Set<String> = []
        for name in names {
            guard let indicator = new.indicators.resolve(name) ?? old.indicators.resolve(name) else {
                throw .usage(.unknownIndicator(name, suggestion: new.indicators.suggestion(for: name)))
            }
            ids.insert(indicator.id)
            // A definition change pairs two ids of one concept: either name finds the pair.
            if let concept = indicator.concept {
                for other in new.indicators.indicators + old.indicators.indicators where other.concept == concept { ids.insert(other.id) }
            }
        }
        indicators = ids
    }

    func keeps(_ change: TargetChange) -> Bool {
        keeps(scope: change.scope, indicators: [change.indicator, change.old?.indicator, change.new?.indicator].compactMap { $0 })
    }

    func keeps(scope: String, indicators ids: [String]) -> Bool {
        (scopes?.contains(scope) ?? true) && (indicators.map { wanted in ids.contains(where: wanted.contains) } ?? true)
    }

    func apply(_ comparison: ScorecardComparison) -> ScorecardComparison {
        var focused = comparison
        focused.flips = comparison.flips.filter { keeps(scope: $0.scope, indicators: [$0.indicator]) }
        focused.onlyOld = comparison.onlyOld.filter { keeps(scope: $0.scope, indicators: [$0.indicator]) }
        focused.onlyNew = comparison.onlyNew.filter { keeps(scope: $0.scope, indicators: [$0.indicator]) }
        return focused
    }
}
