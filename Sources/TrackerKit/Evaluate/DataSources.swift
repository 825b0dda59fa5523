import AirQuality
import StationAggregation
import TrackerInput
import TrackerModel

/// Hourly station files, the station list that places stations in streets and districts, the
/// AQI standard and the excluded (sand-dust) days: aggregated into monthly measurements.
///
/// ```swift
/// let hourly = HourlySource(files: ["PRSA_Data_Guanyuan.csv"], stations: "Samples/beijing-multisite-stations.csv",
///                           standard: .forced(.hj633_2026))
/// ```
public struct HourlySource: Sendable, Hashable {
    public var files: [String]
    public var stations: String
    public var standard: StandardChoice
    public var exclusions: String?
    /// Which stations count for districts and the city (assessment stations unless asked).
    public var stationKinds: StationKinds

    public init(files: [String], stations: String, standard: StandardChoice = .automatic, exclusions: String? = nil,
                stationKinds: StationKinds = .assessment) {
        self.files = files; self.stations = stations; self.standard = standard; self.exclusions = exclusions
        self.stationKinds = stationKinds
    }
}

/// Where the measurements come from: monthly files (CSV or workbooks, with the sheet to read, the
/// text encoding and the header row when it is not to be searched for) and/or hourly station data;
/// `lenient` skips bad rows and cells (each is listed).
///
/// ```swift
/// let sources = DataSources(files: ["月报.xlsx"], sheet: "月度数据")
/// let titled = DataSources(files: ["监测数据.csv"], headerRow: 2)   // a title on line 1
/// ```
public struct DataSources: Sendable {
    public var files: [String]
    public var sheet: String?
    public var encoding: TextEncoding?
    public var lenient: Bool
    public var hourly: HourlySource?
    /// The line (CSV) or row (sheet) of the monthly files' header; nil: the first of the first 20
    /// filled rows that reads as a header (a title or unit row above it is passed over).
    public var headerRow: Int?

    public init(files: [String] = [], sheet: String? = nil, encoding: TextEncoding? = nil, lenient: Bool = false,
                hourly: HourlySource? = nil, headerRow: Int? = nil) {
        self.files = files; self.sheet = sheet; self.encoding = encoding; self.lenient = lenient; self.hourly = hourly
        self.headerRow = headerRow
    }

    public var isEmpty: Bool { files.isEmpty && (hourly?.files.isEmpty ?? true) }

    /// Every file read, for refusing to overwrite one.
    public var inputFiles: [String] {
        files + (hourly.map { $0.files + [$0.stations] + ($0.exclusions.map { [$0] } ?? []) } ?? [])
    }

    /// Reads the measurements against a target set's catalogs; rows outside `window` (when given)
    /// are errors. The shares of days `plan` targets are formed from day counts and valid days
    /// where the data does not give them (`DayRatioForming`). Every diagnostic, in reading order.
    /// `keep`: rows outside it are counted (`MeasurementSet.setAside`), not kept.
    func read(for set: TargetSet, window: Period?, plan: Plan? = nil, keep: Period? = nil) -> (MeasurementSet, [Diagnostic]) {
        // Counts and shares of days outside `keep` are set aside too when the plan's shares are
        // formed afterwards: what forming needs of them is left in `aside`.
        let wanted = plan.map { Set($0.targets.map(\.indicator)) }
        var aside = DayRatioForming.CountsAside()
        var (data, diagnostics): (MeasurementSet, [Diagnostic])
        if files.isEmpty {
            (data, diagnostics) = (MeasurementSet(), [])
        } else if let wanted, keep != nil {
            (data, diagnostics) = MeasurementReader.read(
                files: files, indicators: set.indicators, scopes: set.scopes, encoding: encoding, lenient: lenient,
                period: window, sheet: sheet.map(SheetChoice.init), headerRow: headerRow, keep: keep, forming: wanted, aside: &aside)
        } else {
            (data, diagnostics) = MeasurementReader.read(
                files: files, indicators: set.indicators, scopes: set.scopes, encoding: encoding, lenient: lenient,
                period: window, sheet: sheet.map(SheetChoice.init), headerRow: headerRow, keep: keep)
        }
        if let hourly, !hourly.files.isEmpty {
            let (measured, problems) = HourlyAggregation.measurements(
                hourly: hourly.files, stations: hourly.stations, standard: hourly.standard,
                exclusions: hourly.exclusions, scopes: set.scopes, kinds: hourly.stationKinds)
            data.merge(measured)
            diagnostics += problems
        }
        if let wanted {
            diagnostics += DayRatioForming.form(in: &data, wanted: wanted, indicators: set.indicators, aside: aside)
        }
        return (data, diagnostics)
    }
}
