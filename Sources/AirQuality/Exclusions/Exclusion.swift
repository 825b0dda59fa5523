import TrackerModel

/// A day removed from a statistic's numerator and denominator, with why (e.g. 沙尘 sand-dust).
///
/// ```swift
/// let dust = Exclusion(day: day, reason: "沙尘天气 sand-dust")
/// ```
public struct Exclusion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let day: CalendarDay
    public let reason: String

    public init(day: CalendarDay, reason: String) {
        self.day = day
        self.reason = reason
    }

    public static func < (lhs: Exclusion, rhs: Exclusion) -> Bool { lhs.day < rhs.day }

    public var description: String { "\(day): \(reason)" }
}
