import AirQuality
import TrackerModel

/// One scope's month, tallied day by day in date order: the PM2.5 mean (sum of the unrounded
/// daily means, as `PeriodStatistics` sums them), the AQI day counts, each both over all days
/// and without the excluded days (docs/air-quality.md §9), and the regulations used.
///
/// ```swift
/// var tally = MonthlyTally(month: march)
/// tally.add(day: d, pm25: 83.2, aqi: 165, version: .hj633_2012, excluded: false)
/// tally.pm25Mean(all: true)   // 83.2
/// ```
struct MonthlyTally {
    let month: YearMonth
    private(set) var assessedDays = 0
    private(set) var pm25Days: [CalendarDay] = []
    private(set) var pm25Sum = 0.0
    private(set) var pm25SumKept = 0.0
    private(set) var pm25DaysKept = 0
    private(set) var all = Counts()
    private(set) var kept = Counts()
    private(set) var excludedDays: [CalendarDay] = []
    private(set) var versions: [StandardVersion] = []

    struct Counts {
        var valid = 0
        var good = 0
        var heavy = 0
    }

    init(month: YearMonth) {
        self.month = month
    }

    /// `aqi`: nil when the day's AQI is NA.
    mutating func add(day: CalendarDay, pm25: Double?, aqi: Int?, version: StandardVersion, excluded: Bool) {
        assessedDays += 1
        versions.append(version)
        if excluded { excludedDays.append(day) }
        if let pm25 {
            pm25Days.append(day)
            pm25Sum += pm25
            if !excluded {
                pm25SumKept += pm25
                pm25DaysKept += 1
            }
        }
        if let aqi {
            let good = aqi <= 100 ? 1 : 0, heavy = aqi > 200 ? 1 : 0
            all.valid += 1; all.good += good; all.heavy += heavy
            if !excluded { kept.valid += 1; kept.good += good; kept.heavy += heavy }
        }
    }

    func pm25Mean(all useAll: Bool) -> Double? {
        let n = useAll ? pm25Days.count : pm25DaysKept
        return n > 0 ? (useAll ? pm25Sum : pm25SumKept) / Double(n) : nil
    }

    /// Why the month's PM2.5 mean is short of valid days (empty when it is not).
    var pm25Shortfall: [String] {
        PeriodValidity(range: month.range, validDays: pm25Days).reasons
    }

    var standards: StandardUsage { StandardUsage(versions: versions) }
}
