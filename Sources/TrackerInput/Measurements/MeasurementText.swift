import Foundation
import TrackerModel

/// How values from a file are shown in messages: quoted in backticks and cut short, so that a
/// runaway field (a whole file in one unclosed quote) cannot flood the terminal; numbers without
/// a spurious `.0`.
///
/// ```swift
/// MeasurementText.code("德盛街道")     // "`德盛街道`"
/// MeasurementText.number(120)         // "120"
/// MeasurementText.amount(-3, .microgramPerCubicMetre)   // "-3 µg/m³"
/// ```
enum MeasurementText {
    static let longest = 40

    static func code(_ text: String) -> String {
        var shown = text.replacingOccurrences(of: "\n", with: " ")
        if shown.count > longest { shown = String(shown.prefix(longest)) + "…" }
        return "`\(shown)`"
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `48.2 µg/m³`, `78%`.
    static func amount(_ value: Double, _ unit: Unit) -> String {
        unit == .percent ? number(value) + "%" : number(value) + " " + unit.symbol
    }
}
