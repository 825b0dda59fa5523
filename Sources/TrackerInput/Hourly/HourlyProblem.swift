/// Something wrong in an hourly file, located and phrased so a person can fix it.
/// (A small local type; the lead will map it onto the project's diagnostics.)
///
/// ```swift
/// HourlyProblem(.negativeValue, file: "a.csv", line: 12, column: 6,
///               message: "PM2.5 is negative (-3); correct or blank the value")
///     .description   // "a.csv:12:6: PM2.5 is negative (-3); correct or blank the value"
/// ```
public struct HourlyProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case unreadableFile
        case unrecognisedHeader
        case missingUnit
        case unknownUnit
        case malformedRow
        case invalidTime
        case malformedValue
        case negativeValue
        case duplicateHour
        /// An empty file (a warning: a day file of the national layout may come empty).
        case emptyFile
        /// The file ends in the middle of a row (cut short): the row is not read.
        case cutShort
        /// A national day file that cannot be read or decoded: a warning, the day's other files
        /// and the other days are read.
        case unreadableDayFile
        /// Times whose zone is not known (a UTC column without an offset given, or an unknown zone).
        case unknownTimeZone
    }

    public let kind: Kind
    public let file: String
    /// 1-based; nil when the problem concerns the whole file.
    public let line: Int?
    /// 1-based field number; nil when the problem concerns a whole line or file.
    public let column: Int?
    /// What is wrong, then what would fix it.
    public let message: String

    public init(_ kind: Kind, file: String, line: Int?, column: Int?, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// File-level problems stop the read; the others invalidate one value or row.
    public var stopsReading: Bool {
        switch kind {
        case .unreadableFile, .unrecognisedHeader, .missingUnit, .unknownUnit, .unknownTimeZone: true
        default: false
        }
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
