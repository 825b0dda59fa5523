/// One observed value: an indicator, for a scope, over a month (or a year, for values that are
/// only reported yearly), in the indicator's catalog unit.
///
/// ```swift
/// let m = Measurement(period: .month(YearMonth(2025, 1)), scope: "德胜街道", indicator: "pm25_annual_mean",
///                     value: 48.2, validDays: 31, source: SourceLocation(file: "data.csv", line: 2))
/// ```
public struct Measurement: Hashable, Sendable {
    public enum Period: Hashable, Sendable, Comparable, CustomStringConvertible {
        case month(YearMonth)
        case year(Int)

        public var year: Int {
            switch self {
            case .month(let m): m.year
            case .year(let y): y
            }
        }

        /// The last month the value covers (December for a yearly value).
        public var lastMonth: YearMonth {
            switch self {
            case .month(let m): m
            case .year(let y): YearMonth(y, 12)
            }
        }

        public var description: String {
            switch self {
            case .month(let m): m.description
            case .year(let y): String(y)
            }
        }

        public static func < (a: Period, b: Period) -> Bool {
            (a.lastMonth, a.description.count) < (b.lastMonth, b.description.count)
        }
    }

    public var period: Period
    /// The scope's printed name, as in the scope catalog.
    public var scope: String
    /// Indicator id.
    public var indicator: String
    /// In the indicator's catalog unit (converted on reading when the file used another).
    public var value: Double
    /// For mean and ratio indicators: the month's valid days (weight and validity); nil when the
    /// file does not say, in which case calendar days are used and validity is unknown.
    public var validDays: Int?
    /// Exclusion flags, e.g. `sand_dust` (扣除沙尘影响): the whole month is left out.
    public var flags: [String]
    /// Some days of the month were left out of `value` and `validDays` (hourly data with sand-dust
    /// dates); nil when none were.
    public var excludedDays: ExcludedDays?
    public var note: String?
    /// The row it was read from.
    public var source: SourceLocation

    public init(period: Period, scope: String, indicator: String, value: Double, validDays: Int? = nil,
                flags: [String] = [], excludedDays: ExcludedDays? = nil, note: String? = nil, source: SourceLocation) {
        self.period = period; self.scope = scope; self.indicator = indicator; self.value = value
        self.validDays = validDays; self.flags = flags; self.excludedDays = excludedDays; self.note = note; self.source = source
    }

    public var isExcluded: Bool { !flags.isEmpty }
}
