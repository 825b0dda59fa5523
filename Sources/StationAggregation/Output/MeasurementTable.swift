import TrackerModel

/// The long measurement layout `tracker evaluate` reads, as rows of text fields (the CLI writes
/// them with the project's CSV writer): `period,scope,indicator,value,valid_days,unit,flag,note`.
/// Values are written in full (shortest text that reads back as the same number), because the
/// evaluation weighs months by valid days and compares unrounded values (GB/T 8170 全数值比较法).
///
/// When sand-dust days were left out of some months (`--exclude`), three columns come before
/// `note`: `excluded_days`, `value_with_excluded` and `valid_days_with_excluded` — the month with
/// those days, so that `tracker evaluate` reports the period both with and without them (docs/air-quality.md §9).
///
/// ```swift
/// let table = MeasurementTable(result.measurements.measurements)
/// table.header   // ["period", "scope", "indicator", "value", "valid_days", "unit", "flag", "note"]
/// table.rows     // [["2015-01", "西城区", "pm25_annual_mean", "95.33736559139786", "31", "µg/m³", "", ""], …]
/// ```
public struct MeasurementTable {
    public let header: [String]
    public let rows: [[String]]

    public init(_ measurements: [TrackerModel.Measurement]) {
        let withExclusions = measurements.contains { $0.excludedDays != nil }
        header = ["period", "scope", "indicator", "value", "valid_days", "unit", "flag"]
            + (withExclusions ? ["excluded_days", "value_with_excluded", "valid_days_with_excluded"] : []) + ["note"]
        rows = measurements.map { m in
            var row = [m.period.description, m.scope, m.indicator, NumberFormat.plain(m.value), m.validDays.map(String.init) ?? "",
                       MonthlyRows.unit(of: m.indicator).rawValue, m.flags.joined(separator: ";")]
            if withExclusions {
                let e = m.excludedDays
                row += [e.map { String($0.count) } ?? "", e.map { NumberFormat.plain($0.valueWithThem) } ?? "",
                        e?.validDaysWithThem.map(String.init) ?? ""]
            }
            return row + [m.note ?? ""]
        }
    }
}
