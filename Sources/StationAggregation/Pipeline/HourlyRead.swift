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
        let reader = HourlyReader(units: options.units, timeZone: options.timeZone)
        let national = NationalDayReader(problemLimit: reader.problemLimit)
        let inputs = InputFiles(files)
        let cores = max(1, options.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        var opened: [(index: Int, file: HourlyFile)] = []
        var failed: [Int: HourlyReadSummary] = [:]
        for (index, path) in inputs.tabular {
            switch reader.open(fileAt: URL(fileURLWithPath: path), name: path) {
            case .opened(let file): opened.append((index, file))
            case .failed(let summary): failed[index] = summary
            }
        }
        var items: [(file: Int, part: HourlyFile.Part)] = []
        for (position, entry) in opened.enumerated() {
            for part in entry.file.parts(count: cores * 2, minimumBytes: options.minimumPartBytes) { items.append((position, part)) }
        }
        let workers = min(cores, max(1, items.count + inputs.days.count))
        var facts = AggregationResult.RunFacts()
        facts.workers = workers
        facts.parts = items.count + inputs.days.count
        facts.bytesRead = opened.reduce(0) { $0 + $1.file.size } + inputs.days.joined().reduce(0) { $0 + Self.size(of: $1.path) }
        // National day groups: consecutive days to each worker, so its station-days stay few.
        let dayGroups = inputs.days
        let dayRanges = (0..<workers).map { w in (dayGroups.count * w / workers)..<(dayGroups.count * (w + 1) / workers) }

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
            var dayReads: [(Int, [HourlyReadSummary])] = []
            var numbers: [String: Int] = [:]
            for group in dayRanges[w] {
                collector.currentItem = plan.count + group
                dayReads.append((group, national.read(day: InputFiles.reading(dayGroups[group]), into: &collector,
                                                      stationNumbers: &numbers)))
            }
            slots.store(w, collector: collector, reads: reads, days: dayReads)
        }
        facts.readSeconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9

        var partReads = Array(repeating: [HourlyPartRead](), count: opened.count)
        var cutInsideQuotes = false
        var readSummaries: [Int: HourlyReadSummary] = [:]   // by index among the files given
        for (_, reads, dayReads) in slots.results.map({ $0! }) {
            for (group, summaries) in dayReads {
                for (file, summary) in zip(dayGroups[group], summaries) { readSummaries[file.index] = summary }
            }
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
            return sequential(inputs: inputs, context: context, reader: reader, facts: facts)
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
        // Work items past the parts are day groups: their lines are the files' own.
        func place(item: Int, line: Int) -> (file: String, line: Int) {
            item < items.count ? (opened[items[item].file].file.name, line + shift[item])
                : (dayGroups[item - items.count][0].path, line)
        }
        let flags = collector.flags.map { day, flag in
            let at = place(item: flag.item, line: flag.line)
            return (day, flag.text, at.file, at.line)
        }
        var summaries: [HourlyReadSummary] = []
        for (position, entry) in opened.enumerated() {
            readSummaries[entry.index] = HourlyReadSummary(combining: partReads[position], of: entry.file,
                                                               problemLimit: reader.problemLimit)
        }
        for index in files.indices {
            summaries.append(failed[index] ?? readSummaries[index]!)
        }
        let unlistedAt = collector.unlistedFirstSeen.mapValues { seen in
            let at = place(item: seen.item, line: seen.line)
            return SourceLocation(file: at.file, line: at.line, column: seen.field)
        }
        return HourlyRead(collector: collector, summaries: summaries, flags: flags.sorted { $0.0 < $1.0 },
                          unlistedAt: unlistedAt, diagnostics: Self.diagnostics(summaries), facts: facts)
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Every file whole, in order, on this thread: the reference semantics.
    private static func sequential(inputs: InputFiles, context: AggregationContext, reader: HourlyReader,
                                   facts: AggregationResult.RunFacts) -> HourlyRead {
        var collector = StationDayCollector(context: context)
        var byIndex: [Int: HourlyReadSummary] = [:]
        var names: [Int: String] = [:]
        for (item, file) in inputs.tabular.enumerated() {
            collector.currentItem = item
            names[item] = file.path
            byIndex[file.index] = reader.read(fileAt: URL(fileURLWithPath: file.path), name: file.path, sink: &collector)
        }
        let national = NationalDayReader(problemLimit: reader.problemLimit)
        var numbers: [String: Int] = [:]
        for (group, files) in inputs.days.enumerated() {
            collector.currentItem = inputs.tabular.count + group
            names[inputs.tabular.count + group] = files[0].path
            for (file, summary) in zip(files, national.read(day: InputFiles.reading(files), into: &collector, stationNumbers: &numbers)) {
                byIndex[file.index] = summary
            }
        }
        let summaries = byIndex.keys.sorted().map { byIndex[$0]! }
        var facts = facts
        facts.readAgainSequentially = true
        let flags = collector.flags.map { day, flag in (day, flag.text, names[flag.item]!, flag.line) }
        let unlistedAt = collector.unlistedFirstSeen.mapValues { SourceLocation(file: names[$0.item]!, line: $0.line, column: $0.field) }
        return HourlyRead(collector: collector, summaries: summaries, flags: flags.sorted { $0.0 < $1.0 },
                          unlistedAt: unlistedAt, diagnostics: Self.diagnostics(summaries), facts: facts)
    }

    /// The problems of all files as diagnostics: each file's (`diagnostics(_:)`), but empty files
    /// in one warning and the cross-check of derived values in one warning for the whole run.
    /// Warnings of one kind met in more than `filesShownPerKind` of the national daily files are
    /// listed for the first files only, then counted in one note: a year is 730 files.
    static let filesShownPerKind = 3

    static func diagnostics(_ summaries: [HourlyReadSummary]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var filesByCode: [DiagnosticCode: [String]] = [:]
        var hidden: [DiagnosticCode: Int] = [:]
        for summary in summaries {
            for diagnostic in diagnostics(summary) where diagnostic.code != .hourlyFileEmpty {
                guard summary.layout == .nationalDaily, diagnostic.severity == .warning else {
                    found.append(diagnostic)
                    continue
                }
                var files = filesByCode[diagnostic.code, default: []]
                if files.last != summary.file { files.append(summary.file) }
                filesByCode[diagnostic.code] = files
                if files.count <= filesShownPerKind { found.append(diagnostic) } else { hidden[diagnostic.code, default: 0] += 1 }
            }
        }
        for (code, count) in hidden.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let files = filesByCode[code]!.dropFirst(filesShownPerKind)
            let shown = files.prefix(5).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            found.append(Diagnostic(.note, .moreProblemsNotListed, at: SourceLocation(file: files.first!, line: 1),
                "\(count) more \(code.rawValue) warning\(count == 1 ? "" : "s") like those above in \(files.count) more file\(files.count == 1 ? "" : "s"): "
                    + "\(shown)\(files.count > 5 ? ", … (first 5)" : "")",
                fix: "correct the listed ones and run again"))
        }
        let empty = summaries.filter(\.isEmpty).map(\.file)
        if let first = empty.first {
            let shown = empty.prefix(5).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            found.append(Diagnostic(.warning, .hourlyFileEmpty, at: SourceLocation(file: first, line: 1),
                "\(empty.count) empty file\(empty.count == 1 ? "" : "s"): \(shown)\(empty.count > 5 ? ", … (first 5)" : ""); "
                    + "the hours of their days are missing", fix: "get those days' files again from the source"))
        }
        let checked = summaries.reduce(0) { $0 + $1.derivedChecked }
        let disagreeing = summaries.filter { $0.derivedDisagreements > 0 }
        if let first = disagreeing.first, let example = first.firstDisagreement {
            let count = disagreeing.reduce(0) { $0 + $1.derivedDisagreements }
            found.append(Diagnostic(.warning, .hourlyDerivedDisagrees, at: SourceLocation(file: first.file, line: 1),
                "the platform's _24h values disagree with the mean of the day's 24 hourly values on \(count) of \(checked) station-days checked "
                    + "(first: \(example)); the hourly values are used",
                fix: "nothing to do unless the count is large; then check the files against the source"))
        }
        return found
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
    private(set) var results: [(collector: StationDayCollector, reads: [(Int, HourlyPartRead)], days: [(Int, [HourlyReadSummary])])?]
    private let lock = NSLock()

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ worker: Int, collector: StationDayCollector, reads: [(Int, HourlyPartRead)], days: [(Int, [HourlyReadSummary])]) {
        lock.lock()
        results[worker] = (collector, reads, days)
        lock.unlock()
    }
}
