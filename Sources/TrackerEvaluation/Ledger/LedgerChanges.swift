import TrackerModel

/// What changed between consecutive recorded months of a plan (`tracker changes`): verdicts that
/// moved (new misses, recoveries, other moves) with why, and, for a month recorded again from
/// other data, which values the revision changed.
///
/// ```swift
/// let changes = LedgerChanges(entries, since: YearMonth(2025, 4))
/// changes.moves.first?.kind     // .newMiss
/// changes.moves.first?.cause    // .newMonthOfData
/// changes.revisions.first       // 2025-03 西城区 PM2.5年均浓度 41 → 42 (a monthly value of the data)
/// ```
public struct LedgerChanges: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Now missed or off track, and was not.
        case newMiss = "new_miss"
        /// Was missed, off track or at risk; now met, within tolerance or on track.
        case recovery
        /// Any other change of verdict.
        case moved
    }

    /// Why a verdict moved between two recorded months (the causes of `tracker diff`, as far as a
    /// ledger can tell them: it has digests, not the files).
    public enum Cause: String, Hashable, Sendable {
        /// The later month's data (the targets are the same).
        case newMonthOfData = "new_month_of_data"
        /// The later month was recorded again from revised data, and the revision changed this value.
        case revisedData = "revised_data"
        /// The target files differ (their digest changed).
        case targetsChanged = "targets_changed"
    }

    public struct Move: Hashable, Sendable {
        public var plan: String
        public var from: YearMonth
        public var to: YearMonth
        public var scope: String
        public var indicatorZh: String
        public var target: String
        public var before: LedgerEntry.Row
        public var after: LedgerEntry.Row
        public var kind: Kind
        public var cause: Cause
    }

    /// A monthly value of the data that a revision changed, added (`before` nil) or removed
    /// (`after` nil): `2025-04 德胜街道 PM2.5年均浓度 26.2 → 36.2`.
    public struct Revised: Hashable, Sendable {
        public var plan: String
        /// The recorded month that was revised.
        public var month: YearMonth
        public var fromRevision: Int
        public var toRevision: Int
        /// The month the value is of.
        public var valueMonth: YearMonth
        public var scope: String
        public var indicatorZh: String
        public var before: Double?
        public var after: Double?
    }

    public var moves: [Move]
    public var revisions: [Revised]

    /// Pairs of consecutive months whose later month is at or after `since` (nil: the last pair
    /// of each plan); revisions of the months from `since` (nil: the last month).
    public init(_ entries: [LedgerEntry], since: YearMonth?) {
        var moves: [Move] = [], revisions: [Revised] = []
        for plan in Array(Set(entries.map(\.plan))).sorted() {
            let months = entries.filter { $0.plan == plan }.sorted { $0.month < $1.month }
            guard let last = months.last else { continue }
            let start = since ?? last.month
            for (a, b) in zip(months, months.dropFirst()) where b.month >= start {
                let earlier = Self.byKey(a.rows)
                let revision = b.previous.last.map { Self.byKey($0.rows) } ?? [:]
                for after in b.rows {
                    guard let before = earlier[after.key], before.verdict != after.verdict else { continue }
                    let revised = revision[after.key]
                    let cause: Cause = a.targetsDigest != b.targetsDigest ? .targetsChanged
                        : revised.map { $0.observedText != after.observedText || $0.verdict != after.verdict } == true ? .revisedData
                        : .newMonthOfData
                    moves.append(Move(plan: plan, from: a.month, to: b.month, scope: after.scope, indicatorZh: after.indicatorZh,
                                      target: after.target, before: before, after: after,
                                      kind: Self.kind(before.verdict, after.verdict), cause: cause))
                }
            }
            for entry in months where entry.month >= start {
                var chain = entry.previous.map { ($0.revision, $0.values) } + [(entry.revision, entry.values)]
                chain.sort { $0.0 < $1.0 }
                for (old, new) in zip(chain, chain.dropFirst()) {
                    let earlier = Dictionary(old.1.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
                    let later = Dictionary(new.1.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
                    for after in new.1 where earlier[after.key]?.value != after.value {
                        revisions.append(Revised(plan: plan, month: entry.month, fromRevision: old.0, toRevision: new.0,
                                                 valueMonth: after.month, scope: after.scope, indicatorZh: after.indicatorZh,
                                                 before: earlier[after.key]?.value, after: after.value))
                    }
                    for before in old.1 where later[before.key] == nil {
                        revisions.append(Revised(plan: plan, month: entry.month, fromRevision: old.0, toRevision: new.0,
                                                 valueMonth: before.month, scope: before.scope, indicatorZh: before.indicatorZh,
                                                 before: before.value, after: nil))
                    }
                }
            }
        }
        self.moves = moves
        self.revisions = revisions
    }

    static func byKey(_ rows: [LedgerEntry.Row]) -> [String: LedgerEntry.Row] {
        Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func kind(_ before: Verdict, _ after: Verdict) -> Kind {
        let bad: Set<Verdict> = [.missed, .offTrack]
        let good: Set<Verdict> = [.met, .withinTolerance, .onTrack]
        if bad.contains(after) && !bad.contains(before) { return .newMiss }
        if (bad.contains(before) || before == .atRisk) && good.contains(after) { return .recovery }
        return .moved
    }
}
