import Foundation

/// Streams hourly station files (UCI Beijing multi-site layout, or the long
/// `station,time,PM2.5,…` layout) into a `StationDayAccumulator`, a chunk of bytes at a time:
/// memory grows with stations × days, not with the file. Values are stored with CO in mg/m³.
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

    public init(chunkSize: Int = 1 << 20, problemLimit: Int = 1000) {
        self.chunkSize = max(1, chunkSize)
        self.problemLimit = max(1, problemLimit)
    }

    /// Reads a file from disk chunk by chunk. `name` (default: the path) labels problems.
    public func read(fileAt url: URL, name: String? = nil, into days: inout StationDayAccumulator) -> HourlyReadSummary {
        let file = name ?? url.path
        var parser = HourlyFileParser(file: file, problemLimit: problemLimit)
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            while !parser.isStopped, let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
                chunk.withUnsafeBytes { parser.consume($0, into: &days) }
            }
        } catch {
            // Rows read before the error stay in `days`; the summary says the file was cut short.
            return parser.stop("cannot read the file (\(error.localizedDescription)); check the path and permissions")
        }
        return parser.finish(into: &days)
    }

    /// Reads bytes already in memory, still chunk by chunk (same code path as files).
    public func read(data: Data, name: String, into days: inout StationDayAccumulator) -> HourlyReadSummary {
        data.withUnsafeBytes { read(bytes: $0, name: name, into: &days) }
    }

    public func read(bytes: UnsafeRawBufferPointer, name: String, into days: inout StationDayAccumulator) -> HourlyReadSummary {
        var parser = HourlyFileParser(file: name, problemLimit: problemLimit)
        var start = 0
        while start < bytes.count, !parser.isStopped {
            let end = min(bytes.count, start + chunkSize)
            parser.consume(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), into: &days)
            start = end
        }
        return parser.finish(into: &days)
    }
}
