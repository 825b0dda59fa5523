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
/// A month with excluded (sand-dust) days that had data carries the flag `sand_dust`, its value
/// is over all days, and the note gives the excluded days and the value without them — so
/// `tracker evaluate` shows the figure with all days exactly and leaves the month out for the
/// figure with exclusions. A PM2.5 month short of valid days says so in the note.
///
/// ```swift
/// var rows = MonthlyRows(exclusions: exclusions, choice: .automatic)
/// rows.addScope("西城区", note: nil, days: days)     // (day, pm25, aqi, version), in date order
/// rows.measurements(source: "out.csv")
/// ```
struct MonthlyRows {
    let exclusions: Exclusions
    let choice: StandardChoice
    private var rows: [(period: YearMonth, scope: String, indicator: String, value: Double, validDays: Int,
                        flagged: Bool, note: String)] = []

    static let indicators = ["pm25_annual_mean", "good_day_ratio", "heavy_pollution_days", "heavy_pollution_day_ratio"]

    init(exclusions: Exclusions, choice: StandardChoice) {
        self.exclusions = exclusions
        self.choice = choice
    }

    mutating func addScope<Days: Sequence>(_ scope: String, note: String?, days: Days)
    where Days.Element == (CalendarDay, Double?, Int?, StandardVersion) {
        var tallies: [MonthlyTally] = []
        for (day, pm25, aqi, version) in days {
            if tallies.last?.month != day.calendarMonth { tallies.append(MonthlyTally(month: day.calendarMonth)) }
            tallies[tallies.count - 1].add(day: day, pm25: pm25, aqi: aqi, version: version,
                                           excluded: exclusions.contains(day))
        }
        for tally in tallies { add(tally, scope: scope, scopeNote: note) }
    }

    private mutating func add(_ tally: MonthlyTally, scope: String, scopeNote: String?) {
        let period = YearMonth(tally.month.year, tally.month.month)
        let flagged = !tally.excludedDays.isEmpty
        let excludedText = tally.excludedDays.map { "\($0) \(exclusions.reason(for: $0) ?? "")" }.joined(separator: ", ")
        let excludedNote = "\(tally.excludedDays.count) excluded day\(tally.excludedDays.count == 1 ? "" : "s") (\(excludedText))"
        func note(_ parts: [String?]) -> String { ([scopeNote] + parts).compactMap { $0 }.joined(separator: "; ") }

        if let mean = tally.pm25Mean(all: true) {
            let shortfall = tally.pm25Shortfall.map { "insufficient data: \($0)" }
            var without: String?
            if flagged {
                without = tally.pm25Mean(all: false).map {
                    "\(excludedNote); without them \(NumberFormat.fixed($0, 1)) µg/m³ over \(tally.pm25DaysKept) valid days"
                } ?? "\(excludedNote); no valid day without them"
            }
            rows.append((period, scope, "pm25_annual_mean", mean, tally.pm25Days.count, flagged,
                         note(shortfall + [without])))
        }
        let all = tally.all
        guard all.valid > 0 else { return }
        let forced = if case .forced = choice { " (forced)" } else { "" }
        let standard = "AQI by " + tally.standards.versionsUsed.map(\.rawValue).joined(separator: " and ") + forced
        let kept = tally.kept
        func without(_ count: Int, _ what: String) -> String? {
            flagged ? "\(excludedNote); without them \(count) \(what) of \(kept.valid) valid days" : nil
        }
        rows.append((period, scope, "good_day_ratio", Double(all.good) / Double(all.valid) * 100, all.valid, flagged,
                     note([standard, "\(all.good) good of \(all.valid) valid days", without(kept.good, "good")])))
        rows.append((period, scope, "heavy_pollution_days", Double(all.heavy), all.valid, flagged,
                     note([standard, without(kept.heavy, "heavy")])))
        rows.append((period, scope, "heavy_pollution_day_ratio", Double(all.heavy) / Double(all.valid) * 100, all.valid, flagged,
                     note([standard, "\(all.heavy) heavy of \(all.valid) valid days", without(kept.heavy, "heavy")])))
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
                        validDays: row.validDays, flags: row.flagged ? ["sand_dust"] : [],
                        note: row.note.isEmpty ? nil : row.note, source: SourceLocation(file: source, line: index + 2))
        }
    }
}
