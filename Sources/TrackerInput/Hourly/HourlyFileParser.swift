import Foundation
import TrackerModel

/// The per-file (or per-byte-range) state of a streaming read: resolves the header from the
/// first record unless the columns are already known, then turns each row into one hour of one
/// station-day in the sink.
///
/// ```swift
/// var parser = HourlyFileParser(file: "a.csv", problemLimit: 1000)
/// parser.consume(chunk, into: &days)     // as many chunks as the file has
/// let summary = parser.finish(into: &days)
/// ```
struct HourlyFileParser {
    private(set) var summary: HourlyReadSummary
    private let problemLimit: Int
    private var splitter: HourlyRecordSplitter
    private(set) var columns: HourlyColumns?
    private let units: [Pollutant: HourlyUnit]
    private var timeZone: HourlyTimeZone?
    /// One row's values, one per `Pollutant.allCases`: a buffer reused for every row (written
    /// through its pointer, so no copy-on-write check per value).
    private let row = RowValues()
    private var stations = HourlyStationTable()
    /// The byte offset just after the header record, once read (whole-file reads only).
    private(set) var headerEnd: Int?
    private var consumed = 0

    /// A whole file, header first.
    init(file: String, problemLimit: Int, units: [Pollutant: HourlyUnit] = [:], timeZone: HourlyTimeZone? = nil) {
        summary = HourlyReadSummary(file: file)
        self.problemLimit = problemLimit
        self.units = units
        self.timeZone = timeZone
        splitter = HourlyRecordSplitter()
    }

    /// A byte range of a file whose header was already read: lines count from 1 in the range.
    init(file: String, problemLimit: Int, columns: HourlyColumns) {
        summary = HourlyReadSummary(file: file)
        self.problemLimit = problemLimit
        self.units = [:]
        self.columns = columns
        summary.layout = columns.layout
        summary.coUnit = columns.pollutants.first { $0.pollutant == Pollutant.co }?.unit
        splitter = HourlyRecordSplitter(atFileStart: false, line: 1)
    }

    var isStopped: Bool { summary.stoppedReading }

    /// Lines begun so far (for a range: how many lines it spans once finished).
    var linesConsumed: Int { splitter.currentLine - 1 }

    /// The range read so far ends inside a quoted field (so the next range began mid-record).
    var endsInsideQuotes: Bool { splitter.isInsideQuotes }

    mutating func consume<Sink: HourlyRowSink>(_ chunk: UnsafeRawBufferPointer, into sink: inout Sink) {
        var cursor = 0
        while !isStopped, let record = splitter.next(in: chunk, cursor: &cursor) {
            if columns == nil {
                resolveHeader(record)
                headerEnd = consumed + cursor
            } else {
                handle(record, into: &sink)
            }
        }
        consumed += chunk.count
    }

    /// Reads only as far as the header: true once it is resolved or has failed.
    mutating func consumeHeader(_ chunk: UnsafeRawBufferPointer) -> Bool {
        var cursor = 0
        if !isStopped, columns == nil, let record = splitter.next(in: chunk, cursor: &cursor) {
            resolveHeader(record)
            headerEnd = consumed + cursor
            return true
        }
        consumed += chunk.count
        return isStopped
    }

    /// The line the first data row can start on (after the header).
    var firstDataLine: Int { splitter.currentLine }

    mutating func finish<Sink: HourlyRowSink>(into sink: inout Sink) -> HourlyReadSummary {
        if !isStopped, let record = splitter.finish() {
            if record.unclosedQuote {
                problem(.malformedRow, line: record.line, column: record.count,
                        "the file ends inside a quoted field; close the quote (\")")
            }
            if columns == nil { resolveHeader(record) } else { handle(record, into: &sink) }
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

    private mutating func handle<Sink: HourlyRowSink>(_ record: HourlyRecord, into sink: inout Sink) {
        guard let columns else { return }
        summary.rowsRead += 1
        if let bytes = record.overlongBytes {
            return reject(.malformedRow, record, column: nil,
                          "the line is \(bytes) bytes long, more than the 1 MiB a row may have, and is not read; "
                              + "check the file where it was exported: its line ends may be lost")
        }
        guard record.count == columns.fieldCount else {
            return reject(.malformedRow, record, column: nil,
                          "row has \(record.count) fields but the header has \(columns.fieldCount); "
                              + "check for a missing or extra comma")
        }
        guard let (date, hour) = time(of: record, columns) else { return summary.rowsRejected += 1 }
        let line = record.line
        guard let station = stations.lookup(record.field(columns.station), number: {
            sink.stationNumber(for: $0, line: line, field: columns.station + 1)
        }) else {
            return reject(.malformedRow, record, column: columns.station + 1, "station is empty; fill in the station name")
        }
        let values = row.values
        values.update(repeating: .nan, count: RowValues.count)
        for column in columns.pollutants {
            values[column.pollutant.index] = value(record, column)
        }
        if let flagColumn = columns.flag {
            let text = record.field(flagColumn)
            if text.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
                let flag = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                sink.flag(flag, station: station.number, date: date, line: record.line)
            }
        }
        let stored = sink.record(station: station.number, date: date, hour: hour,
                                 values: UnsafeBufferPointer(start: values, count: RowValues.count))
        if stored {
            summary.rowsStored += 1
        } else {
            summary.duplicateHours += 1
            reject(.duplicateHour, record, column: nil,
                   "a second row for \(Self.shown(station.name)) at \(date) hour \(hour); the first row is kept — remove the duplicate")
        }
    }

    private mutating func resolveHeader(_ record: HourlyRecord) {
        if let bytes = record.overlongBytes {
            return problem(.unrecognisedHeader, line: record.line, column: nil,
                           "the header line is \(bytes) bytes long, more than the 1 MiB a line may have; "
                               + "check that this is an hourly CSV file")
        }
        let names = (0..<record.count).map(record.string)
        switch HourlyColumns.resolve(header: names, file: summary.file, line: record.line, units: units, timeZone: timeZone) {
        case .columns(let resolved):
            columns = resolved
            summary.layout = resolved.layout
            summary.coUnit = resolved.pollutants.first { $0.pollutant == Pollutant.co }?.unit
        case .problems(let problems):
            for problem in problems { summary.report(problem, limit: problemLimit) }
        }
    }

    private mutating func time(of record: HourlyRecord, _ columns: HourlyColumns) -> (CalendarDay, Int)? {
        switch columns.time {
        case .parts(let y, let m, let d, let h, let zone):
            guard let year = HourlyNumber.parseInteger(record.field(y)), let month = HourlyNumber.parseInteger(record.field(m)),
                  let day = HourlyNumber.parseInteger(record.field(d)), let hour = HourlyNumber.parseInteger(record.field(h)),
                  hour < 24, let date = CalendarDay(year: year, month: month, day: day)
            else {
                problem(.invalidTime, line: record.line, column: y + 1,
                        "year/month/day/hour \(Self.shown(record.field(y)))/\(Self.shown(record.field(m)))/\(Self.shown(record.field(d)))/\(Self.shown(record.field(h))) "
                            + "is not a real date and hour 0–23; correct the time columns")
                return nil
            }
            return Self.toBeijing(date, hour, from: zone)
        case .iso(let column, let zone):
            var field = record.field(column)
            // `2017-01-01T14:00:00Z` in a UTC column: the Z says what the column says.
            if zone == .utc, field.last == UInt8(ascii: "Z") { field = UnsafeRawBufferPointer(rebasing: field.dropLast()) }
            switch HourlyLocalTime.parse(field) {
            case .success(let local): return Self.toBeijing(local.date, local.hour, from: zone)
            case .failure(let failure):
                let text = Self.shown(record.field(column))
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

    /// A day and hour in `zone` as Beijing time (UTC+8), where days are formed.
    static func toBeijing(_ date: CalendarDay, _ hour: Int, from zone: HourlyTimeZone) -> (CalendarDay, Int) {
        guard zone != .beijing else { return (date, hour) }
        let total = date.ordinal * 24 + hour + (HourlyTimeZone.beijing.hoursFromUTC - zone.hoursFromUTC)
        let day = total >= 0 ? total / 24 : (total - 23) / 24
        return (CalendarDay(ordinal: day), total - day * 24)
    }

    /// The value in stored units (CO mg/m³), or NaN when missing or invalid.
    private mutating func value(_ record: HourlyRecord, _ column: HourlyColumns.PollutantColumn) -> Double {
        let raw = record.field(column.column)
        switch HourlyNumber.parse(raw) {
        case .value(let v) where v >= 0:
            return Self.convert(v, from: column.unit, to: column.pollutant.storedUnit)
        case .missing:
            summary.missingValues += 1
            return .nan
        case .malformed:
            summary.malformedValues += 1
            problem(.malformedValue, line: record.line, column: column.column + 1,
                    "\(column.pollutant.rawValue) value \"\(Self.shown(raw))\" is not a number; "
                        + "write a number, or NA or an empty field for a missing hour")
            return .nan
        case .value:
            summary.negativeValues += 1
            problem(.negativeValue, line: record.line, column: column.column + 1,
                    "\(column.pollutant.rawValue) is negative (\(Self.shown(raw))) and counted "
                        + "as invalid; correct the value, or write NA if the hour was not measured")
            return .nan
        }
    }

    /// A field as messages show it: cut after 40 characters, so that a runaway value cannot
    /// flood the terminal.
    static func shown(_ bytes: UnsafeRawBufferPointer) -> String {
        shown(String(decoding: bytes.prefix(4 * 41), as: UTF8.self))
    }

    static func shown(_ text: String, limit: Int = 40) -> String {
        text.count > limit ? String(text.prefix(limit)) + "…" : text
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

/// The values of the row being read, one per `Pollutant.allCases`, owned by one parser.
///
/// ```swift
/// let row = RowValues()
/// row.values.update(repeating: .nan, count: RowValues.count)
/// row.values[Pollutant.pm25.index] = 35
/// ```
private final class RowValues {
    static let count = Pollutant.allCases.count
    let values = UnsafeMutablePointer<Double>.allocate(capacity: RowValues.count)

    init() { values.initialize(repeating: .nan, count: Self.count) }

    deinit { values.deallocate() }
}
