import TrackerModel

/// The long measurement layout `tracker evaluate` reads, as rows of text fields (the CLI writes
/// them with the project's CSV writer): `period,scope,indicator,value,valid_days,unit,flag,note`.
/// Values are written in full (shortest text that reads back as the same number), because the
/// evaluation weighs months by valid days and compares unrounded values (GB/T 8170 全数值比较法).
///
/// ```swift
/// MeasurementTable.header    // ["period", "scope", "indicator", "value", "valid_days", "unit", "flag", "note"]
/// MeasurementTable.rows(result.measurements.measurements)
/// // [["2015-01", "西城区", "pm25_annual_mean", "95.33736559139786", "31", "µg/m³", "", ""], …]
/// ```
public enum MeasurementTable {
    public static let header = ["period", "scope", "indicator", "value", "valid_days", "unit", "flag", "note"]

    public static func rows(_ measurements: [TrackerModel.Measurement]) -> [[String]] {
        measurements.map { m in
            [m.period.description, m.scope, m.indicator, NumberFormat.plain(m.value), m.validDays.map(String.init) ?? "",
             MonthlyRows.unit(of: m.indicator).rawValue, m.flags.joined(separator: ";"), m.note ?? ""]
        }
    }
}
