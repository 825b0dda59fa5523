import Foundation
import TrackerModel

/// What a measurement file's header row says: the layout, where each named column is, and in the
/// wide layout which indicator (and unit) each remaining column holds.
///
/// ```swift
/// var lookup = MeasurementLookup(indicators: catalog, scopes: scopes)
/// let (header, problems) = MeasurementHeader.read(record, place: CellPlace(file: "a.csv"), lookup: &lookup)
/// // period,scope,PM2.5(mg/m³),优良天数比率
/// header?.layout                          // .wide
/// header?.indicatorColumns.map(\.unit)    // [.milligramPerCubicMetre, nil]
/// ```
struct MeasurementHeader {
    /// A wide-layout column: which field, which indicator, and the unit its header states.
    struct IndicatorColumn {
        var index: Int
        var indicator: Indicator
        var unit: Unit?
        /// Whether the header states a unit (`PM2.5(µg/m³)`), even the catalog's own.
        var unitStated = false
    }

    var layout: MeasurementLayout
    var line: Int
    var fieldCount: Int
    /// Field index of each named column.
    var columns: [MeasurementColumn: Int]
    /// Wide layout: the columns that resolved to an indicator (others were reported).
    var indicatorColumns: [IndicatorColumn]
    /// Long layout: a unit in the value column's header (`数值(mg/m³)`), for rows without one.
    var valueUnit: Unit?
    /// Columns with an empty header, in order: a value under one would be lost, so rows must
    /// leave them empty.
    var unnamed: [Int]

    /// The header, or nil when the rows cannot be read (no layout, a required column missing);
    /// with every problem of the header either way.
    static func read(_ record: CSVRecord, place: CellPlace, lookup: inout MeasurementLookup) -> (MeasurementHeader?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        func at(_ field: CSVField) -> SourceLocation { place.at(field) }
        let cells = record.fields
        let rowStart = place.at(line: record.line, column: cells.first?.column ?? 1)

        if let first = cells.first?.trimmed, MeasurementPeriod.parse(first) != nil {
            problems.append(Diagnostic(.error, .noHeaderRow, at: rowStart, "\(place.noun) has no header row: the first row is data",
                fix: "add a header row: \(MeasurementColumn.longLayout) (long layout) or \(MeasurementColumn.wideLayout) (wide layout)"))
            return (nil, problems)
        }

        var columns: [MeasurementColumn: Int] = [:]
        var valueUnit: Unit?
        var others: [Int] = []
        var unnamed: [Int] = []
        for (index, field) in cells.enumerated() {
            let text = field.trimmed
            if text.isEmpty { unnamed.append(index); continue }
            var column = MeasurementColumn(header: text)
            var bracketUnit: String?
            if column == nil, let split = splitTrailingUnit(text), let named = MeasurementColumn(header: split.name) {
                column = named
                bracketUnit = split.unit
            }
            guard let column else { others.append(index); continue }
            if let earlier = columns[column] {
                problems.append(Diagnostic(.error, .repeatedColumn, at: at(field),
                    "column \(MeasurementText.code(text)) repeats \(MeasurementText.code(cells[earlier].trimmed))",
                    fix: "keep one of the two columns"))
                continue
            }
            columns[column] = index
            if column == .value, let bracketUnit {
                if let unit = Unit(parsing: bracketUnit) { valueUnit = unit } else {
                    problems.append(unknownUnit(bracketUnit, header: text, of: nil, at: at(field)))
                }
            }
        }

        let layout: MeasurementLayout
        if columns[.indicator] != nil || columns[.value] != nil {
            layout = .long
        } else if columns[.period] != nil && columns[.scope] != nil && !others.isEmpty
                    || others.contains(where: { resolveIndicator(cells[$0].trimmed, lookup.indicators) != nil }) {
            layout = .wide
        } else {
            let names = cells.prefix(6).map { MeasurementText.code($0.trimmed) }.joined(separator: ", ") + (cells.count > 6 ? ", …" : "")
            if cells.count == 1, let separator = [";", "\t", "|"].first(where: { cells[0].text.contains($0) }) {
                problems.append(Diagnostic(.error, .singleColumnHeader, at: rowStart,
                    "the header row is a single column \(MeasurementText.code(cells[0].trimmed))",
                    fix: "separate the columns with commas (this file seems to use \(separator == "\t" ? "tabs" : "`\(separator)`")); save it as CSV from the spreadsheet program"))
            } else {
                problems.append(Diagnostic(.error, .unknownLayout, at: rowStart,
                    "the header row matches neither measurement layout (it names \(names))",
                    fix: "start \(place.noun) with \(MeasurementColumn.longLayout) (long layout) or \(MeasurementColumn.wideLayout) (wide layout)"))
            }
            return (nil, problems)
        }

        let required: [MeasurementColumn] = layout == .long ? [.period, .scope, .indicator, .value] : [.period, .scope]
        let shape = layout == .long ? MeasurementColumn.longLayout : MeasurementColumn.wideLayout
        var missing = false
        for column in required where columns[column] == nil {
            missing = true
            problems.append(Diagnostic(.error, .missingColumn, at: rowStart, "the header has no `\(column.rawValue)` column",
                fix: "add it (also accepted: \(column.alsoAccepted)); the \(layout.rawValue) layout is \(shape)"))
        }

        var indicatorColumns: [IndicatorColumn] = []
        switch layout {
        case .long:
            if let first = others.first {
                problems.append(Diagnostic(.warning, .unknownColumn, at: at(cells[first]),
                    "\(skippedColumns(others.map { cells[$0].trimmed }))",
                    fix: "the long layout reads \(MeasurementColumn.allCases.map(\.rawValue).joined(separator: ", ")); rename a column to have it read"))
            }
        case .wide:
            if let unitColumn = columns[.unit] {
                problems.append(Diagnostic(.warning, .unitColumnInWideLayout, at: at(cells[unitColumn]),
                    "the `\(cells[unitColumn].trimmed)` column is not read: in the wide layout each indicator column has its own unit",
                    fix: "put the unit in each indicator's header when it is not the catalog's, e.g. `PM2.5(mg/m³)`"))
                columns[.unit] = nil
            }
            var skipped: [Int] = []
            var seen: [String: Int] = [:]
            for index in others {
                let field = cells[index]
                let text = field.trimmed
                switch resolveIndicator(text, lookup.indicators) {
                case .none:
                    // Almost an indicator's name: a typo of a column the plan may need. Anything
                    // else (PM10, 综合指数, 排名, 序号 …) is more than the plan needs: skipped.
                    let name = splitTrailingUnit(text)?.name ?? text
                    guard let near = lookup.indicatorSuggestion(for: name) else { skipped.append(index); continue }
                    problems.append(Diagnostic(.error, .measurementUnknownIndicator, at: at(field), "unknown indicator \(MeasurementText.code(name)) in the header",
                        fix: "did you mean `\(near)`?"))
                case .some(.badUnit(let unitText, let indicator)):
                    problems.append(unknownUnit(unitText, header: text, of: indicator, at: at(field)))
                case .some(.found(let indicator, let unit)):
                    if let earlier = seen[indicator.id] {
                        problems.append(Diagnostic(.error, .repeatedColumn, at: at(field),
                            "column \(MeasurementText.code(text)) repeats \(MeasurementText.code(cells[earlier].trimmed)) (both are \(indicator.zh))",
                            fix: "keep one of the two columns"))
                        continue
                    }
                    if let unit, !unit.converts(to: indicator.unit) {
                        problems.append(Diagnostic(.error, .unitNotConvertible, at: at(field),
                            "`\(unit.symbol)` cannot be converted to `\(indicator.unit.symbol)`, the unit of \(indicator.zh)",
                            fix: "give the column's values in `\(indicator.unit.symbol)`"))
                        continue
                    }
                    seen[indicator.id] = index
                    indicatorColumns.append(IndicatorColumn(index: index, indicator: indicator, unit: unit == indicator.unit ? nil : unit,
                                                           unitStated: unit != nil))
                }
            }
            if let first = skipped.first {
                problems.append(Diagnostic(.warning, .unknownColumn, at: at(cells[first]),
                    "\(skippedColumns(skipped.map { cells[$0].trimmed })) (\(skipped.count == 1 ? "not an indicator" : "not indicators") of the catalog)",
                    fix: "to have one read, name it as the indicator catalog does (`tracker indicators` lists them)"))
            }
        }
        guard !missing else { return (nil, problems) }
        return (MeasurementHeader(layout: layout, line: record.line, fieldCount: cells.count, columns: columns,
                                  indicatorColumns: indicatorColumns, valueUnit: valueUnit, unnamed: unnamed), problems)
    }

    /// `columns `PM10`, `NO2` are not read`: one sentence for all the columns a table carries
    /// beyond what is read.
    static func skippedColumns(_ names: [String]) -> String {
        let shown = names.prefix(12).map(MeasurementText.code).joined(separator: ", ") + (names.count > 12 ? " and \(names.count - 12) more" : "")
        return names.count == 1 ? "column \(shown) is not read" : "\(names.count) columns are not read: \(shown)"
    }

    enum IndicatorHeader {
        case found(Indicator, Unit?)
        /// The name resolved but the bracketed unit did not parse.
        case badUnit(String, Indicator)
    }

    /// `PM2.5`, `PM2.5(µg/m³)`, `PM2.5（微克/立方米）`; an alias that itself ends in brackets
    /// (`重污染天数（天）`, `便民回收渠道布局小区(村)`) is tried whole first.
    static func resolveIndicator(_ text: String, _ indicators: IndicatorCatalog) -> IndicatorHeader? {
        if let indicator = indicators.resolve(text) { return .found(indicator, nil) }
        guard let split = splitTrailingUnit(text), let indicator = indicators.resolve(split.name) else { return nil }
        guard let unit = Unit(parsing: split.unit) else { return .badUnit(split.unit, indicator) }
        return .found(indicator, unit)
    }

    /// Splits `name(unit)` at its trailing bracket group (`()`, `（）`, `[]`, `【】`, nesting
    /// allowed: `降尘量(吨/(平方公里·月))`); nil when the text does not end in one.
    static func splitTrailingUnit(_ text: String) -> (name: String, unit: String)? {
        let opening: Set<Unicode.Scalar> = ["(", "（", "[", "【"]
        let closing: Set<Unicode.Scalar> = [")", "）", "]", "】"]
        let scalars = Array(text.unicodeScalars)
        guard let last = scalars.last, closing.contains(last) else { return nil }
        var depth = 0
        var i = scalars.count - 1
        while i >= 0 {
            if closing.contains(scalars[i]) { depth += 1 }
            if opening.contains(scalars[i]) {
                depth -= 1
                if depth == 0 { break }
            }
            i -= 1
        }
        guard i > 0 else { return nil }
        var name = String.UnicodeScalarView(), unit = String.UnicodeScalarView()
        name.append(contentsOf: scalars[..<i])
        unit.append(contentsOf: scalars[(i + 1)..<(scalars.count - 1)])
        let trimmedName = String(name).trimmingCharacters(in: .whitespaces)
        guard !trimmedName.isEmpty else { return nil }
        return (trimmedName, String(unit).trimmingCharacters(in: .whitespaces))
    }

    /// The fix names the indicator's own unit when the column is known to hold one indicator (a
    /// wide-layout column), as the long layout's `unit` column does; a value column may hold any.
    private static func unknownUnit(_ unit: String, header: String, of indicator: Indicator?, at location: SourceLocation) -> Diagnostic {
        let write = indicator.map { "write `\($0.unit.symbol)` (the unit of \($0.zh)) or a unit that converts to it" }
            ?? "write a unit such as `µg/m³`, `mg/m³` or `%`"
        return Diagnostic(.error, .measurementUnknownUnit, at: location, "unknown unit \(MeasurementText.code(unit)) in the header \(MeasurementText.code(header))",
                          fix: "\(write), or drop the brackets to use the indicator's own unit")
    }
}
