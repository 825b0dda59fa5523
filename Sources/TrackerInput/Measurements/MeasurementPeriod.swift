import Foundation
import TrackerModel

/// The period cell of a measurement row: `YYYY-MM` for a month (also `YYYY/MM`, `YYYY年M月`, or
/// the month's 1st as a date, `2025/2/1`, as a CSV exported from a date cell holds it),
/// `YYYY` for a value only reported yearly (CO2 intensity decline).
///
/// ```swift
/// MeasurementPeriod.parse("2025-02")             // .month(2025-02)
/// MeasurementPeriod.parse("2025年2月1日")         // .month(2025-02)
/// MeasurementPeriod.parse("2025/2/15")           // nil: a day (see `MonthDate`)
/// MeasurementPeriod.parse("2025")                // .year(2025)
/// MeasurementPeriod.dayCount(.year(2024))        // 366
/// MeasurementPeriod.isWithin(.month(YearMonth(2024, 12)), plan: .year(2025))   // false
/// ```
enum MeasurementPeriod {
    static func parse(_ text: String) -> TrackerModel.Measurement.Period? {
        let t = Width.halfWidthString(text).trimmingCharacters(in: .whitespaces)
        if let month = YearMonth(parsing: t) { return .month(month) }
        if let date = MonthDate.parse(t) { return MonthDate.month(of: date).map { .month($0) } }
        let digits = t.hasSuffix("年") ? String(t.dropLast()) : t
        guard digits.count == 4, digits.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.numericType != nil }),
              let year = Int(digits), (1900...2100).contains(year) else { return nil }
        return .year(year)
    }

    /// The calendar days the period covers: the most valid days it can have.
    static func dayCount(_ period: TrackerModel.Measurement.Period) -> Int {
        switch period {
        case .month(let month): month.dayCount
        case .year(let year): YearMonth.isLeap(year) ? 366 : 365
        }
    }

    /// A month inside the plan period; a yearly value for one of the plan's years.
    static func isWithin(_ period: TrackerModel.Measurement.Period, plan: Period) -> Bool {
        switch period {
        case .month(let month): plan.contains(month)
        case .year(let year): plan.first.year <= year && year <= plan.last.year
        }
    }
}
