import Foundation
import TrackerModel

/// A cell's value as the text a CSV export of the sheet would hold, so that the measurement rows
/// read the same from both: numbers in their shortest exact form (`48.2`, not
/// `48.200000000000003` as Excel stores it), a percentage format as `75.6%`, a date format as
/// the month `2025-01` (or the year, or the day when the format shows one that is not the 1st),
/// booleans as `TRUE`/`FALSE`, error values as written (`#N/A`).
///
/// ```swift
/// CellText.number("48.200000000000003", format: .general, uses1904: false)   // "48.2"
/// CellText.number("0.756", format: .percent, uses1904: false)                // "75.6%"
/// CellText.number("45658", format: .date(year: true, month: true, day: false), uses1904: false)   // "2025-01"
/// ```
enum CellText {
    static func number(_ raw: String, format: NumberFormatKind, uses1904: Bool) -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let value = Double(text), value.isFinite else { return text }
        switch format {
        case .date(let year, let month, let day):
            guard let shownMonth = ExcelDate.month(serial: value, uses1904: uses1904) else { return shortest(value) }
            // A format showing the day reads as the text of the CSV Excel exports from it would
            // (`MonthDate`, the rule both share): the 1st is its month, another day stays a day.
            if day, let shown = ExcelDate.day(serial: value, uses1904: uses1904) { return MonthDate.text(of: shown) }
            // A format showing only the year is a yearly value (`yyyy` → `2025`).
            if year && !month && !day { return String(format: "%04d", shownMonth.year) }
            return shownMonth.description
        case .percent:
            return percent(value)
        case .general, .time, .text:
            return shortest(value)
        }
    }

    /// Integers without a decimal point; otherwise Swift's shortest round-trip text.
    static func shortest(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// `0.756` → `75.6%`, shifting the decimal point in the text so that no binary noise appears
    /// (0.756 × 100 is 75.60000000000001 in binary).
    static func percent(_ value: Double) -> String {
        guard let decimal = Decimal(string: shortest(value), locale: Locale(identifier: "en_US_POSIX")) else { return shortest(value * 100) + "%" }
        var scaled = decimal * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 12, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue + "%"
    }

    /// Undoes the `_xHHHH_` escapes OOXML uses for characters XML cannot carry (`_x000D_` for a
    /// carriage return; `_x005F_` escapes a literal underscore).
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               let code = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }
}
