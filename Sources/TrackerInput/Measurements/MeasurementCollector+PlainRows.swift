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
/// names.scopes[0]?.name                                        // "德胜街道"
/// ```
struct PlainNames {
    struct ScopeEntry {
        var name: String
        /// The scope's number in duplicate keys (`MeasurementCollector.scopeIDs`).
        var key: Int32
    }

    struct IndicatorEntry {
        var id: String
        var key: Int32
        var low: Double
        var high: Double
        /// Kept whatever its period (a count of days or a share of days).
        var alwaysKept: Bool
    }

    private var scopeNames = ByteNameTable()
    private var indicatorNames = ByteNameTable()
    private(set) var scopes: [ScopeEntry?] = []
    private(set) var indicators: [IndicatorEntry?] = []

    /// The number of the scope spelt `bytes` in `scopes`, resolving it the first time; nil when
    /// the spelling is not plain (its entry is nil then too).
    mutating func scope(_ bytes: UnsafeBufferPointer<UInt8>, lookup: inout MeasurementLookup, ids: inout [String: Int32]) -> Int? {
        guard let (number, isNew) = scopeNames.number(of: bytes) else { return nil }
        if isNew {
            let text = String(decoding: bytes, as: UTF8.self)
            let scope = Whitespace.trim(text) == text ? lookup.scope(named: text) : nil
            scopes.append(scope.map { ScopeEntry(name: $0.name, key: MeasurementCollector.id(of: $0.name, in: &ids)) })
        }
        return scopes[number] == nil ? nil : number
    }

    /// As `scope`, for an indicator; `isNew` when it was resolved just now (its `alwaysKept` is
    /// then for the caller to settle, `settle`).
    mutating func indicator(_ bytes: UnsafeBufferPointer<UInt8>, catalog: IndicatorCatalog,
                            ids: inout [String: Int32]) -> (number: Int, isNew: Bool)? {
        guard let (number, isNew) = indicatorNames.number(of: bytes) else { return nil }
        if isNew {
            let text = String(decoding: bytes, as: UTF8.self)
            let indicator = Whitespace.trim(text) == text ? catalog.resolve(text) : nil
            indicators.append(indicator.map { indicator in
                IndicatorEntry(id: indicator.id, key: MeasurementCollector.id(of: indicator.id, in: &ids),
                               low: indicator.range?.lowerBound ?? -.infinity, high: indicator.range?.upperBound ?? .infinity,
                               alwaysKept: false)
            })
        }
        return indicators[number] == nil ? nil : (number, isNew)
    }

    mutating func settle(indicator number: Int, alwaysKept: Bool) {
        indicators[number]?.alwaysKept = alwaysKept
    }
}

extension MeasurementCollector {
    /// Reads one line as a plain row (`PlainLongRow`) and accepts it as `accept` would the
    /// general reader's row: counted, checked for duplicates on its integer key, then kept or
    /// set aside. False (nothing done) when the line is not plain: the general reader reads it.
    /// A duplicate is handed to `accept` with the row built in full, for its message.
    mutating func acceptPlain(_ line: UnsafeBufferPointer<UInt8>, line number: Int, layout: PlainLongRow.Layout,
                              place: CellPlace) -> Bool {
        guard let row = layout.read(line) else { return false }
        guard let (i, isNew) = plainNames.indicator(UnsafeBufferPointer(rebasing: line[row.indicator]), catalog: lookup.indicators,
                                                    ids: &indicatorIDs) else { return false }
        if isNew, let entry = plainNames.indicators[i] { plainNames.settle(indicator: i, alwaysKept: alwaysKept(entry.key, entry.id)) }
        guard let s = plainNames.scope(UnsafeBufferPointer(rebasing: line[row.scope]), lookup: &lookup, ids: &scopeIDs),
              let indicator = plainNames.indicators[i], let scope = plainNames.scopes[s],
              row.value >= indicator.low, row.value <= indicator.high else { return false }
        let month = YearMonth(row.year, row.month)
        if let plan, !plan.contains(month) { return false }
        set.rowsRead += 1
        let period = Int32(truncatingIfNeeded: row.year * 13 + row.month)
        if plainPlace < 0 { plainPlace = placeIndex(place.at(line: number)) }
        let earlier = Earlier(value: row.value, validDays: Int32(row.validDays), flags: 0, line: Int32(truncatingIfNeeded: number),
                              place: plainPlace)
        guard kept.insertIfAbsent(earlier, period: period, scope: scope.key, indicator: indicator.key) else {
            // A duplicate: the general path words it (and keeps nothing).
            var full = MeasurementRowReader.Row()
            let column = 1 + line[..<row.valueStart].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            let valueText = String(decoding: UnsafeBufferPointer(rebasing: line[row.valueStart...].prefix { $0 != UInt8(ascii: ",") }),
                                   as: UTF8.self)
            full.measurements = [(measurement(row, month: month, scope: scope.name, indicator: indicator.id, line: line, number: number,
                                              place: place),
                                  CSVField(text: valueText, line: number, column: column))]
            accept(full)
            return true
        }
        if let keep, !keep.contains(month), !indicator.alwaysKept {
            set.setAside.add(.month(month))
        } else {
            set.measurements.append(measurement(row, month: month, scope: scope.name, indicator: indicator.id, line: line,
                                                number: number, place: place))
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
