/// What reading one hourly file did: its layout, counts of rows and of bad values, and the
/// problems found (the first `HourlyReader.problemLimit`; the rest are only counted so memory
/// does not grow with rows).
///
/// ```swift
/// summary.negativeValues          // counted as data problems, stored as missing
/// summary.problems.first?.description
/// summary.stoppedReading          // a header problem: nothing was read
/// ```
public struct HourlyReadSummary: Sendable, Equatable {
    public let file: String
    public internal(set) var layout: HourlyLayout?
    /// The CO unit as declared (long layout) or known (UCI); values are stored in mg/m³.
    public internal(set) var coUnit: HourlyUnit?
    /// Data rows seen (header and blank lines excluded).
    public internal(set) var rowsRead = 0
    /// Rows stored into the accumulator.
    public internal(set) var rowsStored = 0
    /// Rows skipped: malformed, bad time, empty station, or a duplicate hour.
    public internal(set) var rowsRejected = 0
    public internal(set) var missingValues = 0
    public internal(set) var negativeValues = 0
    public internal(set) var malformedValues = 0
    public internal(set) var duplicateHours = 0
    public internal(set) var problems: [HourlyProblem] = []
    /// Problems beyond the limit, counted but not listed.
    public internal(set) var unlistedProblems = 0
    /// National daily files: station-days whose `P_24h` value at hour 23 was compared with the
    /// mean of the day's 24 hourly values, those that disagreed, and the first of them.
    public internal(set) var derivedChecked = 0
    public internal(set) var derivedDisagreements = 0
    public internal(set) var firstDisagreement: String?
    /// The file was empty (a warning, not a stop).
    public var isEmpty: Bool { problems.contains { $0.kind == .emptyFile } }

    public init(file: String) {
        self.file = file
    }

    /// A file-level problem stopped the read (unreadable file, unrecognised header, CO unit).
    public var stoppedReading: Bool { problems.contains(where: \.stopsReading) }

    mutating func report(_ problem: HourlyProblem, limit: Int) {
        if problems.count < limit || problem.stopsReading {
            problems.append(problem)
        } else {
            unlistedProblems += 1
        }
    }

    /// The counts of many files added up, labelled `N files` (problems are not carried).
    public init(total files: [HourlyReadSummary]) {
        self.init(file: "\(files.count) files")
        for f in files {
            rowsRead += f.rowsRead; rowsStored += f.rowsStored; rowsRejected += f.rowsRejected
            missingValues += f.missingValues; negativeValues += f.negativeValues; malformedValues += f.malformedValues
            duplicateHours += f.duplicateHours; derivedChecked += f.derivedChecked; derivedDisagreements += f.derivedDisagreements
        }
    }
}
