import AirQuality
import TrackerModel

/// Turns scopes' days into the monthly rows of the long measurement layout, one row per month
/// and indicator:
///
/// | indicator | value | valid_days |
/// |---|---|---|
/// | `pm25_annual_mean` | mean of the month's valid PM2.5 24-h means (µg/m³) | days with a valid 24-h mean |
/// | `good_day_ratio` | good days ÷ valid AQI days × 100 (%) | valid AQI days |
/// | `heavy_pollution_days` | days with AQI > 200 (天) | valid AQI days |
/// | `heavy_pollution_day_ratio` | heavy days ÷ valid AQI days × 100 (%) | valid AQI days |
///
/// A month with excluded (sand-dust) days that had data gives its value without them and, in
/// `excludedDays`, the month with them (docs/air-quality.md §9: removed from numerator and denominator
/// alike), so `tracker evaluate` reports the period both ways. A month all of whose days with data
/// were excluded is flagged `sand_dust` instead. A PM2.5 month short of valid days says so in the note.
///
/// ```swift
/// var rows = MonthlyRows(exclusions: exclusions, choice: .automatic)
/// rows.addScope("西城区", note: nil, days: days)     // (day, pm25, aqi, version), in date order
/// rows.measurements(source: "out.csv")
/// ```
struct MonthlyRows {
    let exclusions: Exclusions
    let choice: StandardChoice
    private var rows: [Row] = []

    private struct Row {
        var period: YearMonth, scope: String, indicator: String, value: Double, validDays: Int
        var flagged = false
        var excluded: ExcludedDays?
        var note: String

        init(_ period: YearMonth, _ scope: String, _ indicator: String, _ value: Double, _ validDays: Int,
             flagged: Bool = false, excluded: ExcludedDays? = nil, note: String) {
            self.period = period; self.scope = scope; self.indicator = indicator; self.value = value
            self.validDays = validDays; self.flagged = flagged; self.excluded = excluded; self.note = note
        }
    }

    static let indicators = ["pm25_annual_mean", "good_day_ratio", "heavy_pollution_days", "heavy_pollution_day_ratio"]

    init(exclusions: Exclusions, choice: StandardChoice) {
        self.exclusions = exclusions
        self.choice = choice
    }

    mutating func addScope<Days: Sequence>(_ scope: String, note: String?, days: Days)
    where Days.Element == (CalendarDay, Double?, Int?, StandardVersion) {
        var tallies: [MonthlyTally] = []
        for (day, pm25, aqi, version) in days {
            if tallies.last?.month != day.yearMonth { tallies.append(MonthlyTally(month: day.yearMonth)) }
            tallies[tallies.count - 1].add(day: day, pm25: pm25, aqi: aqi, version: version,
                                           excluded: exclusions.contains(day))
        }
        for tally in tallies { add(tally, scope: scope, scopeNote: note) }
    }

    private mutating func add(_ tally: MonthlyTally, scope: String, scopeNote: String?) {
        let period = YearMonth(tally.month.year, tally.month.month)
        let excludedText = tally.excludedDays.map { "\($0) \(exclusions.reason(for: $0) ?? "")" }.joined(separator: ", ")
        let excludedNote = "\(tally.excludedDays.count) excluded day\(tally.excludedDays.count == 1 ? "" : "s") (\(excludedText))"
        func note(_ parts: [String?]) -> String { ([scopeNote] + parts).compactMap { $0 }.joined(separator: "; ") }

        // A month with excluded days gives its value without them, and the month with them in
        // `excludedDays` (§9: removed from numerator and denominator alike). When every day with
        // data was excluded, the whole month is flagged instead.
        if let mean = tally.pm25Mean(all: true) {
            let shortfall = tally.pm25Shortfall.map { "insufficient data: \($0)" }
            let dropped = tally.pm25Days.count - tally.pm25DaysKept
            if dropped > 0, let kept = tally.pm25Mean(all: false) {
                rows.append(Row(period, scope, "pm25_annual_mean", kept, tally.pm25DaysKept,
                                excluded: ExcludedDays(count: dropped, valueWithThem: mean, validDaysWithThem: tally.pm25Days.count),
                                note: note(shortfall + ["\(excludedNote); with them \(NumberFormat.fixed(mean, 1)) µg/m³ over \(tally.pm25Days.count) valid days"])))
            } else {
                rows.append(Row(period, scope, "pm25_annual_mean", mean, tally.pm25Days.count, flagged: dropped > 0,
                                note: note(shortfall + [dropped > 0 ? "\(excludedNote); no valid day without them" : nil])))
            }
        }
        let all = tally.all
        guard all.valid > 0 else { return }
        let forced = if case .forced = choice { " (forced)" } else { "" }
        let standard = "AQI by " + tally.standards.versionsUsed.map(\.rawValue).joined(separator: " and ") + forced
        let kept = tally.kept
        let dropped = all.valid - kept.valid
        func ratio(_ n: Int, _ of: Int) -> Double { Double(n) / Double(of) * 100 }
        // One AQI-day indicator: `count` picks good or heavy days from a tally's counts.
        func addDays(_ indicator: String, asRatio: Bool, _ count: (MonthlyTally.Counts) -> Int, _ what: String) {
            func value(_ c: MonthlyTally.Counts) -> Double { asRatio ? ratio(count(c), c.valid) : Double(count(c)) }
            if dropped > 0, kept.valid > 0 {
                rows.append(Row(period, scope, indicator, value(kept), kept.valid,
                                excluded: ExcludedDays(count: dropped, valueWithThem: value(all), validDaysWithThem: all.valid),
                                note: note([standard, "\(count(kept)) \(what) of \(kept.valid) valid days without them",
                                            "\(excludedNote); with them \(count(all)) \(what) of \(all.valid) valid days"])))
            } else {
                rows.append(Row(period, scope, indicator, value(all), all.valid, flagged: dropped > 0,
                                note: note([standard, asRatio ? "\(count(all)) \(what) of \(all.valid) valid days" : nil, dropped > 0 ? "\(excludedNote); no valid day without them" : nil])))
            }
        }
        addDays("good_day_ratio", asRatio: true, \.good, "good")
        addDays("heavy_pollution_days", asRatio: false, \.heavy, "heavy")
        addDays("heavy_pollution_day_ratio", asRatio: true, \.heavy, "heavy")
    }

    static func unit(of indicator: String) -> Unit {
        switch indicator {
        case "pm25_annual_mean": .microgramPerCubicMetre
        case "heavy_pollution_days": .days
        default: .percent
        }
    }

    /// The rows as measurements; `source` names the file they are (or would be) written to, and
    /// each row's line is its line there (header on line 1).
    func measurements(source: String) -> [Measurement] {
        rows.enumerated().map { index, row in
            Measurement(period: .month(row.period), scope: row.scope, indicator: row.indicator, value: row.value,
                        validDays: row.validDays, flags: row.flagged ? ["sand_dust"] : [], excludedDays: row.excluded,
                        note: row.note.isEmpty ? nil : row.note, source: SourceLocation(file: source, line: index + 2))
        }
    }
}
