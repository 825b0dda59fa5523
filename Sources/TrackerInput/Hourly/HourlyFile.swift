import Foundation
import TrackerModel

/// An hourly file whose header has been read, ready to be read in parts on several cores.
///
/// ```swift
/// switch HourlyReader().open(fileAt: url) {
/// case .opened(let file):
///     let parts = file.parts(count: 2)          // cut at line ends
///     let reads = parts.map { reader.read(file, part: $0, into: &sinks[$0.index]) }
///     let summary = HourlyReadSummary(combining: reads, of: file, problemLimit: 1000)
/// case .failed(let summary): print(summary.problems)
/// }
/// ```
public struct HourlyFile: Sendable {
    public let url: URL
    /// Labels problems.
    public let name: String
    public let size: Int
    /// Byte offset of the first data row (just after the header line).
    public let dataStart: Int
    /// Line number on which the data rows start.
    public let firstDataLine: Int
    let columns: HourlyColumns

    public var layout: HourlyLayout { columns.layout }

    /// The outcome of `HourlyReader.open`: the file, or why it cannot be read.
    public enum Opening: Sendable {
        case opened(HourlyFile)
        case failed(HourlyReadSummary)
    }

    /// A byte range of the data rows, starting at a line start.
    public struct Part: Sendable, Hashable {
        public let index: Int
        public let range: Range<Int>
        public let isLast: Bool
    }

    /// Cuts the data rows into at most `count` parts of about equal size, each starting just
    /// after a line feed; never parts smaller than `minimumBytes` (a small file is one part).
    public func parts(count: Int, minimumBytes: Int = 4 << 20) -> [Part] {
        let data = size - dataStart
        let wanted = max(1, min(count, data / max(1, minimumBytes)))
        var starts = [dataStart]
        if wanted > 1, let bytes = try? HourlyFileBytes(url: url) {
            let window = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
            defer { window.deallocate() }
            for k in 1..<wanted {
                var probe = dataStart + data * k / wanted
                guard probe > starts.last! else { continue }
                // The next line start at or after the probe.
                search: while probe < size {
                    guard let n = try? bytes.read(into: window, at: probe), n > 0 else { probe = size; break }
                    for i in 0..<n where window[i] == UInt8(ascii: "\n") {
                        probe += i + 1
                        break search
                    }
                    probe += n
                }
                if probe < size, probe > starts.last! { starts.append(probe) }
            }
        }
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] : size
            return Part(index: i, range: starts[i]..<end, isLast: i + 1 == starts.count)
        }
    }
}

/// What reading one part of a file did, with line numbers counted from the part's start.
///
/// ```swift
/// let read = reader.read(file, part: part, into: &collector)
/// read.endsInsideQuotes   // true: the cut was wrong, read the file whole
/// read.lines              // line feeds in the part
/// ```
public struct HourlyPartRead: Sendable {
    public let part: HourlyFile.Part
    public let summary: HourlyReadSummary
    /// Line feeds in the part: shifts the next part's line numbers.
    public let lines: Int
    /// The part ended inside a quoted field: a quoted line break crossed the cut, so the parts
    /// were cut wrongly and the file must be read whole.
    public let endsInsideQuotes: Bool
}

extension HourlyReadSummary {
    /// The summary of a whole file from its parts' (in file order): counts added, problems
    /// moved to the file's line numbers and listed up to `problemLimit` as one read would.
    public init(combining parts: [HourlyPartRead], of file: HourlyFile, problemLimit: Int) {
        self.init(file: file.name)
        layout = file.layout
        coUnit = file.columns.pollutants.first { $0.pollutant == Pollutant.co }?.unit
        var shift = file.firstDataLine - 1
        for read in parts.sorted(by: { $0.part.index < $1.part.index }) {
            let s = read.summary
            rowsRead += s.rowsRead
            rowsStored += s.rowsStored
            rowsRejected += s.rowsRejected
            missingValues += s.missingValues
            negativeValues += s.negativeValues
            malformedValues += s.malformedValues
            duplicateHours += s.duplicateHours
            for problem in s.problems {
                report(HourlyProblem(problem.kind, file: problem.file, line: problem.line.map { $0 + shift },
                                     column: problem.column, message: problem.message), limit: problemLimit)
            }
            unlistedProblems += s.unlistedProblems
            shift += read.lines
        }
    }
}
