/// The hourly file layouts the reader recognises, from the header alone.
///
/// ```swift
/// HourlyLayout.uciHeader.count   // 18 columns, CO in µg/m³ by definition of the data set
/// ```
public enum HourlyLayout: String, Sendable, Hashable {
    /// The UCI "Beijing Multi-Site Air-Quality Data" files: recognised by their exact header;
    /// every concentration, CO included, is µg/m³ (so CO's unit is known, not guessed).
    case uciBeijingMultiSite
    /// `station,time,PM2.5,PM10,SO2,NO2,CO,O3` (any order, extra columns ignored), ISO-8601
    /// local hours; units may be declared in the header as `CO(mg/m³)`; CO must declare one.
    case long
    /// The national platform's daily files, `date,hour,type,<station>…` (stations as columns,
    /// one pollutant per row; CO in mg/m³), read day by day: `NationalDayReader`.
    case nationalDaily

    /// How outputs name the layout.
    public var label: String {
        switch self {
        case .uciBeijingMultiSite: "UCI Beijing multi-site"
        case .long: "long"
        case .nationalDaily: "national daily"
        }
    }

    /// The UCI header, column by column.
    public static let uciHeader = [
        "No", "year", "month", "day", "hour", "PM2.5", "PM10", "SO2", "NO2", "CO", "O3",
        "TEMP", "PRES", "DEWP", "RAIN", "wd", "WSPM", "station",
    ]
}
