import TrackerModel

/// What changed between consecutive recorded months of a plan (`tracker changes`): verdicts that
/// moved (new misses, recoveries, other moves) with why (`Reason`, whose cause is diff's
/// `VerdictFlip.Cause`), and, for a month recorded again from other data, which values the
/// revision changed.
///
/// ```swift
/// let changes = LedgerChanges(entries, since: YearMonth(2025, 4))
/// changes.moves.first?.kind     // .newMiss
/// changes.moves.first?.causes   // [.newMonthOfData] (VerdictFlip.Cause, as `tracker diff` names it)
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

    /// Why a verdict moved between two recorded months, with what the ledger knows of it; its
    /// `cause` is the typed cause of `tracker diff` (`VerdictFlip.Cause`), so both commands name
    /// a cause one way.
    public enum Reason: Hashable, Sendable {
        /// One more month of the same data and targets: the later month.
        case newMonthOfData(YearMonth)
        /// The later month was recorded again from revised data, which changed this line: the
        /// monthly values of its scope and indicator the revision changed (`2025-03 PM2.5 41 → 42`).
        case revisedData([Revised])
        /// The line's target changed between the two months: as printed before and after, and how.
        case targetChanged(old: String, new: String, how: TargetHow)
        /// The standard the value is judged by changed.
        case standardChanged(StandardChange)

        public var cause: VerdictFlip.Cause {
            switch self {
            case .newMonthOfData: .newMonthOfData
            case .revisedData: .dataChanged
            case .targetChanged: .targetChanged
            case .standardChanged: .standardChanged
            }
        }
    }

    /// How a target changed: its number only, or the kind of comparison (≤ → 左右, a bound → 同比).
    public enum TargetHow: String, Hashable, Sendable {
        case threshold, comparator
        /// Files recorded before comparators were: the target files' digest changed.
        case targetFiles = "target_files"
    }

    /// What changed in the standard a line is judged by.
    public enum StandardChange: Hashable, Sendable {
        /// The decimals the value is published (and compared) at: `published 0, 1 from 2024`.
        case publishedDecimals(from: Int, to: Int)
        /// The indicator catalogs changed (their digest).
        case catalog
        /// The AQI standard hourly data were aggregated under.
        case aqiStandard(from: String?, to: String?)
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
        /// Why, most specific first: a changed target, a changed standard, revised data; a new
        /// month of data when none of these.
        public var reasons: [Reason]
        public var causes: [VerdictFlip.Cause] { reasons.map(\.cause) }
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
        public var indicator: String
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
            for entry in months where entry.month >= start { revisions += Self.revised(entry) }
            for (a, b) in zip(months, months.dropFirst()) where b.month >= start {
                let byLine = Self.byLine(a.rows), byKey = Self.byKey(a.rows)
                // The revision `b` replaced, when it was recorded again from other data (not only other targets).
                let revision = b.previous.last.flatMap { $0.inputs == b.inputs ? nil : (Self.byLine($0.rows), Self.byKey($0.rows)) }
                let lastRevised = b.previous.last.map { last in Self.revised(b).filter { $0.fromRevision == last.revision } } ?? []
                for after in b.rows {
                    guard let before = byLine[after.line] ?? byKey[after.key], before.verdict != after.verdict else { continue }
                    let revised = revision.flatMap { $0.0[after.line] ?? $0.1[after.key] }
                    let reasons = Self.reasons(a, b, before: before, after: after, revised: revised,
                                               values: lastRevised.filter { $0.scope == after.scope && $0.indicator == after.indicator })
                    moves.append(Move(plan: plan, from: a.month, to: b.month, scope: after.scope, indicatorZh: after.indicatorZh,
                                      target: after.target, before: before, after: after,
                                      kind: Self.kind(before.verdict, after.verdict), reasons: reasons))
                }
            }
        }
        self.moves = moves
        self.revisions = revisions
    }

    /// Why a line's verdict moved from `a` to `b`. `revised`: the line in the revision of `b`
    /// that was current before, when `b` was recorded again from other data; `values`: what that
    /// revision changed.
    static func reasons(_ a: LedgerEntry, _ b: LedgerEntry, before: LedgerEntry.Row, after: LedgerEntry.Row,
                        revised: LedgerEntry.Row?, values: [Revised]) -> [Reason] {
        var reasons: [Reason] = []
        if before.target != after.target {
            let how: TargetHow = before.comparator == nil || after.comparator == nil ? .targetFiles
                : before.comparator == after.comparator ? .threshold : .comparator
            reasons.append(.targetChanged(old: before.target, new: after.target, how: how))
        } else if a.targetsDigest != b.targetsDigest, a.catalogDigest == nil || b.catalogDigest == nil {
            // Older files: only the digest of the target and catalog files says something changed.
            reasons.append(.targetChanged(old: before.target, new: after.target, how: .targetFiles))
        }
        if let x = before.publishedDecimals, let y = after.publishedDecimals, x != y {
            reasons.append(.standardChanged(.publishedDecimals(from: x, to: y)))
        } else if let x = a.catalogDigest, let y = b.catalogDigest, x != y {
            reasons.append(.standardChanged(.catalog))
        }
        if a.standard != b.standard { reasons.append(.standardChanged(.aqiStandard(from: a.standard, to: b.standard))) }
        if let revised, revised.observedText != after.observedText || revised.verdict != after.verdict {
            reasons.append(.revisedData(values))
        }
        if reasons.isEmpty { reasons.append(.newMonthOfData(b.month)) }
        return reasons
    }

    /// The monthly values each re-recording of a month changed, added (before nil) or removed (after nil).
    static func revised(_ entry: LedgerEntry) -> [Revised] {
        var out: [Revised] = []
        var chain = entry.previous.map { ($0.revision, $0.values) } + [(entry.revision, entry.values)]
        chain.sort { $0.0 < $1.0 }
        for (old, new) in zip(chain, chain.dropFirst()) {
            let earlier = Dictionary(old.1.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            let later = Dictionary(new.1.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            for after in new.1 where earlier[after.key]?.value != after.value {
                out.append(Revised(plan: entry.plan, month: entry.month, fromRevision: old.0, toRevision: new.0,
                                   valueMonth: after.month, scope: after.scope, indicator: after.indicator, indicatorZh: after.indicatorZh,
                                   before: earlier[after.key]?.value, after: after.value))
            }
            for before in old.1 where later[before.key] == nil {
                out.append(Revised(plan: entry.plan, month: entry.month, fromRevision: old.0, toRevision: new.0,
                                   valueMonth: before.month, scope: before.scope, indicator: before.indicator, indicatorZh: before.indicatorZh,
                                   before: before.value, after: nil))
            }
        }
        return out
    }

    static func byLine(_ rows: [LedgerEntry.Row]) -> [String: LedgerEntry.Row] {
        Dictionary(rows.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
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
