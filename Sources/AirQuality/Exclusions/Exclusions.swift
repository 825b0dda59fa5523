import TrackerModel

/// The set of excluded days of a run (docs/air-quality.md §9). A day listed twice keeps its first reason.
///
/// ```swift
/// let exclusions = Exclusions([Exclusion(day: d, reason: "sand-dust")])
/// exclusions.contains(d)                   // true
/// exclusions.list(in: .year(2015))         // sorted, only those inside the range
/// ```
public struct Exclusions: Sendable, Equatable {
    private var reasons: [CalendarDay: String] = [:]

    public static let none = Exclusions([])

    public init(_ exclusions: [Exclusion]) {
        for exclusion in exclusions where reasons[exclusion.day] == nil {
            reasons[exclusion.day] = exclusion.reason
        }
    }

    public var isEmpty: Bool { reasons.isEmpty }

    public func contains(_ day: CalendarDay) -> Bool { reasons[day] != nil }

    public func reason(for day: CalendarDay) -> String? { reasons[day] }

    /// Exclusions inside `range`, in date order.
    public func list(in range: DayRange) -> [Exclusion] {
        reasons.filter { range.contains($0.key) }
            .map { Exclusion(day: $0.key, reason: $0.value) }
            .sorted()
    }
}
