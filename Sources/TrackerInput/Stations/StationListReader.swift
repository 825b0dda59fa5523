import Foundation
import TrackerModel

/// Reads a station list: CSV with the header `station,name_zh,street,district` (columns in any
/// order; street may be empty), names resolved with the scope catalog (aliases allowed, so
/// `西城` means 西城区). Every problem is reported at its row and column with a fix: an unknown
/// name with "did you mean", a street of another district, a station listed twice.
///
/// ```swift
/// let (list, diagnostics) = StationListReader.read(fileAt: "Samples/beijing-multisite-stations.csv", scopes: scopes)
/// diagnostics.errors.forEach { print($0) }
/// // stations.csv:3:22: error: unknown district `西成区`; did you mean `西城区`?
/// ```
public enum StationListReader {
    public static let header = ["station", "name_zh", "street", "district"]

    public static func read(fileAt path: String, scopes: ScopeDirectory) -> (list: StationList, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (StationList(), [Diagnostic(.error, .fileUnreadable, at: nil, "cannot read the station list `\(path)`",
                                               fix: "check the path and permissions")])
        }
        switch TextDecoding.decode(data, file: path) {
        case .success(let decoded): return read(decoded.text, file: path, scopes: scopes)
        case .failure(let diagnostic): return (StationList(), [diagnostic])
        }
    }

    public static func read(_ text: String, file: String, scopes: ScopeDirectory) -> (list: StationList, diagnostics: [Diagnostic]) {
        var (records, diagnostics) = CSVTokenizer.records(in: text, file: file)
        var list = StationList()
        guard let headerRecord = records.first else {
            diagnostics.append(Diagnostic(.error, .stationListEmpty, at: SourceLocation(file: file, line: 1), "the station list is empty",
                                          fix: "start it with the header `\(header.joined(separator: ","))`"))
            return (list, diagnostics)
        }
        records.removeFirst()
        let names = headerRecord.fields.map { $0.trimmed.lowercased() }
        var column: [String: Int] = [:]
        for (index, name) in names.enumerated() where header.contains(name) && column[name] == nil { column[name] = index }
        guard header.allSatisfy({ column[$0] != nil }) else {
            diagnostics.append(Diagnostic(.error, .stationListHeader, at: SourceLocation(file: file, line: headerRecord.line),
                "the header is `\(headerRecord.fields.map(\.trimmed).joined(separator: ","))`; a station list needs the columns `\(header.joined(separator: ","))`",
                fix: "write that header line (street may be left empty in the rows)"))
            return (list, diagnostics)
        }
        for record in records where !record.isBlank {
            if let station = station(from: record, column: column, fieldCount: names.count, file: file,
                                     scopes: scopes, list: list, into: &diagnostics) {
                list.add(station)
            }
        }
        if list.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(Diagnostic(.error, .stationListWithoutStations, at: SourceLocation(file: file, line: headerRecord.line),
                                          "the station list has no stations", fix: "add one row per station below the header"))
        }
        return (list, diagnostics)
    }

    private static func station(from record: CSVRecord, column: [String: Int], fieldCount: Int, file: String,
                                scopes: ScopeDirectory, list: StationList, into diagnostics: inout [Diagnostic]) -> Station? {
        let rowStart = SourceLocation(file: file, line: record.line, column: 1)
        guard record.fields.count == fieldCount else {
            diagnostics.append(Diagnostic(.error, .stationRowFieldCount, at: rowStart,
                "the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") but the header has \(fieldCount)",
                fix: "check for a missing or extra comma"))
            return nil
        }
        func field(_ name: String) -> CSVField { record.fields[column[name]!] }
        func at(_ field: CSVField) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }
        var problems: [Diagnostic] = []

        let idField = field("station")
        let id = idField.trimmed
        if id.isEmpty {
            problems.append(Diagnostic(.error, .stationIDEmpty, at: at(idField), "the station id is empty",
                                       fix: "write the id as the hourly files spell it in their `station` column"))
        } else if let earlier = list[id] {
            problems.append(Diagnostic(.error, .stationListedTwice, at: at(idField),
                "station `\(id)` is listed twice (first on line \(earlier.source.line))", fix: "keep one row per station"))
        }

        let districtField = field("district")
        var district: Scope?
        if districtField.trimmed.isEmpty {
            problems.append(Diagnostic(.error, .stationDistrictEmpty, at: at(districtField), "the district is empty",
                                       fix: "name the station's district as the plans print it, e.g. 西城区"))
        } else {
            district = resolve(districtField, as: .district, scopes: scopes, at: at(districtField), into: &problems)
        }

        let streetField = field("street")
        var street: Scope?
        if !streetField.trimmed.isEmpty {
            street = resolve(streetField, as: .street, scopes: scopes, at: at(streetField), into: &problems)
            if let street, let district, street.parent != district.name {
                problems.append(Diagnostic(.error, .streetOutsideDistrict, at: at(streetField),
                    "street `\(street.name)` is in \(street.parent ?? "no district"), not in \(district.name)",
                    fix: "correct the street or the district"))
            }
        }

        diagnostics += problems
        guard problems.isEmpty, let district else { return nil }
        return Station(id: id, nameZh: field("name_zh").trimmed, street: street?.name, district: district.name,
                       source: rowStart)
    }

    /// The scope a name stands for when it is of the wanted level; a problem otherwise.
    private static func resolve(_ field: CSVField, as level: ScopeLevel, scopes: ScopeDirectory, at location: SourceLocation,
                                into problems: inout [Diagnostic]) -> Scope? {
        let name = field.trimmed
        guard let scope = scopes.resolve(name) else {
            let near = scopes.suggestion(for: name)
            problems.append(Diagnostic(.error, .stationUnknownScope, at: location, "unknown \(level.rawValue) `\(name)`",
                fix: near.map { "did you mean `\($0)`?" } ?? "use a \(level.rawValue) name of the scope catalog (Targets/scopes.catalog)"))
            return nil
        }
        guard scope.level == level else {
            problems.append(Diagnostic(.error, .stationScopeWrongLevel, at: location, "`\(scope.name)` is a \(scope.level.rawValue), not a \(level.rawValue)",
                fix: level == .district ? "put the station's district in the `district` column" : "leave `street` empty or name a street"))
            return nil
        }
        return scope
    }
}
