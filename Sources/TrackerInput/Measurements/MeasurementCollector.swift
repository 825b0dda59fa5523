import Foundation
import TrackerModel

/// Gathers the measurements of one or more files into one set: decodes and tokenizes a CSV file
/// (or picks a workbook's sheet and reads its cells), reads the header and rows, and decides per
/// row whether it is used, reported or (lenient) skipped. Duplicates are checked across all files read into the same collector.
///
/// A row with any problem contributes no measurement, so the set holds only good rows. Without
/// `lenient` its problems are errors; with it the row is listed in `skipped` (one entry per row:
/// its first problem, the others counted in the message) and `rowsUsed` stays exact.
///
/// ```swift
/// var collector = MeasurementCollector(indicators: catalog, scopes: scopes, lenient: false, plan: .year(2025))
/// collector.read(data, file: "a.csv", encoding: nil)
/// collector.readFile("data.xlsx", encoding: nil, sheet: SheetChoice("月度数据"))
/// collector.set.measurements.count
/// collector.diagnostics.hasErrors
/// ```
struct MeasurementCollector {
    /// A duplicate's key in 12 bytes: the period as a number (`year × 13 + month`, month 0 for a
    /// yearly value) and the scope and indicator as the numbers `ids` gave their names, so that
    /// every row of an archive is checked without keeping its strings.
    private struct Key {
        var period: Int32
        var scope: Int32
        var indicator: Int32
    }

    /// What a duplicate is compared with and where it is cited, in 24 bytes: the earlier row's
    /// value, valid days (-1: none), flags (an index into `flagSets`), its line and the file (or
    /// sheet) it came from (an index into `places`).
    struct Earlier {
        var value: Double
        var validDays: Int32
        var flags: Int32
        var line: Int32
        var place: Int32
    }

    /// The parts of a row two readings of one key are compared on.
    private struct Reading {
        var value: Double
        var validDays: Int?
        var flags: [String]
    }

    var set = MeasurementSet()
    private(set) var diagnostics: [Diagnostic] = []
    var lookup: MeasurementLookup
    private let lenient: Bool
    let plan: Period?
    private let headerRow: Int?
    /// The window of periods whose rows are kept; rows outside it are checked, counted in
    /// `set.setAside` and not kept (nil: every row is kept).
    let keep: Period?
    var kept = DuplicateTable<Earlier>()
    var scopeIDs: [String: Int32] = [:]
    /// The previous row's scope and its id (rows of one scope come together).
    private var lastScopeID: (name: String, id: Int32)?
    var indicatorIDs: [String: Int32] = [:]
    /// What a row set aside is to shares of days (`asideRole`), decided once per indicator id.
    private var asideRoles: [Int32: AsideRole] = [:]
    /// The wanted shares of days, when the caller forms them from these rows' counts
    /// (`DayRatioForming`); nil: counts and shares of days are kept whatever their period.
    let forming: Set<String>?
    let formingRule: DayRatioForming.Rule?
    /// The counts of days set aside whose shares are not given (yet), for `DayRatioForming`.
    var countsAside = DayRatioForming.CountsAside()
    var places: [(file: String, sheet: String?)] = []
    private var flagSets: [[String]] = [[]]
    private var flagSetIDs: [[String]: Int32] = [[]: 0]
    /// The scope and indicator names plain rows spell, resolved once per distinct spelling.
    var plainNames = PlainNames()
    /// Which of the quick ways of reading are taken (all, but for tests that compare them).
    let paths: ReadingPaths
    /// The current table's file as an index into `places`, for plain rows (-1: not yet asked).
    var plainPlace: Int32 = -1
    /// Per place: every 1024th plain line's number and where it starts in the file, and the
    /// table's plain layout, so that a row kept only as a mark can be read again (`earlier(mark:)`).
    var lineIndex: [Int: [(line: Int, offset: Int)]] = [:]
    var plainLayouts: [Int: PlainLongRow.Layout] = [:]
    var lastIndexedLine = Int.min

    /// `headerRow`: the line (CSV) or row (sheet) of the header, when the user says it; otherwise
    /// the first row of the first `HeaderSearch.rowsSearched` that reads as a header.
    /// `keep`: rows of periods outside it are checked and counted but not kept (an archive read
    /// for one year); nil keeps every row.
    init(indicators: IndicatorCatalog, scopes: ScopeDirectory, lenient: Bool, plan: Period?, headerRow: Int? = nil,
         keep: Period? = nil, forming: Set<String>? = nil, paths: ReadingPaths = ReadingPaths()) {
        lookup = MeasurementLookup(indicators: indicators, scopes: scopes)
        self.forming = forming
        formingRule = forming.flatMap { DayRatioForming.Rule(wanted: $0, indicators: indicators) }
        self.paths = paths
        self.lenient = lenient
        self.plan = plan
        self.headerRow = headerRow
        self.keep = keep
    }

    mutating func readFile(_ path: String, encoding: TextEncoding?, sheet: SheetChoice? = nil) {
        var path = path, sheet = sheet
        // `data.xlsx[月度数据]` names a sheet of a workbook, as Excel writes a reference to it.
        if !FileManager.default.fileExists(atPath: path), let qualified = MeasurementCollector.sheetQualified(path) {
            (path, sheet) = (qualified.file, SheetChoice(qualified.sheet))
        }
        // A text file is read a chunk at a time (UTF-8, else GB18030 when the whole-file rules
        // would choose it); should its chunks be refused (a damaged byte, mixed encodings …), what
        // was read is undone and the file is read whole below, where the problem is worded.
        if encoding != .gb18030, let chunkSize = paths.chunkSize, let chunks = TextChunks(path: path, chunk: chunkSize),
           WorkbookSniffer.kind(of: Data(chunks.head), file: path) == .text {
            // Undoing means setting the collector back to a copy: free before the first rows, but
            // a copy of everything read so far after them. Then the chunks are checked to the end
            // in a first pass instead (the file's bytes read twice, its memory still not held).
            let fresh = kept.count == 0 && set.measurements.isEmpty && set.setAside.count == 0 && set.rowsRead == 0
            let before = fresh ? self : nil
            var utf8 = chunks
            if !fresh, chunks.refusal == nil, let check = TextChunks(path: path, chunk: chunkSize) {
                check.drain()
                if check.refusal != nil { utf8 = check }
            }
            if utf8.refusal == nil {
                if readChunked(chunks, file: path) { return }
                // Refused after all (checked first, the file must have changed meanwhile: then the
                // rows read stay, and the whole file's rows are reported as their duplicates).
                if let before { self = before }
            }
            // Not UTF-8: GB18030 in chunks too, when the whole-file reader would read it so.
            if encoding == nil, TextChunks.readsAsGB18030(path, after: utf8) {
                var readable = fresh
                if !fresh, let check = TextChunks(path: path, chunk: chunkSize, encoding: .gb18030) {
                    check.drain()
                    readable = check.refusal == nil
                }
                if readable, let gb = TextChunks(path: path, chunk: chunkSize, encoding: .gb18030), gb.refusal == nil {
                    if readChunked(gb, file: path) { return }
                    if let before { self = before }
                }
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(FileProblem.unreadable(path))
            return
        }
        // Handed over: the bytes are let go once decoded, not held beside the text.
        read(consume data, file: path, encoding: encoding, sheet: sheet)
    }

    /// `data.xlsx[月度数据]` → (`data.xlsx`, `月度数据`).
    static func sheetQualified(_ path: String) -> (file: String, sheet: String)? {
        guard path.hasSuffix("]"), let open = path.lastIndex(of: "["), open > path.startIndex else { return nil }
        let sheet = String(path[path.index(after: open)..<path.index(before: path.endIndex)])
        guard !sheet.isEmpty else { return nil }
        return (String(path[..<open]), sheet)
    }

    /// One file's bytes: a workbook when they say so (whatever the name), else text.
    mutating func read(_ data: consuming Data, file: String, encoding: TextEncoding?, sheet: SheetChoice? = nil) {
        switch WorkbookSniffer.kind(of: data, file: file) {
        case .workbook: readWorkbook(data, file: file, sheet: sheet)
        case .refused(let error): diagnostics.append(error.diagnostic(file: file))
        case .text: readText(consume data, file: file, encoding: encoding)
        }
    }

    private mutating func readText(_ data: consuming Data, file: String, encoding: TextEncoding?) {
        let decoded: TextDecoding.Decoded
        // About one row per 64 bytes: the duplicate table is sized once rather than regrown.
        kept.reserveCapacity(kept.count + data.count / 64)
        switch TextDecoding.decode(data, file: file, encoding: encoding) {
        case .success(let d): decoded = d
        case .failure(let problem): diagnostics.append(problem); return
        }
        // The bytes are not needed beside their text.
        _ = consume data
        diagnostics += decoded.warnings
        // Records stream from the tokenizer: one at a time, never the whole file's.
        var records = CSVTokenizer(text: decoded.text, file: file)
        let encodingName = decoded.encoding == .utf8 && decoded.hadByteOrderMark ? "utf-8 with BOM" : decoded.encoding.rawValue
        let place = CellPlace(file: file)
        let outcome = readTable(&records, place: place) { layout in
            MeasurementSet.Source(file: file, encoding: encodingName, layout: layout.rawValue)
        }
        diagnostics += records.diagnostics
        // When the tokenizer already said why a file yielded nothing, "empty" would only repeat it.
        if !records.diagnostics.hasErrors { reportEmptiness(outcome, place: place) }
    }

    /// A UTF-8 text file in chunks (`TextChunks`), as `readText` reads its decoded text; false
    /// when the chunks were refused, and then what was read must be undone.
    private mutating func readChunked(_ chunks: TextChunks, file: String) -> Bool {
        // Rows are 30 to 60 bytes: room for the most (pages not reached cost no memory).
        kept.reserveCapacity(kept.count + chunks.size / 30)
        var records = CSVTokenizer(chunks: chunks, file: file)
        let place = CellPlace(file: file)
        let outcome = readTable(&records, place: place) { layout in
            MeasurementSet.Source(file: file, encoding: chunks.encoding == .gb18030 ? "gb18030" : chunks.hadByteOrderMark ? "utf-8 with BOM" : "utf-8",
                                  layout: layout.rawValue)
        }
        // A table may end before its file does: the rest is checked as the whole file would be.
        records.drain()
        if records.abandoned { return false }
        diagnostics += records.diagnostics
        if !records.diagnostics.hasErrors { reportEmptiness(outcome, place: place) }
        return true
    }

    /// The chosen sheet of a workbook, through the same header and row logic as a CSV file: a
    /// sheet's cells become records whose line is the row and whose column is the column.
    private mutating func readWorkbook(_ data: Data, file: String, sheet choice: SheetChoice?) {
        do {
            let workbook = try Workbook(data)
            let sheet = try chooseSheet(in: workbook, choice)
            let grid = try workbook.grid(of: sheet)
            let place = CellPlace(file: file, sheet: sheet.name)
            if let first = grid.uncalculated.first {
                let count = grid.uncalculated.count
                diagnostics.append(Diagnostic(.warning, .formulaWithoutResult, at: place.at(line: first.row, column: first.column),
                    "\(count == 1 ? "a formula has" : "\(count) formulas have") no saved result (the workbook was written by a program that does not calculate)",
                    fix: "open the workbook in Excel, WPS or LibreOffice and save it, so that the results are stored"))
            }
            var records = grid.records.makeIterator()
            let outcome = readTable(&records, place: place) { layout in
                MeasurementSet.Source(file: file, encoding: "xlsx, sheet \(sheet.name)", layout: layout.rawValue, sheet: sheet.name)
            }
            reportEmptiness(outcome, place: place)
        } catch {
            diagnostics.append(error.diagnostic(file: file))
        }
    }

    /// `--sheet` when given; otherwise the first visible worksheet whose first filled row is a
    /// measurement header (workbooks often open with a cover sheet such as 说明), or the only
    /// worksheet, whose header problems are then reported as usual.
    private func chooseSheet(in workbook: Workbook, _ choice: SheetChoice?) throws(WorkbookError) -> Workbook.Sheet {
        let names = workbook.sheets.map(\.name)
        if let choice {
            guard let index = choice.index(in: names) else { throw .noSuchSheet(choice.text, available: names) }
            return workbook.sheets[index]
        }
        let worksheets = workbook.sheets.filter { $0.part != nil }
        guard !worksheets.isEmpty else { throw .noWorksheets }
        if worksheets.count == 1 { return worksheets[0] }
        for sheet in worksheets where !sheet.hidden {
            // The header may lie below a title row: the sheet's first rows are searched as a CSV's are.
            let grid = try workbook.grid(of: sheet, filledRows: headerRow == nil ? HeaderSearch.rowsSearched : nil)
            var records = grid.records.makeIterator()
            var search = HeaderSearch(place: CellPlace(file: "", sheet: sheet.name), lookup: lookup, headerRow: headerRow)
            if search.run(&records).header != nil { return sheet }
        }
        throw .noMatchingSheet(available: names)
    }

    /// What a table turned out to hold, for the messages about empty tables.
    enum TableOutcome {
        case empty
        case headerOnly(line: Int)
        case rows
        case badHeader
    }

    /// The header and data rows of one table, CSV or sheet, read one record at a time.
    private mutating func readTable<Records: LineRecords>(
        _ records: inout Records, place: CellPlace, source: (MeasurementLayout) -> MeasurementSet.Source
    ) -> TableOutcome {
        // `,,,` rows (Excel writes them below a table) hold nothing, like blank lines.
        func nextRow() -> CSVRecord? {
            while let record = records.next() { if !record.isBlank { return record } }
            return nil
        }
        var search = HeaderSearch(place: place, lookup: lookup, headerRow: headerRow)
        let found = search.run(&records)
        lookup = search.lookup
        // Near-miss indicator columns (`PM2.5年均浓`) are errors; under --lenient their column is skipped.
        diagnostics += found.problems.map { d in
            guard lenient, d.severity == .error, d.code == .measurementUnknownIndicator else { return d }
            var skipped = d
            skipped.severity = .warning
            return skipped
        }
        guard var header = found.header else { return found.empty ? .empty : .badHeader }
        set.sources.append(source(header.layout))
        var pending = nextRow()
        // A unit row right below the header (`,,微克/立方米,吨/平方公里·月`) gives the columns' units.
        if let record = pending, let problems = header.applyUnitRow(record, place: place) {
            diagnostics += problems
            diagnostics.append(Diagnostic(.note, .unitRowBelowHeader, at: place.at(line: record.line),
                "\(place.rowName(record.line)) gives the units of the columns below the header and is not data",
                fix: "nothing to do; the values are converted to the catalog's units where they differ"))
            pending = nextRow()
        }
        let reader = MeasurementRowReader(place: place, header: header, plan: plan)
        // Plain rows (nearly all of a long file) are read from their bytes; any other goes below.
        let plainLayout = paths.plainRows ? PlainLongRow.Layout(header: header) : nil
        plainPlace = -1
        lastIndexedLine = Int.min
        var tally = TableTally()
        var any = false
        while true {
            if pending == nil, let plainLayout,
               records.takeLines({ bytes, line, offset in
                   acceptPlain(bytes, line: line, offset: offset, layout: plainLayout, place: place)
               }) > 0 {
                any = true
            }
            guard let record = pending ?? nextRow() else { break }
            pending = nil
            let row = reader.read(record, lookup: &lookup)
            // Only a row that does not read as data can be a note or a total (checked after, so
            // that data rows pay nothing for it).
            if !row.problems.isEmpty || !row.cellProblems.isEmpty, NotesRow.isNote(record, header: header) {
                tally.note(record)
                continue
            }
            any = true
            if let field = row.foreignIndicator {
                tally.foreign(field)
                continue
            }
            set.rowsRead += 1
            tally.count(row)
            accept(row)
        }
        diagnostics += tally.diagnostics(place: place)
        return any ? .rows : .headerOnly(line: header.line)
    }

    private mutating func reportEmptiness(_ outcome: TableOutcome, place: CellPlace) {
        switch outcome {
        case .empty:
            diagnostics.append(Diagnostic(.error, .measurementsEmpty, at: place.at(line: 1), "\(place.noun) is empty",
                fix: "start it with a header row such as `period,scope,indicator,value`, then one row per month, scope and indicator"))
        case .headerOnly(let line):
            diagnostics.append(Diagnostic(.warning, .measurementsHeaderOnly, at: place.at(line: line),
                "\(place.noun) has a header but no data rows", fix: "add one row per month, scope and indicator below the header"))
        case .rows, .badHeader:
            break
        }
    }

    mutating func accept(_ row: MeasurementRowReader.Row) {
        var problems = row.problems
        if !row.cellProblems.isEmpty {
            if lenient, row.problems.isEmpty {
                // --lenient: a bad value cell costs that cell only (牛街街道's PM2.5 stays when its
                // 降尘量 cell is unreadable); the cell's problem is reported as a warning.
                diagnostics += row.cellProblems.map { d in
                    var skipped = d
                    skipped.severity = .warning
                    skipped.fix = (d.fix.map { "\($0); " } ?? "") + "this cell is skipped (--lenient), the row's other values are read"
                    return skipped
                }
            } else {
                problems += row.cellProblems
            }
        }
        var repeats: [Diagnostic] = []
        var fresh: [(Key, TrackerModel.Measurement)] = []
        for (m, valueField) in row.measurements {
            let key = key(of: m)
            guard let entry = kept.entry(period: key.period, scope: key.scope, indicator: key.indicator) else {
                fresh.append((key, m))
                continue
            }
            let earlier = switch entry {
            case .value(let earlier): earlier
            case .mark(let mark): earlier(mark: mark)
            }
            let here = SourceLocation(file: m.source.file, line: valueField.line, column: valueField.column, sheet: m.source.sheet)
            let what = "\(lookup.indicators[m.indicator]?.zh ?? m.indicator) of \(m.scope) for \(m.period)"
            let (file, sheet) = places[Int(earlier.place)]
            let line = Int(earlier.line)
            let row = CellPlace(file: file, sheet: sheet).rowName(line)
            let there = file == m.source.file && sheet == m.source.sheet ? row
                : sheet.map { "\(row) of \(file)[\($0)]" } ?? "\(file):\(line)"
            if let difference = difference(reading(m), reading(earlier), indicator: m.indicator) {
                problems.append(Diagnostic(.error, .conflictingDuplicate, at: here,
                    "\(what) is given twice: \(difference.here) here, \(difference.there) on \(there)",
                    fix: "keep the correct row and delete the other"))
            } else {
                repeats.append(Diagnostic(.warning, .repeatedRow, at: here, "\(what) is given twice with the same value (also on \(there))",
                    fix: "delete one of the two rows"))
            }
        }
        if problems.isEmpty {
            for (key, m) in fresh {
                let place = placeIndex(m.source)
                kept.insert(Earlier(value: m.value, validDays: m.validDays.map { Int32(truncatingIfNeeded: $0) } ?? -1,
                                    flags: flagSetIndex(m.flags), line: Int32(truncatingIfNeeded: m.source.line),
                                    place: place),
                            period: key.period, scope: key.scope, indicator: key.indicator)
                if let keep, !m.period.isWithin(keep), case let role = asideRole(key.indicator, m.indicator), role != .kept {
                    set.setAside.add(m.period)
                    noteAside(role, period: key.period, scope: key.scope, indicator: key.indicator, value: m.value,
                              validDays: m.validDays, place: place, line: m.source.line)
                } else {
                    set.measurements.append(m)
                }
            }
            diagnostics += repeats
        } else if lenient {
            // One entry per row keeps `rowsUsed` exact; the row's other problems ride along in it.
            let ordered = problems.sortedForDisplay()
            var entry = ordered[0]
            entry.severity = .warning
            let rest = ordered.dropFirst().map(\.message)
            if !rest.isEmpty {
                let others = "\(rest.count) more problem\(rest.count == 1 ? "" : "s") in this row: \(rest.joined(separator: "; "))"
                entry.fix = entry.fix.map { "\($0) (\(others))" } ?? others
            }
            set.skipped.append(entry)
        } else {
            diagnostics += problems + repeats
        }
    }

    private mutating func key(of m: TrackerModel.Measurement) -> Key {
        let period: Int32 = switch m.period {
        case .month(let month): Int32(truncatingIfNeeded: month.year * 13 + month.month)
        case .year(let year): Int32(truncatingIfNeeded: year * 13)
        }
        let scope: Int32
        if let last = lastScopeID, MeasurementLookup.sameBytes(last.name, m.scope) {
            scope = last.id
        } else {
            scope = Self.id(of: m.scope, in: &scopeIDs)
            lastScopeID = (m.scope, scope)
        }
        return Key(period: period, scope: scope, indicator: Self.id(of: m.indicator, in: &indicatorIDs))
    }

    static func id(of name: String, in ids: inout [String: Int32]) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(ids.count)
        ids[name] = id
        return id
    }

    mutating func placeIndex(_ source: SourceLocation) -> Int32 {
        if let last = places.indices.last, places[last].file == source.file, places[last].sheet == source.sheet { return Int32(last) }
        if let index = places.firstIndex(where: { $0.file == source.file && $0.sheet == source.sheet }) { return Int32(index) }
        places.append((source.file, source.sheet))
        return Int32(places.count - 1)
    }

    /// What a row of `indicator` set aside is to shares of days, cached per indicator id.
    mutating func asideRole(_ id: Int32, _ indicator: String) -> AsideRole {
        if let known = asideRoles[id] { return known }
        let role = AsideRole(lookup.indicators[indicator], forming: forming, rule: formingRule)
        asideRoles[id] = role
        return role
    }

    private func reading(_ m: TrackerModel.Measurement) -> Reading {
        Reading(value: m.value, validDays: m.validDays, flags: m.flags)
    }

    private func reading(_ e: Earlier) -> Reading {
        Reading(value: e.value, validDays: e.validDays < 0 ? nil : Int(e.validDays), flags: flagSets[Int(e.flags)])
    }

    private mutating func flagSetIndex(_ flags: [String]) -> Int32 {
        if flags.isEmpty { return 0 }
        if let id = flagSetIDs[flags] { return id }
        flagSets.append(flags)
        flagSetIDs[flags] = Int32(flagSets.count - 1)
        return Int32(flagSets.count - 1)
    }

    /// How two readings of one period, scope and indicator differ (value, valid days, flags),
    /// described for each side; nil when they agree. A differing note alone is not a conflict.
    private func difference(_ a: Reading, _ b: Reading, indicator: String) -> (here: String, there: String)? {
        if a.value != b.value {
            let unit = lookup.indicators[indicator]?.unit
            let show = { (v: Double) in unit.map { MeasurementText.amount(v, $0) } ?? MeasurementText.number(v) }
            return (show(a.value), show(b.value))
        }
        if a.validDays != b.validDays {
            let show = { (d: Int?) in d.map { "\($0) valid days" } ?? "no valid days" }
            return (show(a.validDays), show(b.validDays))
        }
        if a.flags != b.flags {
            let show = { (f: [String]) in f.isEmpty ? "no flag" : "flag " + f.map { "`\($0)`" }.joined(separator: ", ") }
            return (show(a.flags), show(b.flags))
        }
        return nil
    }
}
