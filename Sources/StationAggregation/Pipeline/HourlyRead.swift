import Dispatch
import Foundation
import TrackerInput
import TrackerModel

/// Reads the hourly files into one `StationDayCollector`, on all cores when there is enough
/// to read: the files are opened (headers), large ones cut into parts at line ends, the parts
/// shared among workers (largest first, each to the least loaded), and the workers' collectors
/// merged. When two parts turn out to overlap — the same station-day complete in both, the same
/// hour twice, or a quoted line break across a cut — the files are read again on one core,
/// where the first row wins and every duplicate is reported at its line.
///
/// ```swift
/// var read = HourlyRead.run(files: paths, context: context, options: options)
/// read.summaries     // one per file, line numbers as in the file
/// read.collector     // station-days reduced, area sums
/// ```
struct HourlyRead {
    var collector: StationDayCollector
    var summaries: [HourlyReadSummary]
    /// Row flags by day with the file and line they were first seen on.
    var flags: [(day: Int, text: String, file: String, line: Int)]
    /// Where each station missing from the list was first met in the files.
    var unlistedAt: [String: SourceLocation]
    var diagnostics: [Diagnostic]
    var facts: AggregationResult.RunFacts

    static func run(files: [String], context: AggregationContext, options: AggregationOptions) -> HourlyRead {
        let reader = HourlyReader(units: options.units)
        let cores = max(1, options.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        var opened: [(index: Int, file: HourlyFile)] = []
        var failed: [Int: HourlyReadSummary] = [:]
        for (index, path) in files.enumerated() {
            switch reader.open(fileAt: URL(fileURLWithPath: path), name: path) {
            case .opened(let file): opened.append((index, file))
            case .failed(let summary): failed[index] = summary
            }
        }
        var items: [(file: Int, part: HourlyFile.Part)] = []
        for (position, entry) in opened.enumerated() {
            for part in entry.file.parts(count: cores * 2, minimumBytes: options.minimumPartBytes) { items.append((position, part)) }
        }
        let workers = min(cores, max(1, items.count))
        var facts = AggregationResult.RunFacts()
        facts.workers = workers
        facts.parts = items.count
        facts.bytesRead = opened.reduce(0) { $0 + $1.file.size }

        // Largest part first, to the least loaded worker.
        var assigned = Array(repeating: [Int](), count: workers)
        var load = Array(repeating: 0, count: workers)
        for item in items.indices.sorted(by: { items[$0].part.range.count > items[$1].part.range.count }) {
            let w = load.indices.min { load[$0] < load[$1] }!
            assigned[w].append(item)
            load[w] += items[item].part.range.count
        }
        let slots = WorkerSlots(count: workers)
        let plan = items
        let work = assigned
        let openedFiles = opened.map(\.file)
        let started = DispatchTime.now()
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var collector = StationDayCollector(context: context)
            var reads: [(Int, HourlyPartRead)] = []
            for item in work[w].sorted() {
                let file = openedFiles[plan[item].file]
                collector.currentItem = item
                reads.append((item, reader.read(file, part: plan[item].part, into: &collector)))
            }
            slots.store(w, collector: collector, reads: reads)
        }
        facts.readSeconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9

        var partReads = Array(repeating: [HourlyPartRead](), count: opened.count)
        var cutInsideQuotes = false
        for (_, reads) in slots.results.map({ $0! }) {
            for (item, read) in reads {
                partReads[plan[item].file].append(read)
                cutInsideQuotes = cutInsideQuotes || read.endsInsideQuotes
            }
        }
        var merged: StationDayCollector? = cutInsideQuotes ? nil : slots.results[0]!.collector
        for w in 1..<workers where merged != nil {
            if !merged!.merge(slots.results[w]!.collector) { merged = nil }
        }
        guard let collector = merged else {
            return sequential(files: files, context: context, reader: reader, facts: facts)
        }
        // Each part's first line in its file: the lines of the parts before it.
        var shift = Array(repeating: 0, count: items.count)
        for (position, reads) in partReads.enumerated() {
            var line = opened[position].file.firstDataLine - 1
            for read in reads.sorted(by: { $0.part.index < $1.part.index }) {
                if let item = items.indices.first(where: { items[$0].file == position && items[$0].part == read.part }) {
                    shift[item] = line
                }
                line += read.lines
            }
        }
        let flags = collector.flags.map { day, flag in
            (day, flag.text, opened[items[flag.item].file].file.name, flag.line + shift[flag.item])
        }
        var summaries: [HourlyReadSummary] = []
        var position = 0
        for index in files.indices {
            if let summary = failed[index] {
                summaries.append(summary)
            } else {
                summaries.append(HourlyReadSummary(combining: partReads[position], of: opened[position].file,
                                                   problemLimit: reader.problemLimit))
                position += 1
            }
        }
        let unlistedAt = collector.unlistedFirstSeen.mapValues { seen in
            SourceLocation(file: opened[items[seen.item].file].file.name, line: seen.line + shift[seen.item], column: seen.field)
        }
        return HourlyRead(collector: collector, summaries: summaries, flags: flags.sorted { $0.0 < $1.0 },
                          unlistedAt: unlistedAt, diagnostics: summaries.flatMap(Self.diagnostics), facts: facts)
    }

    /// Every file whole, in order, on this thread: the reference semantics.
    private static func sequential(files: [String], context: AggregationContext, reader: HourlyReader,
                                   facts: AggregationResult.RunFacts) -> HourlyRead {
        var collector = StationDayCollector(context: context)
        var summaries: [HourlyReadSummary] = []
        for (index, path) in files.enumerated() {
            collector.currentItem = index
            summaries.append(reader.read(fileAt: URL(fileURLWithPath: path), name: path, sink: &collector))
        }
        var facts = facts
        facts.readAgainSequentially = true
        let flags = collector.flags.map { day, flag in (day, flag.text, files[flag.item], flag.line) }
        let unlistedAt = collector.unlistedFirstSeen.mapValues { SourceLocation(file: files[$0.item], line: $0.line, column: $0.field) }
        return HourlyRead(collector: collector, summaries: summaries, flags: flags.sorted { $0.0 < $1.0 },
                          unlistedAt: unlistedAt, diagnostics: summaries.flatMap(Self.diagnostics), facts: facts)
    }

    /// A file's problems as diagnostics: those that stop the read are errors, the others
    /// (a bad value, a duplicate hour) warnings, and the ones beyond the listed limit a note.
    static func diagnostics(_ summary: HourlyReadSummary) -> [Diagnostic] {
        var found = summary.problems.map { problem in
            Diagnostic(problem.stopsReading ? .error : .warning, problem.kind.code,
                       at: SourceLocation(file: problem.file, line: problem.line ?? 1, column: problem.column ?? 1),
                       problem.message)
        }
        if summary.unlistedProblems > 0 {
            found.append(Diagnostic(.note, .moreProblemsNotListed, at: SourceLocation(file: summary.file, line: 1),
                "\(summary.unlistedProblems) more problem\(summary.unlistedProblems == 1 ? "" : "s") of the same kinds not listed",
                fix: "correct the listed ones and run again",
                zh: .init("另有 \(summary.unlistedProblems) 个同类问题未列出", fix: "请修正已列出的问题后重新运行")))
        }
        return found
    }
}

/// Each worker's results, written by that worker only (its own index), read after all finish.
private final class WorkerSlots: @unchecked Sendable {
    private(set) var results: [(collector: StationDayCollector, reads: [(Int, HourlyPartRead)])?]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ worker: Int, collector: StationDayCollector, reads: [(Int, HourlyPartRead)]) {
        lock.lock()
        results[worker] = (collector, reads)
        lock.unlock()
    }
}
