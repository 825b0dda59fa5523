import Foundation
import TrackerModel

/// A named column of a measurement file's header, with the names it is recognised by: the
/// English id and the Chinese words people put in spreadsheets.
///
/// ```swift
/// MeasurementColumn(header: "有效天数")   // .validDays
/// MeasurementColumn(header: "Valid days") // .validDays
/// MeasurementColumn.value.alsoAccepted    // "数值, 值, 监测值"
/// ```
enum MeasurementColumn: String, CaseIterable, Hashable, Sendable {
    case period
    case scope
    case indicator
    case value
    case validDays = "valid_days"
    case unit
    case flag
    /// Sand-dust days left out of the row's value (written by `tracker aggregate --exclude`), and
    /// the month's value and valid days with them (§9: reported with and without).
    case excludedDays = "excluded_days"
    case valueWithExcluded = "value_with_excluded"
    case validDaysWithExcluded = "valid_days_with_excluded"
    case note

    /// The column's place in `allCases`, for tables indexed by column.
    var position: Int {
        switch self {
        case .period: 0
        case .scope: 1
        case .indicator: 2
        case .value: 3
        case .validDays: 4
        case .unit: 5
        case .flag: 6
        case .excludedDays: 7
        case .valueWithExcluded: 8
        case .validDaysWithExcluded: 9
        case .note: 10
        }
    }

    var names: [String] {
        switch self {
        case .period: ["period", "month", "时间", "月份", "期间", "年月"]
        case .scope: ["scope", "area", "范围", "区域", "街道", "地区"]
        case .indicator: ["indicator", "指标", "指标名称"]
        case .value: ["value", "数值", "值", "监测值"]
        case .validDays: ["valid_days", "有效天数"]
        case .unit: ["unit", "单位"]
        case .flag: ["flag", "flags", "标记"]
        case .excludedDays: ["excluded_days", "扣除天数"]
        case .valueWithExcluded: ["value_with_excluded", "含扣除日数值"]
        case .validDaysWithExcluded: ["valid_days_with_excluded", "含扣除日有效天数"]
        case .note: ["note", "notes", "备注", "说明"]
        }
    }

    /// The Chinese names, for "also accepted: …" in messages.
    var alsoAccepted: String { names.filter { !$0.allSatisfy(\.isASCII) }.joined(separator: ", ") }

    init?(header: String) {
        let key = MeasurementColumn.fold(header)
        guard let column = MeasurementColumn.byKey[key] else { return nil }
        self = column
    }

    /// Case, width, spaces, `_` and `-` do not matter: `Valid days`, `valid_days`, `VALID-DAYS`.
    static func fold(_ text: String) -> String {
        NameKey(text).folded.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
    }

    private static let byKey: [String: MeasurementColumn] = {
        var table: [String: MeasurementColumn] = [:]
        for column in allCases { for name in column.names { table[fold(name)] = column } }
        return table
    }()

    /// The long layout's full header, as messages show it.
    /// (The excluded-days columns are written by `tracker aggregate --exclude`, not typed: not shown.)
    static let longLayout = "`period,scope,indicator,value[,valid_days][,unit][,flag][,note]`"
    static let wideLayout = "`period,scope,<indicator>,<indicator>,…`"
}
