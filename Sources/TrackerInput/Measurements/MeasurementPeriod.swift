import Foundation
import TrackerModel

/// The period cell of a measurement row: `YYYY-MM` for a month (also `YYYY/MM`, `YYYY年M月`,
/// `YYYYMM` as statistical tables write it, `Feb-25` or `Feb 2025` as English Excel shows a date
/// cell formatted `mmm-yy`, or the month's 1st as a date, `2025/2/1`, as a CSV exported from a
/// date cell holds it), `YYYY` for a value only reported yearly (CO2 intensity decline).
///
/// ```swift
/// MeasurementPeriod.parse("2025-02")             // .month(2025-02)
/// MeasurementPeriod.parse("2025年2月1日")         // .month(2025-02)
/// MeasurementPeriod.parse("202502")              // .month(2025-02)
/// MeasurementPeriod.parse("Feb-25")              // .month(2025-02)
/// MeasurementPeriod.parse("2025/2/15")           // nil: a day (see `MonthDate`)
/// MeasurementPeriod.parse("2025")                // .year(2025)
/// MeasurementPeriod.excelSerial("45689")?.day     // 2025-02-01: read as 2025-02, with a warning
/// MeasurementPeriod.hint(for: "45703")           // an Excel date serial of another day: 2025-02-15
/// MeasurementPeriod.dayCount(.year(2024))        // 366
/// ```
enum MeasurementPeriod {
    static func parse(_ text: String) -> TrackerModel.Measurement.Period? {
        if let month = canonicalMonth(text) { return .month(month) }
        let t = Width.halfWidthString(text).trimmingCharacters(in: .whitespaces)
        if let month = YearMonth(parsing: t) { return .month(month) }
        if let date = MonthDate.parse(t) { return MonthDate.month(of: date).map { .month($0) } }
        if let month = compactMonth(t) ?? englishMonth(t) { return .month(month) }
        let digits = t.hasSuffix("年") ? String(t.dropLast()) : t
        guard digits.count == 4, digits.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.numericType != nil }),
              let year = Int(digits), (1900...2100).contains(year) else { return nil }
        return .year(year)
    }

    /// `YYYY-MM` exactly (nearly every row of a data file), read from its bytes: no Foundation
    /// string work for the common case. Anything else is left to the general rules.
    private static func canonicalMonth(_ text: String) -> YearMonth? {
        var utf8 = text.utf8.makeIterator()
        var year = 0, month = 0, count = 0
        while let byte = utf8.next() {
            count += 1
            switch count {
            case 1...4, 6...7:
                guard (48...57).contains(byte) else { return nil }
                if count <= 4 { year = year * 10 + Int(byte - 48) } else { month = month * 10 + Int(byte - 48) }
            case 5: guard byte == UInt8(ascii: "-") else { return nil }
            default: return nil
            }
        }
        guard count == 7, (1900...2100).contains(year) else { return nil }
        return YearMonth(year: year, month: month)
    }

    /// `YYYYMM`: six ASCII digits, a year 1900–2100 and a month 01–12.
    private static func compactMonth(_ t: String) -> YearMonth? {
        guard t.utf8.count == 6, t.utf8.allSatisfy({ (48...57).contains($0) }),
              let year = Int(t.prefix(4)), (1900...2100).contains(year),
              let month = Int(t.suffix(2)), (1...12).contains(month) else { return nil }
        return YearMonth(year, month)
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// An English month name or its three-letter abbreviation, then `-`, a space or `.`, then
    /// the year in two digits (20yy) or four: `Jan-25`, `Jan 2025`, `January-2025`. The day-first
    /// `25-Jan` (a day of some year) does not match.
    private static func englishMonth(_ t: String) -> YearMonth? {
        let lower = t.lowercased()
        guard let cut = lower.firstIndex(where: { $0 == "-" || $0 == " " || $0 == "." }) else { return nil }
        let name = lower[..<cut], yearText = lower[lower.index(after: cut)...]
        guard name.count >= 3, let index = monthNames.firstIndex(of: String(name.prefix(3))),
              name.count == 3 || Self.fullMonthNames[index] == name,
              yearText.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(yearText) else { return nil }
        switch yearText.count {
        case 2: return YearMonth(2000 + year, index + 1)
        case 4 where (1900...2100).contains(year): return YearMonth(year, index + 1)
        default: return nil
        }
    }

    private static let fullMonthNames = ["january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"]

    /// What a period cell that is none of the accepted forms most likely is, when that can be
    /// said: an Excel date serial number (the CSV of a date cell whose format was lost), or a
    /// date with the year last (day and month order cannot be told). Nil otherwise.
    static func hint(for text: String) -> (message: String, fix: String)? {
        let t = Width.halfWidthString(text).trimmingCharacters(in: .whitespaces)
        if let (serial, date) = excelSerial(t) {
            return ("looks like an Excel date serial number (\(serial) is \(date), not the first day of a month)",
                    "write the month the value is for as `YYYY-MM`, e.g. `\(date.yearMonth)`; in Excel, format the period column as text or as `yyyy-mm` before saving as CSV")
        }
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if parts.count == 3, parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
           (1...2).contains(parts[0].count), (1...2).contains(parts[1].count) {
            return ("is a date with the year last, and whether it is day/month or month/day cannot be told",
                    "write the month as `YYYY-MM`, e.g. `\(parts[2])-01`")
        }
        return nil
    }

    /// An Excel date serial number written as text (`45658`, the CSV of a date cell that lost its
    /// format) and the day it is. Serials 21916–73050 are 1960-01-01 to 2099-12-31; a serial that
    /// is the first day of a month is read as that month (with a warning), any other is refused.
    static func excelSerial(_ text: String) -> (serial: Int, day: CalendarDay)? {
        let t = Width.halfWidthString(text).trimmingCharacters(in: .whitespaces)
        guard t.utf8.count == 5, t.utf8.allSatisfy({ (48...57).contains($0) }), let serial = Int(t), (21916...73050).contains(serial),
              let date = ExcelDate.day(serial: Double(serial), uses1904: false) else { return nil }
        return (serial, date)
    }

    /// The calendar days the period covers: the most valid days it can have.
    static func dayCount(_ period: TrackerModel.Measurement.Period) -> Int {
        switch period {
        case .month(let month): month.dayCount
        case .year(let year): DayRange.year(year).dayCount
        }
    }
}
