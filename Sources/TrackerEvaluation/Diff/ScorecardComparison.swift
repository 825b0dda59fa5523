import TrackerModel

/// Compares two scorecards row by row (scope × indicator, or indicators of one concept) and
/// explains every verdict that differs.
///
/// ```swift
/// let comparison = ScorecardComparison(old: before, new: after, context: .init(sameData: true))
/// for flip in comparison.flips { print(flip.scope, flip.indicatorZh, flip.old.verdict, "→", flip.new.verdict, flip.causes) }
/// ```
public struct ScorecardComparison: Sendable {
    /// What is known about how the two scorecards were made.
    public struct Context: Sendable {
        /// Both sides evaluated the same measurement files.
        public var sameData: Bool
        /// The AQI standard each side's data was aggregated under, when it came from hourly data.
        public var oldStandard: String?
        public var newStandard: String?
        /// Indicators of one concept pair up (heavy-pollution ratio vs count); from the catalog.
        public var concepts: [String: String]

        public init(sameData: Bool, oldStandard: String? = nil, newStandard: String? = nil, concepts: [String: String] = [:]) {
            self.sameData = sameData
            self.oldStandard = oldStandard
            self.newStandard = newStandard
            self.concepts = concepts
        }
    }

    public var flips: [VerdictFlip]
    /// Rows on one side only.
    public var onlyOld: [ScorecardRow]
    public var onlyNew: [ScorecardRow]

    public init(old: Scorecard, new: Scorecard, context: Context) {
        var oldRows: [TargetKey: ScorecardRow] = [:]
        for row in old.rows where oldRows[row.target.key] == nil { oldRows[row.target.key] = row }
        var matched: Set<TargetKey> = []
        var flips: [VerdictFlip] = []
        var onlyNew: [ScorecardRow] = []
        for row in new.rows {
            var key = row.target.key
            // Candidates in the old card's row order, not the dictionary's per-process order.
            if oldRows[key] == nil, let concept = context.concepts[row.indicator],
               let other = old.rows.first(where: { r in
                   r.scope == row.scope && !matched.contains(r.target.key) && context.concepts[r.indicator] == concept
               }) {
                key = other.target.key
            }
            guard let before = oldRows[key], !matched.contains(key) else { onlyNew.append(row); continue }
            matched.insert(key)
            guard before.verdict != row.verdict else { continue }
            flips.append(VerdictFlip(scope: row.scope, indicator: row.indicator, indicatorZh: row.indicatorZh,
                                     old: before, new: row, causes: ScorecardComparison.causes(before, row, context)))
        }
        self.flips = flips
        self.onlyNew = onlyNew
        self.onlyOld = old.rows.filter { !matched.contains($0.target.key) }
    }

    static func causes(_ old: ScorecardRow, _ new: ScorecardRow, _ context: Context) -> [VerdictFlip.Cause] {
        var causes: [VerdictFlip.Cause] = []
        if old.indicator != new.indicator || old.effectiveComparator != new.effectiveComparator {
            causes.append(.targetChanged)
        }
        let sameValue = same(old.observed, new.observed) && old.validDays == new.validDays
        if !sameValue && old.indicator == new.indicator {
            let standards = context.oldStandard != nil && context.newStandard != nil && context.oldStandard != context.newStandard
            if standards { causes.append(.standardChanged) }
            if !context.sameData { causes.append(.dataChanged) }
        }
        // Valid on one side, insufficient on the other, with the same value and the same target:
        // only the validity rule can have moved it (a changed target can lock an outcome that
        // insufficient data would otherwise leave open).
        let insufficient = (old.verdict == .insufficientData) != (new.verdict == .insufficientData)
        if insufficient && sameValue && causes.isEmpty { causes.append(.validityRuleChanged) }
        if causes.isEmpty {
            // Nothing else differs: the as-of month or the period moved the verdict; say the data did.
            causes.append(.dataChanged)
        }
        return causes
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= 1e-9 * max(1, abs(x))
        default: false
        }
    }
}
