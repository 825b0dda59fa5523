import Foundation

/// The months a target or a plan covers: a plan year, or a multi-year window
/// (2018–2020; the 14th five-year period 2021–2025 for cumulative reductions).
///
/// ```swift
/// Period(parsing: "2021..2025")!.description   // "2021..2025"
/// Period.year(2025).contains(YearMonth(2025, 6)) // true
/// ```
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public var first: YearMonth
    public var last: YearMonth

    public init(first: YearMonth, last: YearMonth) {
        self.first = first
        self.last = last
    }

    public static func year(_ year: Int) -> Period { Period(first: YearMonth(year, 1), last: YearMonth(year, 12)) }

    public static func years(_ from: Int, _ to: Int) -> Period {
        Period(first: YearMonth(from, 1), last: YearMonth(to, 12))
    }

    /// `2025`, `2018..2020`, `2018-2020`, `2018–2020`, `2018~2020`.
    public init?(parsing text: String) {
        let t = Width.halfWidthString(text).trimmingCharacters(in: .whitespaces)
        let parts = t.replacingOccurrences(of: "..", with: "~").replacingOccurrences(of: "–", with: "~")
            .replacingOccurrences(of: "—", with: "~").replacingOccurrences(of: "-", with: "~")
            .split(separator: "~").map { $0.trimmingCharacters(in: .whitespaces) }
        let years = parts.compactMap { Int($0.replacingOccurrences(of: "年", with: "")) }
        guard years.count == parts.count, (1...2).contains(years.count),
              years.allSatisfy({ (1900...2100).contains($0) }), years.first! <= years.last! else { return nil }
        self = .years(years.first!, years.last!)
    }

    public var isSingleYear: Bool { first.year == last.year && first.month == 1 && last.month == 12 }

    public var description: String {
        if isSingleYear { return String(first.year) }
        if first.month == 1, last.month == 12 { return "\(first.year)..\(last.year)" }
        return "\(first)..\(last)"
    }

    public func contains(_ month: YearMonth) -> Bool { first <= month && month <= last }

    public var months: [YearMonth] {
        var all: [YearMonth] = []
        var m = first
        while m <= last { all.append(m); m = m.advanced(by: 1) }
        return all
    }

    public var dayCount: Int { months.reduce(0) { $0 + $1.dayCount } }
}

