import Foundation
import TrackerModel

/// What one table held besides its measurements, reported once for the table rather than once
/// per cell: cells without a value (empty or a marker such as `—`), periods written as Excel
/// serial numbers, notes and totals rows, and rows of indicators that are not in the catalog.
///
/// ```swift
/// var tally = TableTally()
/// tally.count(row)                                   // each data row
/// tally.note(record)                                 // a `合计` or `数据来源：…` row
/// diagnostics += tally.diagnostics(place: place)     // one line per kind, at its first place
/// ```
struct TableTally {
    /// Cells without a value, by what they held (`—`, `无数据`; "" for empty), in order of first use.
    private var noValue: [(text: String, count: Int)] = []
    /// The first cell with a written marker: where the table's one line about them points.
    private var firstNoValue: CSVField?
    private var writtenMarkers = 0
    /// Periods written as Excel serials: the first, how many, the months they span.
    private var firstSerial: (serial: Int, month: YearMonth, field: CSVField)?
    private var serialCount = 0
    private var serialMonths: ClosedRange<YearMonth>?
    /// Notes and totals rows: the first three (shown) and how many.
    private var notes: [CSVRecord] = []
    private var noteRows = 0

    mutating func note(_ record: CSVRecord) {
        noteRows += 1
        if notes.count < 3 { notes.append(record) }
    }
    /// Long layout: rows naming indicators not in the catalog: the first one's indicator cell,
    /// how many, and their distinct names (the first thousand; a name list, not the rows, is kept).
    private var firstForeign: CSVField?
    private var foreignRows = 0
    private var foreignNames: [String] = []
    private var foreignSeen: Set<String> = []

    mutating func foreign(_ field: CSVField) {
        if firstForeign == nil { firstForeign = field }
        foreignRows += 1
        let name = field.trimmed
        if foreignSeen.count < 1000, foreignSeen.insert(name).inserted { foreignNames.append(name) }
    }

    mutating func count(_ row: MeasurementRowReader.Row) {
        for (kind, field) in row.noValue {
            let text: String
            switch kind {
            case .empty: text = ""
            case .marker(let written):
                text = written
                writtenMarkers += 1
                if firstNoValue == nil { firstNoValue = field }
            }
            if let i = noValue.firstIndex(where: { $0.text == text }) { noValue[i].count += 1 } else { noValue.append((text, 1)) }
        }
        if let serial = row.serialPeriod {
            if firstSerial == nil { firstSerial = serial }
            serialCount += 1
            serialMonths = serialMonths.map { min($0.lowerBound, serial.month)...max($0.upperBound, serial.month) } ?? serial.month...serial.month
        }
    }

    func diagnostics(place: CellPlace) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Empty cells alone are the wide layout's ordinary "no value" and are not reported; a
        // written marker is, with the empty cells counted beside it.
        if let first = firstNoValue, writtenMarkers > 0 {
            let total = noValue.reduce(0) { $0 + $1.count }
            let parts = noValue.map { ($0.text.isEmpty ? "empty" : MeasurementText.code($0.text)) + " \($0.count)" }.joined(separator: ", ")
            out.append(Diagnostic(.warning, .cellsWithoutValue, at: place.at(first),
                "\(total) cell\(total == 1 ? " holds" : "s hold") no value and \(total == 1 ? "is" : "are") left out (\(parts))",
                fix: "nothing to do when the values were not measured; docs/measurements.md lists the markers read as no value"))
        }
        if let first = firstSerial, let months = serialMonths {
            let range = months.lowerBound == months.upperBound ? "\(months.lowerBound)" : "\(months.lowerBound) to \(months.upperBound)"
            out.append(Diagnostic(.warning, .excelSerialPeriod, at: place.at(first.field),
                serialCount == 1 ? "the period \(MeasurementText.code(String(first.serial))) is an Excel date serial number, read as the month it begins (\(first.serial) is \(first.month)-01)"
                    : "\(serialCount) periods are Excel date serial numbers, read as the months they begin (\(first.serial) is \(first.month)-01; months \(range))",
                fix: "check the months; in Excel, format the period column as text or as `yyyy-mm` before saving as CSV"))
        }
        if let first = notes.first {
            let shown = notes.map { record in
                let text = record.fields.map(\.trimmed).first(where: { !$0.isEmpty }) ?? ""
                return "\(place.rowName(record.line)) \(MeasurementText.code(String(text.prefix(20))))"
            }.joined(separator: ", ") + (noteRows > 3 ? ", …" : "")
            out.append(Diagnostic(.warning, .notesRowsSkipped, at: place.at(line: first.line),
                "\(noteRows == 1 ? "1 row is a note or a total and is" : "\(noteRows) rows are notes or totals and are") not read (\(shown))",
                fix: "nothing to do if these rows are not data; the scorecard forms totals and means itself"))
        }
        if let first = firstForeign {
            let names = foreignNames
            let more = names.count > 12 ? " and \(names.count - 12)\(names.count >= 1000 ? "+" : "") more" : ""
            let shown = names.prefix(12).map(MeasurementText.code).joined(separator: ", ") + more
            out.append(Diagnostic(.warning, .rowsOfUnknownIndicators, at: place.at(first),
                "\(foreignRows == 1 ? "1 row names" : "\(foreignRows) rows name") indicators that are not in the catalog and \(foreignRows == 1 ? "is" : "are") not read: \(shown)",
                fix: "to have one read, name it as the indicator catalog does (`tracker indicators` lists them)"))
        }
        return out
    }
}
