import TrackerModel

/// A station's 24 hourly concentrations of one natural day (hours 0–23, hour = its beginning),
/// CO in mg/m³. NaN (or nil on input) marks a missing hour; negative values are never valid.
///
/// ```swift
/// var hours = HourlyDay(day: day)
/// hours[.pm25, 0] = 41          // set hour 0
/// hours.validHourCount(.pm25)   // 1
/// let daily = DailyValues(hours: hours)
/// ```
public struct HourlyDay: Sendable, Equatable {
    public let day: CalendarDay
    /// 24 values per pollutant; NaN = missing.
    public private(set) var values: PerPollutant<[Double]>

    /// A day with every hour missing.
    public init(day: CalendarDay) {
        self.day = day
        values = PerPollutant(repeating: Array(repeating: .nan, count: DailyRules.hoursPerDay))
    }

    /// `series` gives up to 24 values per pollutant starting at hour 0; nil/NaN = missing.
    public init(day: CalendarDay, series: [Pollutant: [Double?]]) {
        self.init(day: day)
        for (pollutant, hours) in series {
            for (hour, value) in hours.prefix(DailyRules.hoursPerDay).enumerated() {
                self[pollutant, hour] = value
            }
        }
    }

    /// The value at `hour` if valid (finite, ≥ 0), else nil. Setting nil or an hour outside
    /// 0–23 is ignored for the latter and stores NaN for the former.
    public subscript(pollutant: Pollutant, hour: Int) -> Double? {
        get {
            guard (0..<DailyRules.hoursPerDay).contains(hour) else { return nil }
            return Self.valid(values[pollutant][hour])
        }
        set {
            guard (0..<DailyRules.hoursPerDay).contains(hour) else { return }
            values[pollutant][hour] = newValue ?? .nan
        }
    }

    /// The 24 hours of `pollutant`, nil where missing or invalid.
    public func hours(_ pollutant: Pollutant) -> [Double?] {
        values[pollutant].map(Self.valid)
    }

    public func validHourCount(_ pollutant: Pollutant) -> Int {
        values[pollutant].reduce(0) { $0 + (Self.valid($1) == nil ? 0 : 1) }
    }

    /// Readers report negatives as data problems; here they are simply not valid.
    static func valid(_ value: Double) -> Double? {
        value.isFinite && value >= 0 ? value : nil
    }

    /// Missing (NaN) hours compare equal.
    public static func == (lhs: HourlyDay, rhs: HourlyDay) -> Bool {
        lhs.day == rhs.day && Pollutant.allCases.allSatisfy { pollutant in
            zip(lhs.values[pollutant], rhs.values[pollutant]).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        }
    }
}
