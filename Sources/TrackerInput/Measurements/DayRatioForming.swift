import Foundation
import TrackerModel

/// Forms a share of days from a count of days and the month's valid days, where a file gives the
/// count (优良天数 20, 有效天数 31) but not the share the plan's target is stated in (优良天数比率):
/// share = count ÷ valid days × 100, exactly as `tracker aggregate` forms it from daily AQI
/// (docs/measurements.md, "Day counts"). The count and the share are linked by the catalog's
/// `concept` (`good_days`, `heavy_pollution`). Only the shares a plan targets are formed. Nothing
/// is guessed: a count without valid days forms no share (one warning), and a share the data
/// gives itself is never replaced.
///
/// ```swift
/// var data = MeasurementReader.read(files: ["月报.csv"], …).set
/// let diagnostics = DayRatioForming.form(in: &data, wanted: ["good_day_ratio"], indicators: catalog)
/// data.measurements.last   // good_day_ratio 64.516… for 2025-01 from 优良天数 20 of 31 valid days
/// diagnostics              // a warning saying so; another for counts without valid days
/// ```
public enum DayRatioForming {
    /// Adds the shares of days in `wanted` (indicator ids; a plan's targets) that the data does
    /// not give but can be formed from its counts; returns what was done, as diagnostics.
    /// `aside`: the counts the reader set aside (outside the window it kept), worded and counted
    /// as if they had been kept; the shares formed from them are set aside too.
    public static func form(in set: inout MeasurementSet, wanted: Set<String>, indicators: IndicatorCatalog,
                            aside: CountsAside = CountsAside()) -> [Diagnostic] {
        guard !wanted.isEmpty else { return [] }
        let formed = form(from: set.measurements, indicators: indicators, wanted: wanted, aside: aside)
        set.measurements += formed.measurements
        set.setAside.merge(formed.setAside)
        return formed.diagnostics
    }

    private struct Key: Hashable {
        var period: TrackerModel.Measurement.Period
        var scope: String
        var indicator: String
    }

    /// What becomes of one count: the one home of the arithmetic's conditions, asked alike of the
    /// counts kept and of those the reader set aside (`CountsAside`).
    enum Outcome: UInt8 {
        /// A share is formed from it.
        case formed
        /// No valid days (or none above 0): no share.
        case withoutValidDays
        /// More days than valid days: no share, a warning of its own.
        case tooMany
    }

    static func outcome(value: Double, validDays: Int?) -> Outcome {
        guard let valid = validDays, valid > 0 else { return .withoutValidDays }
        return value <= Double(valid) ? .formed : .tooMany
    }

    /// Which counts form which wanted shares: a count of days (`isDayCount`) forms the share of
    /// its concept that is wanted. Nil when no count forms a wanted share (nothing to do).
    ///
    /// ```swift
    /// let rule = DayRatioForming.Rule(wanted: ["good_day_ratio"], indicators: catalog)
    /// rule?.ratio(of: catalog["good_days"]!)?.id   // "good_day_ratio"
    /// ```
    public struct Rule: Sendable {
        /// The wanted share of days each count concept is stated as.
        let ratioOf: [String: Indicator]
        /// The ids of the counts that could form a wanted share.
        let counts: Set<String>
        /// Per wanted share, the counts that form it.
        let formedBy: [String: [String]]

        public init?(wanted: Set<String>, indicators: IndicatorCatalog) {
            var ratioOf: [String: Indicator] = [:]
            for indicator in indicators.indicators where indicator.kind == .dayRatio && wanted.contains(indicator.id) {
                if let concept = indicator.concept { ratioOf[concept] = indicator }
            }
            let forming = indicators.indicators.filter { $0.isDayCount && $0.concept.map { ratioOf[$0] != nil } == true }
            let counts = Set(forming.map(\.id))
            guard !counts.isEmpty else { return nil }
            var formedBy: [String: [String]] = [:]
            for count in forming { if let concept = count.concept, let ratio = ratioOf[concept] { formedBy[ratio.id, default: []].append(count.id) } }
            self.formedBy = formedBy
            self.ratioOf = ratioOf
            self.counts = counts
        }

        /// The wanted share `count` forms (nil: it forms none).
        func ratio(of count: Indicator) -> Indicator? {
            guard count.isDayCount, let concept = count.concept else { return nil }
            return ratioOf[concept]
        }

        /// The ids of the counts that form `share` (empty: it is not a wanted share).
        func counts(forming share: Indicator) -> [String] {
            formedBy[share.id] ?? []
        }
    }

    static func form(from measurements: [TrackerModel.Measurement], indicators: IndicatorCatalog, wanted: Set<String>,
                     aside: CountsAside = CountsAside())
        -> (measurements: [TrackerModel.Measurement], diagnostics: [Diagnostic], setAside: MeasurementSet.SetAside) {
        guard let rule = Rule(wanted: wanted, indicators: indicators) else { return ([], [], .init()) }
        let counts = rule.counts
        let ratioIDs = Set(rule.ratioOf.values.map(\.id))
        // Only whether a wanted share is given is asked below: the other rows need no key.
        let given = Set(measurements.lazy.filter { ratioIDs.contains($0.indicator) }
            .map { Key(period: $0.period, scope: $0.scope, indicator: $0.indicator) })
        // The counts set aside whose share no file gave, in reading order (a share given outside
        // the files, by hourly data, is looked up here).
        let outside = aside.inReadingOrder().filter { count in
            guard let c = indicators[count.indicator], let ratio = rule.ratio(of: c) else { return false }
            return !given.contains(Key(period: count.period, scope: count.scope, indicator: ratio.id))
        }
        // The counts that could form a wanted share: usually none, and then nothing more is done.
        guard !outside.isEmpty || measurements.contains(where: { counts.contains($0.indicator) }) else { return ([], [], .init()) }
        var formed: [TrackerModel.Measurement] = []
        var formedCount = 0
        var setAside = MeasurementSet.SetAside()
        var withoutDays = 0
        var firstWithoutDays: (SourceLocation, Indicator, Indicator)?
        var tooMany: [Diagnostic] = []
        var firstFormed: (SourceLocation, Indicator, Indicator)?
        /// One count, kept (`m`) or set aside: what `outcome` says becomes of it.
        func take(period: TrackerModel.Measurement.Period, scope: String, count: Indicator, ratio: Indicator, value: Double,
                  validDays: Int?, source: SourceLocation, kept m: TrackerModel.Measurement?) {
            switch outcome(value: value, validDays: validDays) {
            case .withoutValidDays:
                withoutDays += 1
                if firstWithoutDays == nil { firstWithoutDays = (source, count, ratio) }
            case .tooMany:
                tooMany.append(Diagnostic(.warning, .dayCountExceedsValidDays, at: source,
                    "\(count.zh) of \(scope) for \(period) is \(MeasurementText.number(value)) days, more than its \(validDays ?? 0) valid days, so \(ratio.zh) is not formed for that month",
                    fix: "check the count and the valid days of the month"))
            case .formed:
                let valid = validDays ?? 0
                formedCount += 1
                if firstFormed == nil { firstFormed = (source, count, ratio) }
                guard let m else {
                    setAside.add(period)
                    return
                }
                func share(_ n: Double, _ of: Int) -> Double { n / Double(of) * 100 }
                let excluded = m.excludedDays.flatMap { e in
                    e.validDaysWithThem.flatMap { $0 > 0 ? ExcludedDays(count: e.count, valueWithThem: share(e.valueWithThem, $0), validDaysWithThem: $0) : nil }
                }
                let note = "formed from \(count.zh) \(MeasurementText.number(m.value)) of \(valid) valid days"
                formed.append(TrackerModel.Measurement(period: m.period, scope: m.scope, indicator: ratio.id, value: share(m.value, valid),
                                                       validDays: valid, flags: m.flags, excludedDays: excluded,
                                                       note: m.note.map { "\($0); \(note)" } ?? note, source: m.source))
            }
        }
        var next = 0
        func takeOutside(before index: Int) {
            while next < outside.count, outside[next].order <= index {
                let o = outside[next]
                next += 1
                guard let count = indicators[o.indicator], let ratio = rule.ratio(of: count) else { continue }
                take(period: o.period, scope: o.scope, count: count, ratio: ratio, value: o.value, validDays: o.validDays,
                     source: o.source, kept: nil)
            }
        }
        for i in measurements.indices {
            takeOutside(before: i)
            guard counts.contains(measurements[i].indicator) else { continue }
            let m = measurements[i]
            guard let count = indicators[m.indicator], let ratio = rule.ratio(of: count),
                  !given.contains(Key(period: m.period, scope: m.scope, indicator: ratio.id)) else { continue }
            take(period: m.period, scope: m.scope, count: count, ratio: ratio, value: m.value, validDays: m.validDays,
                 source: m.source, kept: m)
        }
        takeOutside(before: Int.max)
        var diagnostics: [Diagnostic] = []
        if let (source, count, ratio) = firstFormed {
            diagnostics.append(Diagnostic(.warning, .dayRatioFormed, at: source,
                "\(ratio.zh) is formed from \(count.zh) and the valid days for \(formedCount) month\(formedCount == 1 ? "" : "s") (\(count.zh) ÷ valid days × 100)",
                fix: "give \(ratio.zh) itself to use the monitoring centre's figure instead"))
        }
        if let (source, count, ratio) = firstWithoutDays {
            diagnostics.append(Diagnostic(.warning, .dayRatioWithoutValidDays, at: source,
                "\(count.zh) is given without valid days for \(withoutDays) month\(withoutDays == 1 ? "" : "s"), so \(ratio.zh) cannot be formed for \(withoutDays == 1 ? "it" : "them")",
                fix: "add a `valid_days` (有效天数) column with the month's days with valid data, or give \(ratio.zh) itself"))
        }
        return (formed, diagnostics + tooMany, setAside)
    }
}
