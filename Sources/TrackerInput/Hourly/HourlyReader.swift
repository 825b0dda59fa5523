import Foundation
import TrackerModel

/// Streams hourly station files (UCI Beijing multi-site layout, or the long
/// `station,time,PM2.5,…` layout) into a sink — a `StationDayAccumulator` or any
/// `HourlyRowSink` — a chunk of bytes at a time: memory grows with what the sink keeps, not with
/// the file. Values are stored with CO in mg/m³.
///
/// A large file can be read in parts on several cores: `open` reads the header, `parts` cuts
/// the rest at line ends, `read(_:part:into:)` reads one part, and `HourlyReadSummary(combining:)`
/// puts the parts' counts and problems back together with the file's own line numbers.
///
/// ```swift
/// var days = StationDayAccumulator()
/// let reader = HourlyReader()
/// let summary = reader.read(fileAt: URL(fileURLWithPath: "PRSA_Data_Guanyuan_….csv"), into: &days)
/// summary.problems.forEach { print($0) }
/// ```
public struct HourlyReader: Sendable {
    /// Bytes read per chunk.
    public var chunkSize: Int
    /// Problems listed per file; more are only counted.
    public var problemLimit: Int
    /// Units given outside the files (e.g. `--unit CO=mg/m3`), for columns whose header names none.
    public var units: [Pollutant: HourlyUnit]
    /// The zone of the files' times when their header does not state it (`--timezone`); nil = Beijing time.
    public var timeZone: HourlyTimeZone?

    public init(chunkSize: Int = 1 << 20, problemLimit: Int = 1000, units: [Pollutant: HourlyUnit] = [:],
                timeZone: HourlyTimeZone? = nil) {
        self.chunkSize = max(1, chunkSize)
        self.problemLimit = max(1, problemLimit)
        self.units = units
        self.timeZone = timeZone
    }

    /// Reads a file from disk chunk by chunk. `name` (default: the path) labels problems.
    public func read(fileAt url: URL, name: String? = nil, into days: inout StationDayAccumulator) -> HourlyReadSummary {
        read(fileAt: url, name: name, sink: &days)
    }

    /// Reads a file from disk into any sink.
    public func read<Sink: HourlyRowSink>(fileAt url: URL, name: String? = nil, sink: inout Sink) -> HourlyReadSummary {
        var parser = HourlyFileParser(file: name ?? url.path, problemLimit: problemLimit, units: units, timeZone: timeZone)
        do {
            let file = try HourlyFileBytes(url: url)
            var offset = 0
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
            defer { buffer.deallocate() }
            while !parser.isStopped {
                let count = try file.read(into: buffer, at: offset)
                if count == 0 { break }
                parser.consume(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), into: &sink)
                offset += count
            }
        } catch {
            // Rows read before the error stay in the sink; the summary says the file was cut short.
            return parser.stop(FileManager.default.isReadableFile(atPath: url.path)
                ? "the file cannot be read to its end (\(error.localizedDescription))" : FileProblem.reason(url.path))
        }
        return parser.finish(into: &sink)
    }

    /// Reads bytes already in memory, still chunk by chunk (same code path as files).
    public func read(data: Data, name: String, into days: inout StationDayAccumulator) -> HourlyReadSummary {
        data.withUnsafeBytes { read(bytes: $0, name: name, into: &days) }
    }

    public func read(bytes: UnsafeRawBufferPointer, name: String, into days: inout StationDayAccumulator) -> HourlyReadSummary {
        read(bytes: bytes, name: name, sink: &days)
    }

    public func read<Sink: HourlyRowSink>(bytes: UnsafeRawBufferPointer, name: String, sink: inout Sink) -> HourlyReadSummary {
        var parser = HourlyFileParser(file: name, problemLimit: problemLimit, units: units, timeZone: timeZone)
        var start = 0
        while start < bytes.count, !parser.isStopped {
            let end = min(bytes.count, start + chunkSize)
            parser.consume(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), into: &sink)
            start = end
        }
        return parser.finish(into: &sink)
    }

    // MARK: reading a file in parts

    /// Reads the header of a file to be read in parts. On failure (unreadable file, unknown
    /// header, a CO column without a unit) the summary says why and no part can be read.
    public func open(fileAt url: URL, name: String? = nil) -> HourlyFile.Opening {
        let label = name ?? url.path
        var parser = HourlyFileParser(file: label, problemLimit: problemLimit, units: units, timeZone: timeZone)
        do {
            let file = try HourlyFileBytes(url: url)
            let size = try file.size()
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(chunkSize, 1 << 16), alignment: 16)
            defer { buffer.deallocate() }
            var offset = 0
            while true {
                let count = try file.read(into: buffer, at: offset)
                if count == 0 {
                    var none = NoRows()
                    return .failed(parser.finish(into: &none))
                }
                if parser.consumeHeader(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) { break }
                offset += count
            }
            guard let columns = parser.columns, let headerEnd = parser.headerEnd else { return .failed(parser.summary) }
            return .opened(HourlyFile(url: url, name: label, size: size, dataStart: min(offset + headerEnd, size),
                                       firstDataLine: parser.firstDataLine, columns: columns))
        } catch {
            return .failed(parser.stop(FileProblem.reason(url.path)))
        }
    }

    /// Reads one part of an opened file. Its problems carry line numbers counted from the part's
    /// start; `HourlyReadSummary(combining:)` shifts them to the file's.
    public func read<Sink: HourlyRowSink>(_ file: HourlyFile, part: HourlyFile.Part, into sink: inout Sink) -> HourlyPartRead {
        var parser = HourlyFileParser(file: file.name, problemLimit: problemLimit, columns: file.columns)
        do {
            let bytes = try HourlyFileBytes(url: file.url)
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
            defer { buffer.deallocate() }
            var offset = part.range.lowerBound
            while offset < part.range.upperBound, !parser.isStopped {
                let wanted = min(chunkSize, part.range.upperBound - offset)
                let count = try bytes.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<wanted]), at: offset)
                if count == 0 { break }
                parser.consume(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), into: &sink)
                offset += count
            }
        } catch {
            return HourlyPartRead(part: part, summary: parser.stop("cannot read the file (\(error.localizedDescription)); check the path and permissions"),
                                  lines: parser.linesConsumed, endsInsideQuotes: false)
        }
        // A part that ends inside a quoted field must not finish its record: the next part
        // would have started inside it, and the caller reads the file whole instead.
        let insideQuotes = parser.endsInsideQuotes && !part.isLast
        let lines = parser.linesConsumed
        let summary = insideQuotes ? parser.summary : parser.finish(into: &sink)
        return HourlyPartRead(part: part, summary: summary, lines: lines, endsInsideQuotes: insideQuotes)
    }

    /// A sink for reads that stop at the header.
    private struct NoRows: HourlyRowSink {
        mutating func stationNumber(for name: String) -> Int { 0 }
        mutating func record(station: Int, date: CalendarDay, hour: Int, values: UnsafeBufferPointer<Double>) -> Bool { true }
    }
}

/// An open file descriptor read with `pread`, so parts of one file can be read at once from
/// several threads and no chunk is allocated per read.
struct HourlyFileBytes {
    private let handle: FileHandle

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    func size() throws -> Int {
        Int(try handle.seekToEnd())
    }

    /// Fills `buffer` from `offset` as far as the file goes; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        var total = 0
        while total < buffer.count {
            let n = pread(handle.fileDescriptor, buffer.baseAddress! + total, buffer.count - total, off_t(offset + total))
            if n < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileReadUnknown)
            }
            if n == 0 { break }
            total += n
        }
        return total
    }
}
