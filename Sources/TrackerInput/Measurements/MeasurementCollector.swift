import Foundation
import TrackerModel

/// Gathers the measurements of one or more files into one set: decodes, tokenizes, reads the
/// header and rows, and decides per row whether it is used, reported or (lenient) skipped.
/// Duplicates are checked across all files read into the same collector.
///
/// A row with any problem contributes no measurement, so the set holds only good rows. Without
/// `lenient` its problems are errors; with it the row is listed in `skipped` (one entry per row:
/// its first problem, the others counted in the message) and `rowsUsed` stays exact.
///
/// ```swift
/// var collector = MeasurementCollector(indicators: catalog, scopes: scopes, lenient: false, plan: .year(2025))
/// collector.read(data, file: "a.csv", encoding: nil)
/// collector.set.measurements.count
/// collector.diagnostics.hasErrors
/// ```
struct MeasurementCollector {
    private struct Key: Hashable {
        var period: TrackerModel.Measurement.Period
        var scope: String
        var indicator: String
    }

    private(set) var set = MeasurementSet()
    private(set) var diagnostics: [Diagnostic] = []
    private var lookup: MeasurementLookup
    private let lenient: Bool
    private let plan: Period?
    private var kept: [Key: TrackerModel.Measurement] = [:]

    init(indicators: IndicatorCatalog, scopes: ScopeDirectory, lenient: Bool, plan: Period?) {
        lookup = MeasurementLookup(indicators: indicators, scopes: scopes)
        self.lenient = lenient
        self.plan = plan
    }

    mutating func readFile(_ path: String, encoding: TextEncoding?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(.error, at: nil, "cannot read \(path)", fix: "check that the file exists and is readable"))
            return
        }
        read(data, file: path, encoding: encoding)
    }

    mutating func read(_ data: Data, file: String, encoding: TextEncoding?) {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(data, file: file, encoding: encoding) {
        case .success(let d): decoded = d
        case .failure(let problem): diagnostics.append(problem); return
        }
        let (records, csvProblems) = CSVTokenizer.records(in: decoded.text, file: file)
        diagnostics += csvProblems
        // `,,,` rows (Excel writes them below a table) hold nothing, like blank lines.
        let filled = records.filter { !$0.isBlank }
        guard let headerRecord = filled.first else {
            if csvProblems.isEmpty {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1), "the file is empty",
                    fix: "start it with a header row such as `period,scope,indicator,value`, then one row per month, scope and indicator"))
            }
            return
        }
        let (found, headerProblems) = MeasurementHeader.read(headerRecord, file: file, lookup: &lookup)
        diagnostics += headerProblems
        guard let header = found else { return }
        let encodingName = decoded.encoding == .utf8 && decoded.hadByteOrderMark ? "utf-8 with BOM" : decoded.encoding.rawValue
        set.sources.append(MeasurementSet.Source(file: file, encoding: encodingName, layout: header.layout.rawValue))
        let rows = filled.dropFirst()
        if rows.isEmpty && csvProblems.isEmpty {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, line: header.line),
                "the file has a header but no data rows", fix: "add one row per month, scope and indicator below the header"))
        }
        let reader = MeasurementRowReader(file: file, header: header, plan: plan)
        for record in rows {
            set.rowsRead += 1
            accept(reader.read(record, lookup: &lookup))
        }
    }

    private mutating func accept(_ row: MeasurementRowReader.Row) {
        var problems = row.problems
        var repeats: [Diagnostic] = []
        var fresh: [(Key, TrackerModel.Measurement)] = []
        for (m, valueField) in row.measurements {
            let key = Key(period: m.period, scope: m.scope, indicator: m.indicator)
            let here = SourceLocation(file: m.source.file,
                                      line: valueField.line, column: valueField.column)
            guard let earlier = kept[key] else { fresh.append((key, m)); continue }
            let what = "\(lookup.indicators[m.indicator]?.zh ?? m.indicator) of \(m.scope) for \(m.period)"
            let there = earlier.source.file == m.source.file ? "line \(earlier.source.line)" : "\(earlier.source.file):\(earlier.source.line)"
            if let difference = difference(m, earlier) {
                problems.append(Diagnostic(.error, at: here,
                    "\(what) is given twice: \(difference.here) here, \(difference.there) on \(there)",
                    fix: "keep the correct row and delete the other"))
            } else {
                repeats.append(Diagnostic(.warning, at: here, "\(what) is given twice with the same value (also on \(there))",
                    fix: "delete one of the two rows"))
            }
        }
        if problems.isEmpty {
            for (key, m) in fresh {
                kept[key] = m
                set.measurements.append(m)
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

    /// How two readings of one period, scope and indicator differ (value, valid days, flags),
    /// described for each side; nil when they agree. A differing note alone is not a conflict.
    private func difference(_ a: TrackerModel.Measurement, _ b: TrackerModel.Measurement) -> (here: String, there: String)? {
        if a.value != b.value {
            let unit = lookup.indicators[a.indicator]?.unit
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
