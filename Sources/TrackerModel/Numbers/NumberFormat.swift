import Foundation


/// Deterministic number text: no locale, no grouping, `-0` printed as `0`.
///
/// ```swift
/// NumberFormat.plain(29)          // "29"
/// NumberFormat.plain(4.5)         // "4.5"
/// NumberFormat.fixed(27.25, 1)    // "27.2"  (GB/T 8170 half-to-even)
/// ```
public enum NumberFormat {
    /// The shortest text that reads back as the same Double; integers without a decimal point.
    public static func plain(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Rounded half-to-even to `decimals` places and printed with exactly that many.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        let rounded = Rounding.halfEven(value, decimals: decimals)
        let text = String(format: "%.\(decimals)f", rounded)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
    }

    /// A requirement printed so that meeting the printed number meets the requirement: a ceiling
    /// rounded down, a floor rounded up (29.964 → `29.9` for ≤; 79.025 → `79.1` for ≥). Float
    /// dust within 1e-9 of a step is the step (30.0 stays `30.0`).
    ///
    /// ```swift
    /// NumberFormat.requirement(29.964, 1, ceiling: true)   // "29.9"
    /// ```
    public static func requirement(_ value: Double, _ decimals: Int, ceiling: Bool) -> String {
        fixed(requirementValue(value, decimals, ceiling: ceiling), decimals)
    }

    /// The number `requirement` prints, as a number: for a CSV cell or a chart, so that every
    /// place that shows a requirement shows the same value.
    public static func requirementValue(_ value: Double, _ decimals: Int, ceiling: Bool) -> Double {
        let scale = pow(10, Double(decimals))
        let scaled = value * scale
        let slack = 1e-9 * max(1, abs(scaled))
        let stepped = ceiling ? (scaled + slack).rounded(.down) : (scaled - slack).rounded(.up)
        return stepped / scale
    }

    /// A signed margin: `+1.5`, `-3.0`, `0.0`.
    public static func signed(_ value: Double, _ decimals: Int) -> String {
        let text = fixed(value, decimals)
        return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
    }
}
