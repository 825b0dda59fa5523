import AirQuality
import TrackerInput
import TrackerModel

/// How `HourlyAggregation.run` works: the regulation, the months wanted, whether stations get
/// rows of their own, how many cores.
///
/// ```swift
/// var options = AggregationOptions(standard: .forced(.hj633_2026))
/// options.from = YearMonth(2014, 1)
/// options.to = YearMonth(2016, 12)
/// options.includeStations = true
/// options.stationKinds.includeTraffic = true
/// ```
public struct AggregationOptions: Sendable {
    /// By date (auto) or one version forced for every day.
    public var standard: StandardChoice
    /// First and last month wanted (inclusive); nil = from the data's first / to its last.
    public var from: YearMonth?
    public var to: YearMonth?
    /// Also write a row set per station (scope = the station id, which is not a catalog scope:
    /// `tracker evaluate` does not read those rows).
    public var includeStations: Bool
    /// Which stations count for districts and the city: assessment stations always, traffic and
    /// background stations on request (`--include-traffic`, `--include-background`).
    public var stationKinds: StationKinds = .assessment
    /// Cores to use; nil = all.
    public var workers: Int?
    /// Units for hourly columns whose header names none (e.g. CO in mg/m³).
    public var units: [Pollutant: HourlyUnit]
    /// The zone of hourly times whose column does not state one (`--timezone UTC`); nil = Beijing time.
    public var timeZone: HourlyTimeZone?
    /// Names the measurements' source (`SourceLocation.file`), e.g. the output file.
    public var sourceLabel: String
    /// Parts of a file smaller than this are not worth a core of their own (tests lower it to
    /// cut small files into many parts).
    var minimumPartBytes = 8 << 20

    public init(standard: StandardChoice = .automatic, from: YearMonth? = nil, to: YearMonth? = nil,
                includeStations: Bool = false, workers: Int? = nil, units: [Pollutant: HourlyUnit] = [:],
                sourceLabel: String = "tracker aggregate") {
        self.standard = standard
        self.from = from
        self.to = to
        self.includeStations = includeStations
        self.workers = workers
        self.units = units
        self.sourceLabel = sourceLabel
    }

    /// The ordinals of the first and last day wanted.
    var dayRange: ClosedRange<Int> {
        let first = from?.firstDay.ordinal ?? Int(Int32.min)
        let last = to?.lastDay.ordinal ?? Int(Int32.max)
        return first...max(first, last)
    }
}
