import Foundation
import TrackerModel

/// Finds the header row of a measurement table as monitoring centres send them: a title
/// (`2025年1-3月西城区各街道环境质量监测数据`), a unit line or blank rows may stand above it. The
/// header is the first of the first 20 filled rows that reads as one (`MeasurementHeader`), or
/// exactly the row the user names (`--header-row N`, a line of a CSV file or a row of a sheet).
/// Rows above the header are passed over with a note. When no row is a header, the problems of
/// the likeliest one are reported: the first naming two known columns, else the first row.
///
/// ```swift
/// var search = HeaderSearch(place: CellPlace(file: "a.csv"), lookup: lookup, headerRow: nil)
/// let found = search.run(&records)   // title on line 1, header on line 2
/// found.header?.line                 // 2
/// ```
struct HeaderSearch {
    /// How many filled rows are looked at for the header.
    static let rowsSearched = 20

    let place: CellPlace
    var lookup: MeasurementLookup
    let headerRow: Int?

    struct Found {
        var header: MeasurementHeader?
        var problems: [Diagnostic] = []
        /// The table holds no filled row at all.
        var empty = false
    }

    mutating func run<Records: IteratorProtocol<CSVRecord>>(_ records: inout Records) -> Found {
        if let headerRow { return named(headerRow, &records) }
        var above: [CSVRecord] = []
        var likeliest: CSVRecord?
        while above.count < Self.rowsSearched, let record = records.next() {
            if record.isBlank { continue }
            var scratch = lookup
            let (header, problems) = MeasurementHeader.read(record, place: place, lookup: &scratch)
            if let header {
                lookup = scratch
                return Found(header: header, problems: problems + passedOver(above, header: header))
            }
            // A data row before any header: the table has none; look no further.
            if isData(record) {
                if let row = likeliest ?? above.first { return reportOn(row) }
                return Found(header: nil, problems: problems)
            }
            if likeliest == nil, namesKnownColumns(record) { likeliest = record }
            above.append(record)
        }
        guard let first = above.first else { return Found(header: nil, empty: true) }
        return reportOn(likeliest ?? first)
    }

    /// `--header-row N`: that row, whatever stands above it.
    private mutating func named<Records: IteratorProtocol<CSVRecord>>(_ line: Int, _ records: inout Records) -> Found {
        var last = 0
        var reached = false
        while let record = records.next() {
            guard record.line >= line else { last = max(last, record.line); continue }
            reached = true
            guard record.line == line, !record.isBlank else { break }
            let (header, problems) = MeasurementHeader.read(record, place: place, lookup: &lookup)
            return Found(header: header, problems: problems)
        }
        let what = reached ? "is empty" : "is past the end of \(place.noun) (its last filled \(place.sheet == nil ? "line" : "row") is \(last))"
        return Found(header: nil, problems: [Diagnostic(.error, .headerRowEmpty, at: place.at(line: line),
            "--header-row \(line): \(place.rowName(line)) \(what)",
            fix: "name the \(place.sheet == nil ? "line" : "row") that holds the column names, or leave out --header-row to have it found")])
    }

    private mutating func reportOn(_ record: CSVRecord) -> Found {
        Found(header: nil, problems: MeasurementHeader.read(record, place: place, lookup: &lookup).1)
    }

    private func isData(_ record: CSVRecord) -> Bool {
        guard let first = record.fields.first?.trimmed, !first.isEmpty else { return false }
        return MeasurementPeriod.parse(first) != nil || MeasurementPeriod.excelSerial(first) != nil
    }

    /// Two or more cells name known columns or indicators (one, such as `说明`, may be a title).
    private func namesKnownColumns(_ record: CSVRecord) -> Bool {
        record.fields.filter { field in
            let text = field.trimmed
            return !text.isEmpty && (MeasurementColumn(header: text) != nil || MeasurementHeader.resolveIndicator(text, lookup.indicators) != nil)
        }.count >= 2
    }

    /// A note naming the rows above the header (a title, a unit line), so that nothing is passed
    /// over unseen.
    private func passedOver(_ above: [CSVRecord], header: MeasurementHeader) -> [Diagnostic] {
        guard let first = above.first else { return [] }
        let text = first.fields.map(\.trimmed).filter { !$0.isEmpty }.joined(separator: " ")
        let rows = above.count == 1 ? "1 row" : "\(above.count) rows"
        return [Diagnostic(.note, .rowsAboveHeader, at: place.at(line: first.line),
            "the header is on \(place.rowName(header.line)); \(rows) above it (\(MeasurementText.code(text))\(above.count > 1 ? ", …" : "")) \(above.count == 1 ? "is" : "are") not read",
            fix: "pass --header-row \(header.line) to name the header row yourself")]
    }
}
