import Foundation
import TrackerModel

/// Reads the data rows of one measurement file against its header: each row becomes zero or
/// more measurements (one in the long layout, one per filled indicator cell in the wide
/// layout) and every problem of the row, each at its field's line and column.
///
/// A row's problems are all collected, not only the first, so that one pass over a file gives
/// its author the whole list to fix.
///
/// ```swift
/// let reader = MeasurementRowReader(place: CellPlace(file: "a.csv"), header: header, plan: .year(2025))
/// let row = reader.read(record, lookup: &lookup)
/// row.measurements.first?.measurement.value   // 48.2
/// row.problems                                // [] for a good row
/// ```
struct MeasurementRowReader {
    struct Row {
        /// Each measurement with the field its value came from (where a duplicate is reported).
        var measurements: [(measurement: TrackerModel.Measurement, valueField: CSVField)] = []
        /// Problems that make the whole row unusable (its period, scope, valid days, field count …).
        var problems: [Diagnostic] = []
        /// Problems of single value cells of the wide layout: under `--lenient` they cost their
        /// cell only, never the row's other values.
        var cellProblems: [Diagnostic] = []
        /// Value cells without a value: empty, or a marker such as `—` or `无数据`.
        var noValue: [(kind: MissingValueMarker.Kind, field: CSVField)] = []
        /// The period cell was an Excel serial number on the first day of a month, read as that month.
        var serialPeriod: (serial: Int, month: YearMonth, field: CSVField)?
        /// Long layout: the indicator the row names is not in the catalog and near none of its
        /// names (PM10, 综合指数 …): the row is more than the plan needs and is not read.
        var foreignIndicator: CSVField?

    }

    let place: CellPlace
    let header: MeasurementHeader
    /// The plan period; months outside it are errors.
    let plan: Period?
    /// `header.columns` as an array in `MeasurementColumn.allCases` order: a row asks for its
    /// columns by position, not by hashing.
    private let columnIndexes: [Int?]

    init(place: CellPlace, header: MeasurementHeader, plan: Period?) {
        self.place = place
        self.header = header
        self.plan = plan
        columnIndexes = MeasurementColumn.allCases.map { header.columns[$0] }
    }

    func read(_ record: CSVRecord, lookup: inout MeasurementLookup) -> Row {
        var row = Row()
        let fields = record.fields
        guard fields.count == header.fieldCount else {
            let more = fields.count > header.fieldCount
            // More: point at the first field too many; fewer: at the last field there is.
            let field = more ? fields[header.fieldCount] : fields[fields.count - 1]
            row.problems.append(Diagnostic(.error, .rowFieldCount, at: location(field),
                "the row has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(header.fieldCount)",
                fix: more ? "remove the extra fields, or put a value that contains a comma in quotes, e.g. `\"1,234.5\"`"
                          : "add the missing fields (an empty value still needs its comma)"))
            return row
        }
        for index in header.unnamed where !fields[index].trimmed.isEmpty {
            row.problems.append(Diagnostic(.error, .valueWithoutColumn, at: location(fields[index]), "a value under a column without a header",
                fix: "name the column in the header, or delete the value"))
        }
        func field(_ column: MeasurementColumn) -> CSVField? {
            columnIndexes[column.position].flatMap { $0 < fields.count ? fields[$0] : nil }
        }
        // Long layout: the indicator is resolved once, here; a name near none of the catalog's is
        // more than the plan needs and the row is not read.
        var resolved: Indicator?
        if header.layout == .long, let indicatorField = field(.indicator), case let text = indicatorField.trimmed, !text.isEmpty {
            resolved = lookup.indicators.resolve(text)
            if resolved == nil, lookup.indicatorSuggestion(for: text) == nil {
                row.foreignIndicator = indicatorField
                return row
            }
        }

        let period = field(.period).flatMap { readPeriod($0, into: &row) }
        let scope = field(.scope).flatMap { readScope($0, lookup: &lookup, into: &row.problems) }
        let validDays = field(.validDays).flatMap { readValidDays($0, period: period, into: &row.problems) }
        let flags = field(.flag).map { readFlags($0, into: &row.problems) } ?? []
        let note = field(.note).map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }

        func add(_ indicator: Indicator, _ value: Double, _ valueField: CSVField, validDays: Int?, excludedDays: ExcludedDays? = nil) {
            guard let period, let scope else { return }
            let m = TrackerModel.Measurement(period: period, scope: scope.name, indicator: indicator.id, value: value,
                                             validDays: validDays, flags: flags, excludedDays: excludedDays, note: note,
                                             source: place.at(line: record.line))
            row.measurements.append((m, valueField))
        }

        switch header.layout {
        case .long:
            guard let indicatorField = field(.indicator), let valueField = field(.value) else { return row }
            let indicator = resolved ?? readIndicator(indicatorField, lookup: &lookup, into: &row.problems)
            let unitField = field(.unit).flatMap { $0.trimmed.isEmpty ? nil : $0 }
            var unit = header.valueUnit
            var unitUsable = true
            if let unitField {
                unit = Unit(parsing: unitField.trimmed)
                if unit == nil {
                    unitUsable = false
                    row.problems.append(Diagnostic(.error, .measurementUnknownUnit, at: location(unitField), "unknown unit \(MeasurementText.code(unitField.trimmed))",
                        fix: indicator.map { "write `\($0.unit.symbol)` (the unit of \($0.zh)) or a unit that converts to it, or leave the unit empty" }
                            ?? "write a unit such as `µg/m³`, `mg/m³` or `%`, or leave it empty for the indicator's own unit"))
                }
            }
            if let indicator, let unit, !unit.converts(to: indicator.unit) {
                unitUsable = false
                row.problems.append(Diagnostic(.error, .unitNotConvertible, at: location(unitField ?? valueField),
                    "`\(unit.symbol)` cannot be converted to `\(indicator.unit.symbol)`, the unit of \(indicator.zh)",
                    fix: "give the value in `\(indicator.unit.symbol)`"))
            }
            if let none = MissingValueMarker.kind(of: valueField.text) {
                // No value this month: counted and reported once for the table, never an error.
                if indicator != nil { row.noValue.append((none, valueField)) }
            } else if let value = readValue(valueField, indicator: indicator, unit: unitUsable ? unit : nil,
                                            convert: unitUsable, into: &row.problems), let indicator {
                let excluded = readExcludedDays(field, period: period, indicator: indicator, unit: unitUsable ? unit : nil,
                                                convert: unitUsable, into: &row.problems)
                if excluded.usable { add(indicator, value, valueField, validDays: validDays, excludedDays: excluded.days) }
            }
        case .wide:
            if let excluded = field(.excludedDays), !excluded.trimmed.isEmpty {
                row.problems.append(Diagnostic(.error, .excludedDaysInWideLayout, at: location(excluded), "`excluded_days` needs one indicator per row",
                    fix: "use the long layout (`period,scope,indicator,value,…`) for months with excluded days"))
            }
            for column in header.indicatorColumns where column.index < fields.count {
                let valueField = fields[column.index]
                // An empty cell or a marker (`—`, `/`, `无数据` …) is a month without a value for
                // that indicator, as in a spreadsheet.
                if let none = MissingValueMarker.kind(of: valueField.text) {
                    row.noValue.append((none, valueField))
                    continue
                }
                if let value = readValue(valueField, indicator: column.indicator, unit: column.unit, convert: true, into: &row.cellProblems) {
                    add(column.indicator, value, valueField, validDays: column.indicator.weighsValidDays ? validDays : nil)
                }
            }
        }
        return row
    }

    private func location(_ field: CSVField) -> SourceLocation {
        place.at(field)
    }

    private static let periodFix = "write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value"

    private func readPeriod(_ field: CSVField, into row: inout Row) -> TrackerModel.Measurement.Period? {
        let text = field.trimmed
        guard !text.isEmpty else {
            row.problems.append(Diagnostic(.error, .emptyPeriod, at: location(field), "the period is empty", fix: Self.periodFix))
            return nil
        }
        var parsed = MeasurementPeriod.parse(text)
        // `45658`: a date cell that lost its format on the way to CSV. The first of a month is that
        // month (reported once for the table); another day is refused below with the date it is.
        if parsed == nil, let (serial, day) = MeasurementPeriod.excelSerial(text), day.day == 1 {
            row.serialPeriod = (serial, day.yearMonth, field)
            parsed = .month(day.yearMonth)
        }
        return checkedPeriod(parsed, field, into: &row.problems)
    }

    private func checkedPeriod(_ parsed: TrackerModel.Measurement.Period?, _ field: CSVField,
                               into problems: inout [Diagnostic]) -> TrackerModel.Measurement.Period? {
        let text = field.trimmed
        guard let period = parsed else {
            // A date on another day than the 1st: say so, rather than that it is no period at all.
            if let date = MonthDate.parse(text) {
                problems.append(Diagnostic(.error, .dateInsteadOfMonth, at: location(field),
                    "\(MeasurementText.code(text)) is a date, not a month (only the 1st of a month is read as the month)",
                    fix: "write the month the value is for as `YYYY-MM`, e.g. `\(YearMonth(date.year, date.month))`"))
                return nil
            }
            if let hint = MeasurementPeriod.hint(for: text) {
                problems.append(Diagnostic(.error, .unreadablePeriod, at: location(field), "\(MeasurementText.code(text)) \(hint.message)", fix: hint.fix))
                return nil
            }
            problems.append(Diagnostic(.error, .unreadablePeriod, at: location(field),
                "\(MeasurementText.code(text)) is not a month (`YYYY-MM`) or a year (`YYYY`)", fix: Self.periodFix))
            return nil
        }
        if let plan, !period.isWithin(plan) {
            problems.append(Diagnostic(.error, .periodOutsidePlan, at: location(field), "\(period) is outside the plan period \(plan)",
                fix: "correct the period or remove the row; the plan covers \(plan.first) to \(plan.last)"))
            return nil
        }
        return period
    }

    private func readScope(_ field: CSVField, lookup: inout MeasurementLookup, into problems: inout [Diagnostic]) -> Scope? {
        let text = field.trimmed
        guard !text.isEmpty else {
            problems.append(Diagnostic(.error, .emptyScope, at: location(field), "the scope is empty",
                fix: "name the district or street, e.g. `西城区` or `德胜街道`"))
            return nil
        }
        guard let scope = lookup.rowScope(named: text) else {
            problems.append(Diagnostic(.error, .measurementUnknownScope, at: location(field), "unknown scope \(MeasurementText.code(text))",
                fix: lookup.scopeFix(for: text)))
            return nil
        }
        return scope
    }

    private func readIndicator(_ field: CSVField, lookup: inout MeasurementLookup, into problems: inout [Diagnostic]) -> Indicator? {
        let text = field.trimmed
        guard !text.isEmpty else {
            problems.append(Diagnostic(.error, .emptyIndicator, at: location(field), "the indicator is empty",
                fix: "name the indicator by its id or Chinese name, e.g. `pm25_annual_mean` or `PM2.5年均浓度`"))
            return nil
        }
        guard let indicator = lookup.indicators.resolve(text) else {
            problems.append(Diagnostic(.error, .measurementUnknownIndicator, at: location(field), "unknown indicator \(MeasurementText.code(text))",
                fix: lookup.indicatorFix(for: text)))
            return nil
        }
        return indicator
    }

    /// The value in the indicator's unit, or nil with the problem recorded. Without an
    /// indicator (unknown) the number is still checked; with `convert` false the unit was
    /// already reported and only the number is checked.
    private func readValue(_ field: CSVField, indicator: Indicator?, unit: Unit?, convert: Bool,
                           into problems: inout [Diagnostic]) -> Double? {
        let text = field.trimmed
        guard let parsed = NumberText.parse(text) else {
            let accepted = "write a number such as `48.2`; `78%`, `1,234.5` and full-width digits are accepted"
            let code = MeasurementText.code(text)
            let problem: Diagnostic = switch NumberText.refusal(text) {
            case .tooLarge: Diagnostic(.error, .numberTooLarge, at: location(field), "\(code) is too large for a number (beyond 1.8e308)",
                                       fix: "check the value and its exponent; \(accepted)")
            case .notAValue: Diagnostic(.error, .missingValueMarker, at: location(field), "\(code) is not a value (it marks a missing one)",
                                        fix: "write the value; when there is none, delete the row (long layout) or leave the cell empty (wide layout)")
            case .infinite: Diagnostic(.error, .infiniteValue, at: location(field), "\(code) is infinite, not a measured value (a division by zero where it was computed?)",
                                       fix: "write the measured value; when there is none, delete the row (long layout) or leave the cell empty (wide layout)")
            case .otherDigits: Diagnostic(.error, .otherScriptDigits, at: location(field), "\(code) is written with digits of another script",
                                          fix: "write it with the digits 0–9 (full-width ０–９ are accepted too)")
            case .notANumber: Diagnostic(.error, .notANumber, at: location(field), "\(code) is not a number", fix: accepted)
            }
            problems.append(problem)
            return nil
        }
        guard let indicator, convert else { return nil }
        let from = unit ?? indicator.unit
        if parsed.percent && from != .percent {
            problems.append(Diagnostic(.error, .percentForNonPercentUnit, at: location(field),
                "\(MeasurementText.code(text)) is a percentage, but \(indicator.zh) is measured in `\(from.symbol)`",
                fix: "write the value in `\(from.symbol)`, without `%`"))
            return nil
        }
        guard var value = from.convert(parsed.value, to: indicator.unit) else { return nil }
        if from != indicator.unit { value = Self.roundConverted(value, decimalsWritten: Self.decimals(in: text)) }
        if let range = indicator.range, !range.contains(value) {
            problems.append(Diagnostic(.error, .valueOutsideRange, at: location(field),
                "\(MeasurementText.amount(value, indicator.unit)) is outside the range of \(indicator.zh) (\(MeasurementText.number(range.lowerBound)) to \(MeasurementText.amount(range.upperBound, indicator.unit)))",
                fix: "check the value and its unit"))
            return nil
        }
        return value
    }

    /// Conversions are by powers of ten up to 10⁴, so the exact result has at most four more
    /// decimals than were written; rounding there removes binary noise (0.035 mg/m³ → 35 µg/m³,
    /// not 35.00000000000001).
    static func roundConverted(_ value: Double, decimalsWritten: Int?) -> Double {
        guard let written = decimalsWritten else { return value }
        let scale = pow(10, Double(min(written + 4, 15)))
        let scaled = value * scale
        guard abs(scaled) < 9e15 else { return value }
        return scaled.rounded() / scale
    }

    /// Digits after the decimal point as written; nil with an exponent (`1e-3`).
    static func decimals(in text: String) -> Int? {
        let t = Width.halfWidthString(text)
        guard !t.contains("e"), !t.contains("E") else { return nil }
        guard let dot = t.firstIndex(of: ".") else { return 0 }
        return t[t.index(after: dot)...].filter(\.isNumber).count
    }

    /// A number of days of the row's period: `what` names them in messages ("valid days", "excluded days").
    private func readValidDays(_ field: CSVField, period: TrackerModel.Measurement.Period?, what: String = "valid days",
                               into problems: inout [Diagnostic]) -> Int? {
        let text = field.trimmed
        guard MissingValueMarker.kind(of: text) == nil else { return nil }
        let most = period.map(MeasurementPeriod.dayCount) ?? 31
        let meaning = what == "valid days" ? "days with valid data" : what
        let fix = "write the number of \(meaning), 0 to \(most)"
        guard let parsed = NumberText.parse(text), !parsed.percent, parsed.value == parsed.value.rounded() else {
            problems.append(Diagnostic(.error, .dayCountNotWhole, at: location(field), "\(what) \(MeasurementText.code(text)) is not a whole number", fix: fix))
            return nil
        }
        guard parsed.value >= 0 else {
            problems.append(Diagnostic(.error, .dayCountNegative, at: location(field), "\(what) \(MeasurementText.code(text)) is negative", fix: fix))
            return nil
        }
        if let period, parsed.value > Double(most) {
            problems.append(Diagnostic(.error, .dayCountTooLarge, at: location(field),
                "\(MeasurementText.number(parsed.value)) \(what), but \(period) has \(most) days",
                fix: what == "valid days" ? "write at most \(most): the days of \(period) with valid data" : "write at most \(most)"))
            return nil
        }
        guard parsed.value <= 366 else { return nil }   // period unknown (already reported); no Int overflow
        return Int(parsed.value)
    }

    /// `excluded_days` with `value_with_excluded` (and `valid_days_with_excluded` for kinds with
    /// valid days): all or none. `usable` is false when the row must not be kept.
    private func readExcludedDays(_ field: (MeasurementColumn) -> CSVField?, period: TrackerModel.Measurement.Period?,
                                  indicator: Indicator, unit: Unit?, convert: Bool,
                                  into problems: inout [Diagnostic]) -> (days: ExcludedDays?, usable: Bool) {
        let countField = field(.excludedDays).flatMap { $0.trimmed.isEmpty ? nil : $0 }
        let valueField = field(.valueWithExcluded).flatMap { $0.trimmed.isEmpty ? nil : $0 }
        let daysField = field(.validDaysWithExcluded).flatMap { $0.trimmed.isEmpty ? nil : $0 }
        guard let countField else {
            if let stray = valueField ?? daysField {
                problems.append(Diagnostic(.error, .valueWithExcludedAlone, at: location(stray), "a value with excluded days, but no `excluded_days`",
                    fix: "write how many days were excluded in `excluded_days`, or empty this cell"))
                return (nil, false)
            }
            return (nil, true)
        }
        let before = problems.count
        let count = readValidDays(countField, period: period, what: "excluded days", into: &problems)
        guard let valueField else {
            problems.append(Diagnostic(.error, .excludedDaysAlone, at: location(countField), "excluded days without `value_with_excluded`",
                fix: "write the month's value with those days in `value_with_excluded`, as `tracker aggregate --exclude` does"))
            return (nil, false)
        }
        // Read exactly as the row's own value: the same unit, converted the same way.
        let value = readValue(valueField, indicator: indicator, unit: unit, convert: convert, into: &problems)
        let days = daysField.flatMap { readValidDays($0, period: period, into: &problems) }
        guard problems.count == before, let count, let value else { return (nil, false) }
        return (ExcludedDays(count: count, valueWithThem: value, validDaysWithThem: days), true)
    }

    private func readFlags(_ field: CSVField, into problems: inout [Diagnostic]) -> [String] {
        switch MeasurementFlag.parse(field.trimmed) {
        case .success(let flags): return flags
        case .failure(let unknown):
            problems.append(Diagnostic(.error, .unknownFlag, at: location(field), "unknown flag \(MeasurementText.code(unknown.word))",
                fix: "use \(MeasurementFlag.listed) to exclude the month from the period value, or put the text in `note`"))
            return []
        }
    }
}
