import Foundation
import TrackerModel

/// Matches a column header or an indicator name as a plan prints it to a catalog indicator:
/// `PM <sub>2.5</sub> 年均浓度（微克/立方米）` → `pm25_annual_mean`, with the unit in brackets
/// checked against the indicator's.
///
/// ```swift
/// HeaderResolver(catalog).resolve("降尘量（吨/平方公里·月）")   // .success((dustfall, .tonnePerSquareKilometreMonth))
/// ```
struct HeaderResolver {
    let catalog: IndicatorCatalog

    struct Resolved {
        var indicator: Indicator
        /// The unit printed in the header, when there is one.
        var declaredUnit: Unit?
    }

    init(_ catalog: IndicatorCatalog) { self.catalog = catalog }

    /// Tries the whole text, then strips trailing bracketed groups one at a time; a stripped
    /// group that names a unit is the declared unit.
    func resolve(_ header: String) -> Resolved? {
        var text = Width.halfWidthString(header).trimmingCharacters(in: .whitespaces)
        var declared: Unit?
        for _ in 0..<4 {
            if let indicator = catalog.resolve(text) { return Resolved(indicator: indicator, declaredUnit: declared) }
            guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if declared == nil, let unit = Unit(parsing: inner) { declared = unit }
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Text for "did you mean": the closest name once units in brackets are stripped.
    func suggestion(for header: String) -> String? {
        var text = Width.halfWidthString(header)
        while text.hasSuffix(")"), let open = text.lastIndex(of: "(") { text = String(text[..<open]) }
        return catalog.suggestion(for: text)
    }
}
