import AirQuality
import TrackerInput
import TrackerModel

/// Everything one aggregation produced: the monthly measurements (what `tracker evaluate`
/// reads), the area days (the daily table), every problem found, and how the read went.
///
/// ```swift
/// let result = HourlyAggregation.run(hourly: files, stations: "stations.csv", exclusions: nil, scopes: scopes)
/// result.measurements.measurements.count
/// result.diagnostics.hasErrors          // exit 65 when true
/// result.run.workers                    // 2
/// ```
public struct AggregationResult: Sendable {
    public var measurements: MeasurementSet
    public var diagnostics: [Diagnostic]
    /// One per hourly file, in the order given.
    public var files: [HourlyReadSummary]
    /// Every street's and district's day, area by area (catalog order), day by day.
    public var areaDays: [AreaDay]
    /// The excluded days that applied (from the list and from flag columns).
    public var exclusions: [Exclusion]
    public var run: RunFacts

    /// How the work was done, for `--verbose` and the benchmark.
    public struct RunFacts: Sendable, Equatable {
        public var workers = 1
        public var parts = 0
        /// The parts overlapped (a station-day in two parts, or a quoted line break across a
        /// cut) and everything was read again on one core.
        public var readAgainSequentially = false
        public var stationDays = 0
        /// Most station-days open at once in one worker (memory).
        public var peakOpenDays = 0
        public var rowsRead = 0
        public var bytesRead = 0
        /// Wall-clock seconds of the parallel read, and of everything after it.
        public var readSeconds = 0.0
        public var finishSeconds = 0.0

        public init() {}
    }

    public init(measurements: MeasurementSet = MeasurementSet(), diagnostics: [Diagnostic] = [], files: [HourlyReadSummary] = [],
                areaDays: [AreaDay] = [], exclusions: [Exclusion] = [], run: RunFacts = RunFacts()) {
        self.measurements = measurements
        self.diagnostics = diagnostics
        self.files = files
        self.areaDays = areaDays
        self.exclusions = exclusions
        self.run = run
    }
}
