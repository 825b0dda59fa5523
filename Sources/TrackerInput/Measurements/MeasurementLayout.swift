/// The two shapes a measurement file comes in, told apart by its header row.
///
/// ```swift
/// // long (canonical): one row per month, scope and indicator
/// //   period,scope,indicator,value,valid_days
/// //   2025-01,德胜街道,PM2.5,48.2,31
/// // wide (as people keep it in Excel): one column per indicator
/// //   period,scope,PM2.5(µg/m³),优良天数比率
/// //   2025-01,德胜街道,48.2,71.0
/// MeasurementLayout.wide.rawValue   // "wide", as recorded in `MeasurementSet.Source.layout`
/// ```
public enum MeasurementLayout: String, Hashable, Sendable, CaseIterable {
    case long
    case wide
}
