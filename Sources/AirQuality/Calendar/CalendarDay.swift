import TrackerModel
/// A civil date (Beijing local), as plain integers: cheap to hash, compare and step through,
/// with no Foundation `Date` or time-zone work in the daily pipeline.
///
/// ```swift
/// let day = CalendarDay(year: 2015, month: 2, day: 28)   // nil for impossible dates
/// day?.next.description                                 // "2015-03-01"
/// CalendarDay(iso: "2026-03-01")                          // parses YYYY-MM-DD
/// ```
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Fails for dates that do not exist (month 13, 30 February, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month),
              (1...CalendarMonth.dayCount(year: year, month: month)).contains(day) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// For dates already known to exist (constants, arithmetic results).
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; anything else gives nil.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (negative before). Civil-from-days algorithm (H. Hinnant), exact
    /// for the proleptic Gregorian calendar, so day stepping never touches time zones.
    public var ordinal: Int { CivilDays.days(year: year, month: month, day: day) }

    /// The date `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        let (y, m, d) = CivilDays.date(ordinal)
        self.init(unchecked: y, m, d)
    }

    public var next: CalendarDay { adding(days: 1) }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    public var calendarMonth: CalendarMonth { CalendarMonth(unchecked: year, month) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
