import Foundation
import TrackerModel

/// Gives a parsed `Cell` its meaning for one indicator: a bare number takes the indicator's
/// polarity, `左右` takes the plan's tolerance, a compound cell splits into its parts.
///
/// ```swift
/// let resolver = CellResolver(catalog: catalog, tolerances: ["dustfall_monthly_mean": 0.5])
/// try resolver.resolve(.bound(nil, 29, percent: false), for: pm25).get()
/// // [(pm25, .bound(.atMost, 29))]
/// ```
struct CellResolver {
    let catalog: IndicatorCatalog
    let tolerances: [String: Double]

    struct Part {
        var indicator: Indicator
        var comparator: Comparator
        /// The header indicator, for parts of a compound cell.
        var partOf: String?
    }

    func resolve(_ cell: Cell, for indicator: Indicator) -> Result<[Part], Cell.Problem> {
        if case .compound(let main, let parts) = cell {
            guard !indicator.parts.isEmpty else {
                return .failure(.init(.cellPartsMismatch, message: "`\(indicator.zh)` takes one value, but the cell has parts in brackets",
                                      fix: "write one value, or list the parts under `parts` in the catalog entry `\(indicator.id)`"))
            }
            guard indicator.parts.count == parts.count else {
                return .failure(.init(.cellPartsMismatch, message: "`\(indicator.zh)` has \(indicator.parts.count) parts in the catalog (\(indicator.parts.joined(separator: ", "))), the cell \(parts.count)",
                                      fix: "write one value in brackets per part, e.g. `100(100,0)`"))
            }
            var result: [Part] = []
            switch comparator(main, indicator) {
            case .success(let c): result.append(Part(indicator: indicator, comparator: c))
            case .failure(let p): return .failure(p)
            }
            for (id, piece) in zip(indicator.parts, parts) {
                guard let partIndicator = catalog[id] else {
                    return .failure(.init(.cellPartNotInCatalog, message: "the part `\(id)` of `\(indicator.id)` is not in the catalog", fix: "define `[indicator \(id)]`"))
                }
                switch comparator(piece, partIndicator) {
                case .success(let c): result.append(Part(indicator: partIndicator, comparator: c, partOf: indicator.id))
                case .failure(let p): return .failure(p)
                }
            }
            return .success(result)
        }
        return comparator(cell, indicator).map { [Part(indicator: indicator, comparator: $0)] }
    }

    func comparator(_ cell: Cell, _ indicator: Indicator) -> Result<Comparator, Cell.Problem> {
        switch cell {
        case .bound(let relation, let value, let percent):
            if let p = percentProblem(percent, indicator) { return .failure(p) }
            if let p = rangeProblem(value, indicator) { return .failure(p) }
            return .success(.bound(relation ?? indicator.polarity.bareRelation, value))
        case .fraction(let relation, let fraction):
            guard indicator.unit == .percent else {
                return .failure(.init(.percentForNonPercentIndicator, message: "a fraction (\(fraction.text)) for `\(indicator.zh)`, which is measured in \(indicator.unit.symbol)",
                                      fix: "write a fraction only under a share (an indicator in %), or check the column's indicator"))
            }
            if let p = rangeProblem(fraction.percent, indicator) { return .failure(p) }
            return .success(.fraction(relation ?? indicator.polarity.bareRelation, fraction))
        case .approximately(let value, let band, let percent, let step):
            if let p = percentProblem(percent, indicator) { return .failure(p) }
            if let p = rangeProblem(value, indicator) { return .failure(p) }
            // The one 左右 rule (docs/evaluation.md): a band written in the cell, else the plan's
            // `tolerance` line for the indicator, else one unit of the last digit the cell prints.
            let tolerance = band ?? tolerances[indicator.id] ?? step
            return .success(.approximately(value, tolerance: tolerance))
        case .between(let lo, let hi, let percent):
            if let p = percentProblem(percent, indicator) ?? rangeProblem(lo, indicator) ?? rangeProblem(hi, indicator) { return .failure(p) }
            return .success(.between(lo, hi))
        case .reduction(let year, let amount, let relative):
            return .success(.reduction(baselineYear: year, amount: amount, relative: relative))
        case .yearOnYear(let relation, let change):
            guard indicator.kind.hasSamePeriodLastYear else {
                return .failure(.init(.yearOnYearForIndicatorKind,
                                      message: "a year-on-year target for `\(indicator.zh)`, whose value (\(indicator.kind.rawValue)) has no same period last year to compare with",
                                      fix: "write the target as a bound, or a reduction from a baseline year (`较2020年下降10%`)",
                                      zh: .init("`\(indicator.zh)` 的取值（`\(indicator.kind.rawValue)`）没有上年同期可比，不能设同比目标",
                                                fix: "请写作界值，或较基准年的下降（`较2020年下降10%`）")))
            }
            return .success(.yearOnYear(relation, change))
        case .rank(let n, let m):
            return .success(.rank(notInBottom: n, of: m))
        case .anyOf(let branches):
            var alternatives: [Comparator.Alternative] = []
            for branch in branches {
                switch comparator(branch.cell, indicator) {
                case .success(let c): alternatives.append(.init(c, condition: branch.condition))
                case .failure(let p): return .failure(p)
                }
            }
            return .success(.anyOf(alternatives))
        case .deferred(let phrase):
            return .success(.deferred(phrase))
        case .notApplicable:
            return .success(.notApplicable)
        case .compound:
            return .failure(.init(.nestedCell, message: "a compound cell cannot stand inside another cell", fix: "write `100(100,0)` on its own"))
        case .ditto, .empty:
            return .failure(.init(.cellWithoutValue, message: "the cell has no value", fix: "write the target, `—` for none, or `^` under a merged cell"))
        }
    }

    private func percentProblem(_ percent: Bool, _ indicator: Indicator) -> Cell.Problem? {
        guard percent, indicator.unit != .percent else { return nil }
        return .init(.percentForNonPercentIndicator, message: "a `%` value for `\(indicator.zh)`, which is measured in \(indicator.unit.symbol)",
                     fix: "drop the `%`, or check the column's indicator")
    }

    private func rangeProblem(_ value: Double, _ indicator: Indicator) -> Cell.Problem? {
        guard let range = indicator.range, !range.contains(value) else { return nil }
        return .init(.targetOutsideRange, message: "the target \(format(value)) is outside the range \(format(range.lowerBound))..\(format(range.upperBound)) of `\(indicator.zh)`",
                     fix: "check the number and the column")
    }
}

/// Shortest decimal text of a number, for messages: 4.5, 29, 0.3.
func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
