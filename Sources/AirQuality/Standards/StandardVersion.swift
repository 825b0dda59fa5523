import TrackerModel

/// The AQI technical regulation a day is computed under (docs/air-quality.md §1, §5).
///
/// ```swift
/// StandardVersion.inForce(on: day)         // .hj633_2012 before 2026-03-01, else .hj633_2026
/// StandardVersion.hj633_2012.indexItems    // includes .o3OneHour; 2026 has no O3 1-h item
/// ```
public enum StandardVersion: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case hj633_2012 = "HJ 633—2012"
    case hj633_2026 = "HJ 633—2026"

    /// First day computed under HJ 633—2026.
    public static let switchDay = CalendarDay(year: 2026, month: 3, day: 1)!

    /// The regulation in force on `day` (measurement date decides, not the report date).
    public static func inForce(on day: CalendarDay) -> StandardVersion {
        day < switchDay ? .hj633_2012 : .hj633_2026
    }

    /// The items whose IAQIs make up the daily AQI under this version.
    public var indexItems: [IndexItem] {
        switch self {
        case .hj633_2012: IndexItem.allCases
        case .hj633_2026: IndexItem.allCases.filter { $0 != .o3OneHour }
        }
    }

    /// The breakpoint table of `item`, or nil when the version has no such item (O3 1-h in 2026).
    public func breakpoints(for item: IndexItem) -> BreakpointTable? {
        switch self {
        case .hj633_2012: BreakpointTable.hj633_2012[item]
        case .hj633_2026: BreakpointTable.hj633_2026[item]
        }
    }

    public static func < (lhs: StandardVersion, rhs: StandardVersion) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
