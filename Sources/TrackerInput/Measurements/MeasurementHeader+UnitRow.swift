import Foundation
import TrackerModel

extension MeasurementHeader {
    /// A unit row right below a wide layout's header, as Chinese statistical tables print it
    /// (`,,微克/立方米,吨/平方公里·月`): the period and scope cells empty, every filled indicator
    /// cell a unit. Its units become the columns' units (a unit already in a column's header must
    /// agree). Nil when the row is not such a row (it is then read as data); otherwise the
    /// problems of its units, empty when all are usable.
    ///
    /// ```swift
    /// // 月份,街道,PM2.5,降尘量   then   ,,毫克/立方米,吨/平方公里·月
    /// header.applyUnitRow(record, place: place)   // [] — PM2.5 values are now read in mg/m³
    /// ```
    mutating func applyUnitRow(_ record: CSVRecord, place: CellPlace) -> [Diagnostic]? {
        guard layout == .wide, record.fields.count == fieldCount else { return nil }
        let fields = record.fields
        for column in [MeasurementColumn.period, .scope] {
            if let index = columns[column], !fields[index].trimmed.isEmpty { return nil }
        }
        var units: [(Int, Unit, CSVField)] = []
        for (i, column) in indicatorColumns.enumerated() {
            let field = fields[column.index]
            guard !field.trimmed.isEmpty else { continue }
            guard let unit = Unit(parsing: Self.unbracketed(field.trimmed)) else { return nil }
            units.append((i, unit, field))
        }
        guard !units.isEmpty else { return nil }
        var problems: [Diagnostic] = []
        for (i, unit, field) in units {
            let indicator = indicatorColumns[i].indicator
            let headerUnit = indicatorColumns[i].unit ?? indicator.unit
            if indicatorColumns[i].unitStated, headerUnit != unit {
                problems.append(Diagnostic(.error, .unitNotConvertible, at: place.at(field),
                    "the unit row says `\(unit.symbol)` but the header says `\(headerUnit.symbol)` for \(indicator.zh)",
                    fix: "keep one of the two units"))
            } else if !unit.converts(to: indicator.unit) {
                problems.append(Diagnostic(.error, .unitNotConvertible, at: place.at(field),
                    "`\(unit.symbol)` cannot be converted to `\(indicator.unit.symbol)`, the unit of \(indicator.zh)",
                    fix: "give the column's values in `\(indicator.unit.symbol)`"))
            } else {
                indicatorColumns[i].unit = unit == indicator.unit ? nil : unit
                indicatorColumns[i].unitStated = true
            }
        }
        return problems
    }

    /// `（微克/立方米）` → `微克/立方米`: unit rows often bracket their units.
    private static func unbracketed(_ text: String) -> String {
        let pairs: [(Character, Character)] = [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】")]
        for (open, close) in pairs where text.first == open && text.last == close && text.count > 2 {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
