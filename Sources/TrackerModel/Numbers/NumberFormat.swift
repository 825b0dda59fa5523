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

    /// A signed margin: `+1.5`, `-3.0`, `0.0`.
    public static func signed(_ value: Double, _ decimals: Int) -> String {
        let text = fixed(value, decimals)
        return text.hasPrefix("-") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
    }
}
