import AirQuality
import TrackerModel

/// The daily table, for people who check the arithmetic: per area and day the HJ 663
/// concentrations (unrounded; CO in mg/m³), each item's IAQI, the AQI, its category, the
/// primary pollutant(s) and the regulation the day was computed under; an empty cell is "not
/// valid". Rows as text fields; the CLI writes them as CSV.
///
/// ```swift
/// DailyTable.header.prefix(4)   // ["date", "scope", "level", "stations"]
/// DailyTable.rows(result.areaDays).first
/// // ["2015-01-01", "东城区", "district", "2", "168.9375", …, "215", "重度污染", "PM2.5", "HJ 633—2012", ""]
/// ```
public enum DailyTable {
    static let items: [(IndexItem, String)] = [
        (.pm25, "PM2.5(µg/m³)"), (.pm10, "PM10(µg/m³)"), (.so2, "SO2(µg/m³)"), (.no2, "NO2(µg/m³)"),
        (.co, "CO(mg/m³)"), (.o3EightHour, "O3_8h(µg/m³)"), (.o3OneHour, "O3_1h(µg/m³)"),
    ]

    public static let header = ["date", "scope", "level", "stations"] + items.map(\.1)
        + items.map { "IAQI_\($0.0.rawValue)" } + ["AQI", "category", "primary_pollutant", "standard", "excluded"]

    public static func rows(_ days: [AreaDay]) -> [[String]] {
        days.map { day in
            let values = day.assessment.values.indexConcentrations
            let aqi = day.assessment.aqi
            let concentrations = items.map { item, _ in values[item].map(NumberFormat.plain) ?? "" }
            let indices = items.map { item, _ in aqi.index(of: item).map { String($0.value) } ?? "" }
            return [day.day.description, day.area, day.level.rawValue, String(day.stationCount)] + concentrations + indices
                + [aqi.value.map(String.init) ?? "", aqi.category?.rawValue ?? "",
                   aqi.primaryPollutants.map(\.rawValue).joined(separator: ";"), day.assessment.version.rawValue,
                   day.excluded ?? ""]
        }
    }
}
