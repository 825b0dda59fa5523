import Foundation
import TrackerModel

/// Reads the national platform's daily files (`beijing_all_YYYYMMDD.csv`,
/// `beijing_extra_YYYYMMDD.csv`, `china_sites_YYYYMMDD.csv`: `date,hour,type,<station>…`) one
/// day at a time: the files of a day are read into one small buffer, so that `all` (PM2.5, PM10)
/// and `extra` (SO2, NO2, O3, CO) of the same station-hour meet, and then handed to the sink
/// station by station — memory holds one day, however many files.
///
/// Only the hourly rows (`PM2.5`, `PM10`, `SO2`, `NO2`, `O3`, `CO`; CO in mg/m³) are values.
/// The platform's `P_24h` rows are used to cross-check: at hour 23 a `P_24h` value is the mean of
/// the day's 24 hours, compared wherever all 24 are there (counted in the summary); `AQI`,
/// `O3_8h` and the other derived rows are counted and left. Stations are the header's columns,
/// matched by the sink (Chinese name, or national code for `china_sites`). Bytes that are not
/// UTF-8 are decoded as GB18030; a byte-order mark is dropped. An empty file is a warning.
///
/// ```swift
/// var days = StationDayAccumulator()
/// let summaries = NationalDayReader().read(day: [
///     (URL(fileURLWithPath: "2016/beijing_all_20160101.csv"), "beijing_all_20160101.csv"),
///     (URL(fileURLWithPath: "2016/beijing_extra_20160101.csv"), "beijing_extra_20160101.csv"),
/// ], into: &days)
/// days.grid(station: "东四", date: CalendarDay(year: 2016, month: 1, day: 1)!)?.value(.co, hour: 0)   // 3.5
/// ```
public struct NationalDayReader: Sendable {
    /// Problems listed per file; more are only counted.
    public var problemLimit: Int

    public init(problemLimit: Int = 1000) {
        self.problemLimit = max(1, problemLimit)
    }

    /// Reads the files of one day (any order) into the sink; one summary per file, in the order given.
    public func read<Sink: HourlyRowSink>(day files: [(url: URL, name: String)], into sink: inout Sink) -> [HourlyReadSummary] {
        var numbers: [String: Int] = [:]
        return read(day: files, into: &sink, stationNumbers: &numbers)
    }

    /// The same, keeping the sink's station numbers by name in `stationNumbers` from one day to
    /// the next (the sink is asked once per name, as `HourlyRowSink` expects of one read).
    public func read<Sink: HourlyRowSink>(day files: [(url: URL, name: String)], into sink: inout Sink,
                                          stationNumbers: inout [String: Int]) -> [HourlyReadSummary] {
        read(files.map { file in (name: file.name, load: { try Data(contentsOf: file.url) }) }, into: &sink, stationNumbers: &stationNumbers)
    }

    /// The files of one day already in memory (tests, fuzzing): the same reading as from disk.
    public func read<Sink: HourlyRowSink>(dayData files: [(data: Data, name: String)], into sink: inout Sink) -> [HourlyReadSummary] {
        var numbers: [String: Int] = [:]
        return read(files.map { file in (name: file.name, load: { file.data }) }, into: &sink, stationNumbers: &numbers)
    }

    private func read<Sink: HourlyRowSink>(_ files: [(name: String, load: () throws -> Data)], into sink: inout Sink,
                                           stationNumbers: inout [String: Int]) -> [HourlyReadSummary] {
        var buffer = NationalDayBuffer()
        var summaries: [HourlyReadSummary] = []
        for (index, file) in files.enumerated() {
            var summary = HourlyReadSummary(file: file.name)
            summary.layout = .nationalDaily
            summary.coUnit = .milligramsPerCubicMetre
            readFile(file.load, fileIndex: index, into: &buffer, summary: &summary, sink: &sink, numbers: &stationNumbers)
            summaries.append(summary)
        }
        buffer.crossCheck(into: &summaries)
        buffer.emit(into: &sink, summaries: &summaries, limit: problemLimit)
        return summaries
    }

    /// Reads one file into the buffer. Problems go to `summary`; nothing reaches the sink but
    /// station numbers.
    private func readFile<Sink: HourlyRowSink>(_ load: () throws -> Data, fileIndex: Int, into buffer: inout NationalDayBuffer,
                                               summary: inout HourlyReadSummary, sink: inout Sink,
                                               numbers: inout [String: Int]) {
        func problem(_ kind: HourlyProblem.Kind, line: Int?, column: Int?, _ message: String) {
            summary.report(HourlyProblem(kind, file: summary.file, line: line, column: column, message: message), limit: problemLimit)
        }
        let raw: Data
        do {
            raw = try load()
        } catch {
            return problem(.unreadableDayFile, line: nil, column: nil,
                           "cannot read the file (\(error.localizedDescription)); the hours it holds are missing — check the path and permissions")
        }
        var bytes = [UInt8](raw)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return problem(.emptyFile, line: nil, column: nil, "the file is empty; the day's hours it should hold are missing")
        }
        if String(validating: bytes, as: UTF8.self) == nil {
            switch TextDecoding.decode(raw, file: summary.file) {
            case .success(let decoded): bytes = Array(decoded.text.utf8)
            case .failure(let diagnostic):
                return problem(.unreadableDayFile, line: diagnostic.location?.line, column: diagnostic.location?.column,
                               diagnostic.message + "; the hours it holds are missing")
            }
        }
        var columns: NationalColumns?
        var splitter = HourlyRecordSplitter()
        bytes.withUnsafeBytes { chunk in
            var cursor = 0
            while let record = splitter.next(in: chunk, cursor: &cursor) {
                handle(record, cutShort: false)
            }
            if let last = splitter.finish() { handle(last, cutShort: true) }
        }
        if columns == nil, !summary.stoppedReading {
            problem(.unrecognisedHeader, line: nil, column: nil, "the file has no header; expected date,hour,type,<station>…")
        }

        func handle(_ record: HourlyRecord, cutShort: Bool) {
            guard !summary.stoppedReading else { return }
            guard let known = columns else {
                columns = header(record)
                return
            }
            summary.rowsRead += 1
            guard record.count == known.fieldCount, record.overlongBytes == nil else {
                summary.rowsRejected += 1
                if cutShort, record.count < known.fieldCount {
                    return problem(.cutShort, line: record.line, column: nil,
                        "the file ends in the middle of a row (\(record.count) of \(known.fieldCount) fields); the row is not read — "
                            + "the file was cut short when it was copied or downloaded")
                }
                return problem(.malformedRow, line: record.line, column: nil,
                    "row has \(record.count) fields but the header has \(known.fieldCount); check for a missing or extra comma")
            }
            guard let date = Self.date(record.field(0)), let hour = HourlyNumber.parseInteger(record.field(1)), hour < 24 else {
                summary.rowsRejected += 1
                return problem(.invalidTime, line: record.line, column: 1,
                    "date \"\(HourlyFileParser.shown(record.field(0)))\" hour \"\(HourlyFileParser.shown(record.field(1)))\" "
                        + "is not a real date (YYYYMMDD) and hour 0–23; correct the date and hour columns")
            }
            let (type, typeText) = known.type(of: record.field(2))
            switch type {
            case .hourly(let pollutant):
                guard let hourSlot = buffer.hourRow(date: date, hour: hour, pollutant: pollutant, file: fileIndex, line: record.line) else {
                    summary.rowsRejected += 1
                    summary.duplicateHours += 1
                    return problem(.duplicateHour, line: record.line, column: 3,
                        "a second \(typeText) row for \(date) hour \(hour); the first is kept — remove the duplicate")
                }
                summary.rowsStored += 1
                for (column, station) in known.stations {
                    guard let station else { continue }
                    let value = value(record.field(column), pollutant: pollutant, line: record.line, column: column + 1)
                    buffer.store(station: station, hourSlot: hourSlot, pollutant: pollutant, value: value)
                }
            case .movingMean(let pollutant):
                if hour == 23 {
                    for (column, station) in known.stations {
                        guard let station, let reported = NationalReported(record.field(column)) else { continue }
                        buffer.reported(station: station, date: date, pollutant: pollutant, value: reported,
                                        file: fileIndex, name: known.names[column] ?? "")
                    }
                }
            case .derived:
                break
            case .unknown:
                summary.rowsRejected += 1
                if known.unknownTypes.insert(typeText).inserted {
                    problem(.malformedRow, line: record.line, column: 3,
                        "type `\(HourlyFileParser.shown(typeText))` is not a type of the national daily files; its rows are not read "
                            + "(hourly types: PM2.5, PM10, SO2, NO2, O3, CO)")
                }
            }
        }

        func header(_ record: HourlyRecord) -> NationalColumns? {
            let names = (0..<record.count).map { record.string($0).trimmingCharacters(in: .whitespaces) }
            guard NationalDayFile.isNationalHeader(names) else {
                problem(.unrecognisedHeader, line: record.line, column: nil,
                    "header not recognised (\(HourlyFileParser.shown(names.joined(separator: ","), limit: 300))); "
                        + "a national daily file starts date,hour,type followed by one column per station")
                return nil
            }
            let found = NationalColumns(fieldCount: names.count)
            var seen: Set<String> = []
            for column in 3..<names.count {
                let name = names[column]
                if name.isEmpty {
                    problem(.malformedRow, line: record.line, column: column + 1,
                            "column \(column + 1) has no station name; its values are not read — name the station in the header")
                    found.stations.append((column, nil))
                } else if !seen.insert(name).inserted {
                    problem(.malformedRow, line: record.line, column: column + 1,
                            "station \(HourlyFileParser.shown(name)) has a second column; only the first is read — remove the duplicate")
                    found.stations.append((column, nil))
                } else {
                    found.names[column] = name
                    let number = numbers[name] ?? sink.stationNumber(for: name, line: record.line, field: column + 1)
                    numbers[name] = number
                    found.stations.append((column, number))
                }
            }
            return found
        }

        func value(_ raw: UnsafeRawBufferPointer, pollutant: Pollutant, line: Int, column: Int) -> Double {
            switch HourlyNumber.parse(raw) {
            case .value(let v) where v >= 0:
                return v  // the national files give CO in mg/m³, the stored unit
            case .missing:
                summary.missingValues += 1
                return .nan
            case .malformed:
                summary.malformedValues += 1
                problem(.malformedValue, line: line, column: column,
                        "\(pollutant.rawValue) value \"\(HourlyFileParser.shown(raw))\" is not a number; write a number, or leave the cell empty for a missing hour")
                return .nan
            case .value:
                summary.negativeValues += 1
                problem(.negativeValue, line: line, column: column,
                        "\(pollutant.rawValue) is negative (\(HourlyFileParser.shown(raw))) and counted as invalid; correct the value, or leave the cell empty")
                return .nan
            }
        }
    }

    /// `YYYYMMDD` (blanks around allowed).
    public static func date(_ text: String) -> CalendarDay? {
        Array(text.utf8).withUnsafeBytes { date($0) }
    }

    static func date(_ raw: UnsafeRawBufferPointer) -> CalendarDay? {
        guard let number = HourlyNumber.parseInteger(raw), number >= 1000_01_01, number <= 9999_12_31 else { return nil }
        return CalendarDay(year: number / 10000, month: number / 100 % 100, day: number % 100)
    }
}

/// A file's header: for each station column, the sink's station number (nil: column skipped).
private final class NationalColumns {
    let fieldCount: Int
    var stations: [(column: Int, station: Int?)] = []
    var names: [Int: String] = [:]
    var unknownTypes: Set<String> = []
    /// The `type` cells met so far, as bytes, with what they mean: a file has about fifteen, so
    /// a row's type is found by comparing bytes, without building a String.
    private var types: [(bytes: [UInt8], type: NationalRowType, text: String)] = []

    init(fieldCount: Int) {
        self.fieldCount = fieldCount
    }

    func type(of bytes: UnsafeRawBufferPointer) -> (NationalRowType, String) {
        for known in types where known.bytes.count == bytes.count && known.bytes.elementsEqual(bytes) {
            return (known.type, known.text)
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let type = NationalRowType(text)
        types.append((Array(bytes), type, text))
        return (type, text)
    }
}
