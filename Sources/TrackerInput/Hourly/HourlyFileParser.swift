import Foundation

/// The per-file state of a streaming read: resolves the header from the first record, then
/// turns each row into one hour of one station-day in the accumulator.
///
/// ```swift
/// var parser = HourlyFileParser(file: "a.csv", problemLimit: 1000)
/// parser.consume(chunk, into: &days)     // as many chunks as the file has
/// let summary = parser.finish(into: &days)
/// ```
struct HourlyFileParser {
    private(set) var summary: HourlyReadSummary
    private let problemLimit: Int
    private var splitter = HourlyRecordSplitter()
    private var columns: HourlyColumns?
    private var row = [Double](repeating: .nan, count: HourlyPollutant.allCases.count)
    // Station names repeat row after row: decode each distinct one once.
    private var lastStationBytes: ArraySlice<UInt8> = []
    private var lastStation = ""

    init(file: String, problemLimit: Int) {
        summary = HourlyReadSummary(file: file)
        self.problemLimit = problemLimit
    }

    var isStopped: Bool { summary.stoppedReading }

    mutating func consume(_ chunk: UnsafeRawBufferPointer, into days: inout StationDayAccumulator) {
        var cursor = 0
        while !isStopped, let record = splitter.next(in: chunk, cursor: &cursor) {
            handle(record, into: &days)
        }
    }

    mutating func finish(into days: inout StationDayAccumulator) -> HourlyReadSummary {
        if !isStopped, let record = splitter.finish() {
            if record.unclosedQuote {
                problem(.malformedRow, line: record.line, column: record.count,
                        "the file ends inside a quoted field; close the quote (\")")
            }
            handle(record, into: &days)
        }
        if !isStopped, columns == nil {
            problem(.unrecognisedHeader, line: nil, column: nil, "the file is empty; expected a header line")
        }
        return summary
    }

    /// Ends the read with a file-level problem (e.g. an I/O error part-way), keeping the counts.
    mutating func stop(_ message: String) -> HourlyReadSummary {
        problem(.unreadableFile, line: nil, column: nil, message)
        return summary
    }

    private mutating func handle(_ record: HourlyRecord, into days: inout StationDayAccumulator) {
        guard let columns else { return resolveHeader(record) }
        summary.rowsRead += 1
        guard record.count == columns.fieldCount else {
            return reject(.malformedRow, record, column: nil,
                          "row has \(record.count) fields but the header has \(columns.fieldCount); "
                              + "check for a missing or extra comma")
        }
        guard let (date, hour) = time(of: record, columns) else { return summary.rowsRejected += 1 }
        let stationBytes = record.field(columns.station)
        if stationBytes != lastStationBytes {
            lastStationBytes = stationBytes
            lastStation = String(decoding: stationBytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        guard !lastStation.isEmpty else {
            return reject(.malformedRow, record, column: columns.station + 1, "station is empty; fill in the station name")
        }
        for column in columns.pollutants {
            row[column.pollutant.index] = value(record, column)
        }
        if days.record(station: lastStation, date: date, hour: hour, values: row) {
            summary.rowsStored += 1
        } else {
            summary.duplicateHours += 1
            reject(.duplicateHour, record, column: nil,
                   "a second row for \(lastStation) at \(date) hour \(hour); the first row is kept — remove the duplicate")
        }
    }

    private mutating func resolveHeader(_ record: HourlyRecord) {
        let names = (0..<record.count).map(record.string)
        switch HourlyColumns.resolve(header: names, file: summary.file, line: record.line) {
        case .columns(let resolved):
            columns = resolved
            summary.layout = resolved.layout
            summary.coUnit = resolved.pollutants.first { $0.pollutant == HourlyPollutant.co }?.unit
        case .problems(let problems):
            for problem in problems { summary.report(problem, limit: problemLimit) }
        }
    }

    private mutating func time(of record: HourlyRecord, _ columns: HourlyColumns) -> (HourlyDate, Int)? {
        switch columns.time {
        case .parts(let y, let m, let d, let h):
            guard let year = HourlyNumber.parseInteger(record.field(y)), let month = HourlyNumber.parseInteger(record.field(m)),
                  let day = HourlyNumber.parseInteger(record.field(d)), let hour = HourlyNumber.parseInteger(record.field(h)),
                  hour < 24, let date = HourlyDate(year: year, month: month, day: day)
            else {
                problem(.invalidTime, line: record.line, column: y + 1,
                        "year/month/day/hour \(record.string(y))/\(record.string(m))/\(record.string(d))/\(record.string(h)) "
                            + "is not a real date and hour 0–23; correct the time columns")
                return nil
            }
            return (date, hour)
        case .iso(let column):
            switch HourlyLocalTime.parse(record.field(column)) {
            case .success(let local): return (local.date, local.hour)
            case .failure(let failure):
                let text = record.string(column)
                let fix: String = switch failure {
                case .notOnTheHour: "hour labels mark the hour's beginning: use minutes and seconds :00"
                case .notBeijingTime: "times are Beijing local (UTC+8): drop the offset or convert to +08:00"
                case .outOfRange: "the date or hour does not exist; hours run 00–23"
                case .notISO: "write an ISO-8601 local hour such as 2025-01-01T00:00 or 2025-01-01 00:00"
                }
                problem(.invalidTime, line: record.line, column: column + 1, "time \"\(text)\" not usable; \(fix)")
                return nil
            }
        }
    }

    /// The value in stored units (CO mg/m³), or NaN when missing or invalid.
    private mutating func value(_ record: HourlyRecord, _ column: HourlyColumns.PollutantColumn) -> Double {
        let raw = record.field(column.column)
        switch HourlyNumber.parse(raw) {
        case .missing:
            summary.missingValues += 1
            return .nan
        case .malformed:
            summary.malformedValues += 1
            problem(.malformedValue, line: record.line, column: column.column + 1,
                    "\(column.pollutant.rawValue) value \"\(String(decoding: raw, as: UTF8.self))\" is not a number; "
                        + "write a number, or NA or an empty field for a missing hour")
            return .nan
        case .value(let v) where v < 0:
            summary.negativeValues += 1
            problem(.negativeValue, line: record.line, column: column.column + 1,
                    "\(column.pollutant.rawValue) is negative (\(String(decoding: raw, as: UTF8.self))) and counted "
                        + "as invalid; correct the value, or write NA if the hour was not measured")
            return .nan
        case .value(let v):
            return Self.convert(v, from: column.unit, to: column.pollutant.storedUnit)
        }
    }

    /// Divides rather than multiplies by 0.001, so 300 µg/m³ becomes exactly the Double 0.3.
    static func convert(_ value: Double, from: HourlyUnit, to: HourlyUnit) -> Double {
        switch (from, to) {
        case (.microgramsPerCubicMetre, .milligramsPerCubicMetre): value / 1000
        case (.milligramsPerCubicMetre, .microgramsPerCubicMetre): value * 1000
        default: value
        }
    }

    private mutating func reject(_ kind: HourlyProblem.Kind, _ record: HourlyRecord, column: Int?, _ message: String) {
        summary.rowsRejected += 1
        problem(kind, line: record.line, column: column, message)
    }

    private mutating func problem(_ kind: HourlyProblem.Kind, line: Int?, column: Int?, _ message: String) {
        summary.report(HourlyProblem(kind, file: summary.file, line: line, column: column, message: message),
                       limit: problemLimit)
    }
}
