import TrackerModel

/// How many valid days one month of a period had against what it needed.
///
/// ```swift
/// coverage.description   // "2014-03: 24 valid days of 31, needs 27"
/// ```
public struct MonthCoverage: Sendable, Equatable, CustomStringConvertible {
    public let month: YearMonth
    /// Days of the month inside the period.
    public let daysInRange: Int
    public let validDays: Int
    public let requiredDays: Int

    public var isSufficient: Bool { validDays >= requiredDays }

    public var description: String {
        "\(month): \(validDays) valid days of \(daysInRange), needs \(requiredDays)"
    }
}
