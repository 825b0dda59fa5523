import Foundation
import TrackerModel

/// The scope and indicator names of plain rows (`PlainLongRow`), each distinct spelling resolved
/// once against the catalogs and then found by its bytes (`ByteNameTable`): a row of an archive
/// costs two hashes of short byte strings, not two `String`s and two dictionary look-ups.
/// A spelling that does not resolve (unknown, or with spaces to trim) is remembered as not
/// plain, and its rows go to the general reader, which words the problem.
///
/// ```swift
/// var names = PlainNames()
/// names.scope(bytes, lookup: &lookup, ids: &scopeIDs)          // 0: 德胜街道, duplicate key 0
/// names.scopes[0]                                              // "德胜街道"
/// ```
struct PlainNames {
    private var scopeNames = ByteNameTable()
    private var indicatorNames = ByteNameTable()
    /// Per scope spelling: its number in duplicate keys (`MeasurementCollector.scopeIDs`; -1:
    /// not plain) and the scope's name. Plain values apart from the strings, so that a row reads
    /// them without retaining anything.
    private(set) var scopeKeys: [Int32] = []
    private(set) var scopes: [String] = []
    private var lastScope: [UInt8] = []
    private var lastScopeNumber = 0
    /// Per indicator spelling: its number in duplicate keys (-1: not plain), its id, its range,
    /// and what its rows set aside are to shares of days (`AsideRole`: 0 plain, 1 kept, 2 a count
    /// or share, asked of the collector), filled in by the collector.
    private(set) var indicatorKeys: [Int32] = []
    private(set) var indicators: [String] = []
    private(set) var lows: [Double] = []
    private(set) var highs: [Double] = []
    var asideKinds: [UInt8] = []

    /// The number of the scope spelt `bytes`, resolving it the first time; nil when the spelling
    /// is not plain.
    mutating func scope(_ bytes: UnsafeBufferPointer<UInt8>, lookup: inout MeasurementLookup, ids: inout [String: Int32]) -> Int? {
        // Rows of one scope come together: the previous row's spelling is compared first.
        if !lastScope.isEmpty, bytes.count == lastScope.count, lastScope.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
            return scopeKeys[lastScopeNumber] < 0 ? nil : lastScopeNumber
        }
        guard let (number, isNew) = scopeNames.number(of: bytes) else { return nil }
        lastScope.removeAll(keepingCapacity: true)
        lastScope.append(contentsOf: bytes)
        lastScopeNumber = number
        if isNew {
            let text = String(decoding: bytes, as: UTF8.self)
            let scope = Whitespace.trim(text) == text ? lookup.scope(named: text) : nil
            scopes.append(scope?.name ?? "")
            scopeKeys.append(scope.map { MeasurementCollector.id(of: $0.name, in: &ids) } ?? -1)
        }
        return scopeKeys[number] < 0 ? nil : number
    }

    /// The number of the indicator spelt `bytes`, and whether it is new: then the caller
    /// resolves it (`resolveIndicator`) before asking `indicatorKeys` whether it is plain.
    /// (The catalog is not passed per row: handing it over would retain its tables each time.)
    mutating func indicatorNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool)? {
        indicatorNames.number(of: bytes)
    }

    /// Resolves a new indicator spelling against the catalog.
    mutating func resolveIndicator(_ bytes: UnsafeBufferPointer<UInt8>, catalog: IndicatorCatalog, ids: inout [String: Int32]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let indicator = Whitespace.trim(text) == text ? catalog.resolve(text) : nil
        let key = indicator.map { MeasurementCollector.id(of: $0.id, in: &ids) } ?? -1
        indicators.append(indicator?.id ?? "")
        indicatorKeys.append(key)
        lows.append(indicator?.range?.lowerBound ?? -.infinity)
        highs.append(indicator?.range?.upperBound ?? .infinity)
    }
}

extension MeasurementCollector {
    /// Reads one line as a plain row (`PlainLongRow`) and accepts it as `accept` would the
    /// general reader's row: counted, checked for duplicates on its integer key, then kept or
    /// set aside. False (nothing done) when the line is not plain: the general reader reads it.
    /// A duplicate is handed to `accept` with the row built in full, for its message.
    mutating func acceptPlain(_ line: UnsafeBufferPointer<UInt8>, line number: Int, offset: Int, layout: PlainLongRow.Layout,
                              place: CellPlace) -> Bool {
        guard let row = layout.read(line) else { return false }
        let indicatorBytes = UnsafeBufferPointer(rebasing: line[row.indicator])
        guard let (i, isNew) = plainNames.indicatorNumber(indicatorBytes) else { return false }
        if isNew {
            plainNames.resolveIndicator(indicatorBytes, catalog: lookup.indicators, ids: &indicatorIDs)
            let key = plainNames.indicatorKeys[i]
            let role = key < 0 ? .kept : asideRole(key, plainNames.indicators[i])
            plainNames.asideKinds.append(role == .plain ? 0 : role == .kept ? 1 : 2)
        }
        guard plainNames.indicatorKeys[i] >= 0 else { return false }
        guard let s = plainNames.scope(UnsafeBufferPointer(rebasing: line[row.scope]), lookup: &lookup, ids: &scopeIDs),
              row.value >= plainNames.lows[i], row.value <= plainNames.highs[i] else { return false }
        let month = YearMonth(row.year, row.month)
        if let plan, !plan.contains(month) { return false }
        set.rowsRead += 1
        let period = Int32(truncatingIfNeeded: row.year * 13 + row.month)
        if plainPlace < 0 {
            plainPlace = placeIndex(place.at(line: number))
            plainLayouts[Int(plainPlace)] = layout
        }
        // A row set aside is kept as a mark (its place and line) when it can be read again from
        // its file: four bytes, not an `Earlier`, so memory does not grow with the rows set aside.
        let asideKind = plainNames.asideKinds[i]
        let aside = keep.map { !$0.contains(month) && asideKind != 1 } ?? false
        let entry: DuplicateTable<Earlier>.Entry
        if aside, offset >= 0, let mark = Self.mark(place: Int(plainPlace), line: number) {
            if number >= lastIndexedLine &+ 1024 {
                lineIndex[Int(plainPlace), default: []].append((number, offset))
                lastIndexedLine = number
            }
            entry = .mark(mark)
        } else {
            entry = .value(Earlier(value: row.value, validDays: Int32(row.validDays), flags: 0, line: Int32(truncatingIfNeeded: number),
                                   place: plainPlace))
        }
        guard kept.insertIfAbsent(entry, period: period, scope: plainNames.scopeKeys[s], indicator: plainNames.indicatorKeys[i]) else {
            // A duplicate: the general path words it (and keeps nothing).
            var full = MeasurementRowReader.Row()
            let column = 1 + line[..<row.valueStart].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            let valueText = String(decoding: UnsafeBufferPointer(rebasing: line[row.valueStart...].prefix { $0 != UInt8(ascii: ",") }),
                                   as: UTF8.self)
            full.measurements = [(measurement(row, month: month, scope: plainNames.scopes[s], indicator: plainNames.indicators[i],
                                              line: line, number: number,
                                              place: place),
                                  CSVField(text: valueText, line: number, column: column))]
            accept(full)
            return true
        }
        if aside {
            set.setAside.add(.month(month))
            if asideKind == 2 {
                let indicator = plainNames.indicatorKeys[i]
                noteAside(asideRole(indicator, plainNames.indicators[i]), period: period, scope: plainNames.scopeKeys[s],
                          indicator: indicator, value: row.value, validDays: row.validDays < 0 ? nil : row.validDays,
                          place: plainPlace, line: number)
            }
        } else {
            set.measurements.append(measurement(row, month: month, scope: plainNames.scopes[s], indicator: plainNames.indicators[i],
                                                line: line, number: number, place: place))
        }
        return true
    }

    private func measurement(_ row: PlainLongRow, month: YearMonth, scope: String, indicator: String,
                             line: UnsafeBufferPointer<UInt8>, number: Int, place: CellPlace) -> TrackerModel.Measurement {
        var note: String?
        if !row.note.isEmpty {
            let text = Whitespace.trim(String(decoding: UnsafeBufferPointer(rebasing: line[row.note]), as: UTF8.self))
            note = text.isEmpty ? nil : text
        }
        return TrackerModel.Measurement(period: .month(month), scope: scope, indicator: indicator, value: row.value,
                                        validDays: row.validDays < 0 ? nil : row.validDays, flags: [], excludedDays: nil,
                                        note: note, source: place.at(line: number))
    }
}

extension MeasurementCollector {
    /// Lines up to 2²⁶ (67 million) of the first 31 places fit a mark.
    private static let lineBits = 26

    /// A mark for the row on `line` of the file at `place`: negative, never 0.
    static func mark(place: Int, line: Int) -> Int32? {
        guard place < 31, line > 0, line < 1 << lineBits else { return nil }
        return -Int32(place << lineBits | line)
    }

    /// The row a mark stands for, read again from its file: it was a plain row, so its line
    /// reads as one again. (Should the file have changed meanwhile, the value is not a number.)
    mutating func earlier(mark: Int32) -> Earlier {
        let code = -Int(mark)
        let place = code >> Self.lineBits, line = code & (1 << Self.lineBits - 1)
        let unreadable = Earlier(value: .nan, validDays: -1, flags: 0, line: Int32(line), place: Int32(place))
        guard let layout = plainLayouts[place], let index = lineIndex[place],
              let from = index.last(where: { $0.line <= line }),
              let bytes = Self.line(line - from.line, after: from.offset, in: places[place].file),
              let row = bytes.withUnsafeBufferPointer({ layout.read($0) }) else { return unreadable }
        return Earlier(value: row.value, validDays: Int32(row.validDays), flags: 0, line: Int32(line), place: Int32(place))
    }

    /// The bytes of the line `skip` lines after the one starting at `offset` in `file` (lines end
    /// as the tokenizer ends them: LF, CRLF or a lone CR), without its line end.
    private static func line(_ skip: Int, after offset: Int, in file: String) -> [UInt8]? {
        let fd = open(file, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var position = offset, toSkip = skip
        var line: [UInt8] = []
        var afterCR = false
        while true {
            let n = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(position)) }
            guard n > 0 else { return toSkip == 0 ? line : nil }
            position += n
            for k in 0..<n {
                let c = block[k]
                if afterCR {
                    afterCR = false
                    if c == 0x0A { continue }
                }
                if c == 0x0A || c == 0x0D {
                    if toSkip == 0 { return line }
                    toSkip -= 1
                    afterCR = c == 0x0D
                } else if toSkip == 0 {
                    line.append(c)
                }
            }
        }
    }
}
