import Foundation

/// A name with a bracketed part at its end, in ASCII or full-width brackets: the unit of a
/// column (`CO(mg/m³)`), the zone of a time column (`time（UTC）`), a second district
/// (`大兴区(北京经济技术开发区)`).
///
/// ```swift
/// Bracketed.split("CO (mg/m3)")              // ("CO", "mg/m3")
/// Bracketed.split("大兴区(北京经济技术开发区)")  // ("大兴区", "北京经济技术开发区")
/// Bracketed.split("东城区")                   // ("东城区", nil)
/// ```
enum Bracketed {
    /// Both parts trimmed; `inner` is nil when the text does not end with a bracketed part.
    static func split(_ text: String) -> (base: String, inner: String?) {
        for (open, close) in [("(", ")"), ("[", "]"), ("（", "）")] {
            if text.hasSuffix(close), let start = text.range(of: open) {
                let base = text[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
                let inner = text[start.upperBound..<text.index(before: text.endIndex)]
                return (base, inner.trimmingCharacters(in: .whitespaces))
            }
        }
        return (text, nil)
    }
}
