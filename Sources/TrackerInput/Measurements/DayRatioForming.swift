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
    public static func form(in set: inout MeasurementSet, wanted: Set<String>, indicators: IndicatorCatalog) -> [Diagnostic] {
        guard !wanted.isEmpty else { return [] }
        let formed = form(from: set.measurements, indicators: indicators, wanted: wanted)
        set.measurements += formed.measurements
        return formed.diagnostics
    }

    private struct Key: Hashable {
        var period: TrackerModel.Measurement.Period
        var scope: String
        var indicator: String
    }

    static func form(from measurements: [TrackerModel.Measurement], indicators: IndicatorCatalog, wanted: Set<String>)
        -> (measurements: [TrackerModel.Measurement], diagnostics: [Diagnostic]) {
        // The share of days each count concept is stated as.
        var ratioOf: [String: Indicator] = [:]
        for indicator in indicators.indicators where indicator.kind == .dayRatio && wanted.contains(indicator.id) {
            if let concept = indicator.concept { ratioOf[concept] = indicator }
        }
        // The counts that could form a wanted share: usually none, and then nothing more is done.
        let counts = Set(indicators.indicators.filter { $0.isDayCount && $0.concept.map { ratioOf[$0] != nil } == true }.map(\.id))
        guard !counts.isEmpty, measurements.contains(where: { counts.contains($0.indicator) }) else { return ([], []) }
        // Only whether a wanted share is given is asked below: the other rows need no key.
        let ratioIDs = Set(ratioOf.values.map(\.id))
        let given = Set(measurements.lazy.filter { ratioIDs.contains($0.indicator) }
            .map { Key(period: $0.period, scope: $0.scope, indicator: $0.indicator) })
        var formed: [TrackerModel.Measurement] = []
        var withoutDays: [(TrackerModel.Measurement, Indicator)] = []
        var tooMany: [(TrackerModel.Measurement, Indicator, Int)] = []
        var firstFormed: (TrackerModel.Measurement, Indicator, Indicator)?
        for i in measurements.indices where counts.contains(measurements[i].indicator) {
            let m = measurements[i]
            guard let count = indicators[m.indicator], count.isDayCount, let concept = count.concept,
                  let ratio = ratioOf[concept],
                  !given.contains(Key(period: m.period, scope: m.scope, indicator: ratio.id)) else { continue }
            guard let valid = m.validDays, valid > 0 else { withoutDays.append((m, ratio)); continue }
            guard m.value <= Double(valid) else { tooMany.append((m, ratio, valid)); continue }
            func share(_ n: Double, _ of: Int) -> Double { n / Double(of) * 100 }
            let excluded = m.excludedDays.flatMap { e in
                e.validDaysWithThem.flatMap { $0 > 0 ? ExcludedDays(count: e.count, valueWithThem: share(e.valueWithThem, $0), validDaysWithThem: $0) : nil }
            }
            let note = "formed from \(count.zh) \(MeasurementText.number(m.value)) of \(valid) valid days"
            formed.append(TrackerModel.Measurement(period: m.period, scope: m.scope, indicator: ratio.id, value: share(m.value, valid),
                                                   validDays: valid, flags: m.flags, excludedDays: excluded,
                                                   note: m.note.map { "\($0); \(note)" } ?? note, source: m.source))
            if firstFormed == nil { firstFormed = (m, count, ratio) }
        }
        var diagnostics: [Diagnostic] = []
        if let (m, count, ratio) = firstFormed {
            diagnostics.append(Diagnostic(.warning, .dayRatioFormed, at: m.source,
                "\(ratio.zh) is formed from \(count.zh) and the valid days for \(formed.count) month\(formed.count == 1 ? "" : "s") (\(count.zh) ÷ valid days × 100)",
                fix: "give \(ratio.zh) itself to use the monitoring centre's figure instead"))
        }
        if let (m, ratio) = withoutDays.first, let count = indicators[m.indicator] {
            diagnostics.append(Diagnostic(.warning, .dayRatioWithoutValidDays, at: m.source,
                "\(count.zh) is given without valid days for \(withoutDays.count) month\(withoutDays.count == 1 ? "" : "s"), so \(ratio.zh) cannot be formed for \(withoutDays.count == 1 ? "it" : "them")",
                fix: "add a `valid_days` (有效天数) column with the month's days with valid data, or give \(ratio.zh) itself"))
        }
        for (m, ratio, valid) in tooMany {
            let count = indicators[m.indicator]?.zh ?? m.indicator
            diagnostics.append(Diagnostic(.warning, .dayCountExceedsValidDays, at: m.source,
                "\(count) of \(m.scope) for \(m.period) is \(MeasurementText.number(m.value)) days, more than its \(valid) valid days, so \(ratio.zh) is not formed for that month",
                fix: "check the count and the valid days of the month"))
        }
        return (formed, diagnostics)
    }
}
