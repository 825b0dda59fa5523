import Foundation
import TrackerModel

/// Reads a station list: CSV whose header names a `station` and a `district` column (any order,
/// other columns ignored), optionally `name_zh`, `street`, the national code (`national_code`),
/// other ids (`station_id_…`) and the station type (`type`, `type_kdd`, `type_en`, `类型`:
/// 城区 / 郊区 / 交通污染监控点 / 对照点及区域点). Names are resolved with the scope catalog (aliases
/// allowed, so `西城` means 西城区); `大兴区(北京经济技术开发区)` counts the station for both
/// districts, a parenthetical that is not a district (`西城区(?海淀区边界)`) is a remark. Every
/// problem is reported at its row and column with a fix: an unknown name with "did you mean", a
/// street of another district, a station listed twice, an unknown type.
///
/// ```swift
/// let (list, diagnostics) = StationListReader.read(fileAt: "Samples/beijing-multisite-stations.csv", scopes: scopes)
/// diagnostics.errors.forEach { print($0) }
/// // stations.csv:3:22: error: unknown district `西成区`; did you mean `西城区`?
/// ```
public enum StationListReader {
    public static let header = ["station", "name_zh", "street", "district"]

    /// The spellings of each column's name (lower-cased), first found wins.
    static let columnNames: [(key: String, names: [String])] = [
        ("station", ["station", "站点", "站点名称", "监测点", "测点名称"]),
        ("name_zh", ["name_zh", "中文名", "站点中文名"]),
        ("street", ["street", "街道"]),
        ("district", ["district", "区", "区县", "所在区"]),
        ("code", ["national_code", "code", "站点编码", "监测点编码", "国控编码"]),
        ("type", ["type", "type_kdd", "类型", "站点类型", "type_en", "kind"]),
    ]

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
        for (key, spellings) in columnNames {
            for spelling in spellings {
                if let index = names.firstIndex(of: spelling) { column[key] = index; break }
            }
        }
        // Other ids: `station_id`, `station_id_kdd`, … (not the station column itself).
        let idColumns = names.indices.filter { names[$0].hasPrefix("station_id") && $0 != column["station"] }
        guard column["station"] != nil, column["district"] != nil else {
            diagnostics.append(Diagnostic(.error, .stationListHeader, at: SourceLocation(file: file, line: headerRecord.line),
                "the header is `\(headerRecord.fields.map(\.trimmed).joined(separator: ","))`; a station list needs at least the columns `station` and `district` (in full: `\(header.joined(separator: ","))`, optionally `national_code` and `type`)",
                fix: "write that header line (street may be left empty in the rows)"))
            return (list, diagnostics)
        }
        for record in records where !record.isBlank {
            if let station = station(from: record, column: column, idColumns: idColumns, fieldCount: names.count, file: file,
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

    private static func station(from record: CSVRecord, column: [String: Int], idColumns: [Int], fieldCount: Int, file: String,
                                scopes: ScopeDirectory, list: StationList, into diagnostics: inout [Diagnostic]) -> Station? {
        let rowStart = SourceLocation(file: file, line: record.line, column: 1)
        guard record.fields.count == fieldCount else {
            diagnostics.append(Diagnostic(.error, .stationRowFieldCount, at: rowStart,
                "the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") but the header has \(fieldCount)",
                fix: "check for a missing or extra comma"))
            return nil
        }
        func field(_ name: String) -> CSVField { record.fields[column[name]!] }
        func optional(_ name: String) -> String? {
            guard let index = column[name] else { return nil }
            let text = record.fields[index].trimmed
            return text.isEmpty ? nil : text
        }
        func at(_ field: CSVField) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }
        var problems: [Diagnostic] = []

        let idField = field("station")
        let id = idField.trimmed
        if id.isEmpty {
            problems.append(Diagnostic(.error, .stationIDEmpty, at: at(idField), "the station id is empty",
                                       fix: "write the id as the hourly files spell it in their `station` column"))
        } else if let earlier = list.stations.first(where: { $0.id == id }) {
            problems.append(Diagnostic(.error, .stationListedTwice, at: at(idField),
                "station `\(id)` is listed twice (first on line \(earlier.source.line))", fix: "keep one row per station"))
        }

        let districtField = field("district")
        var district: Scope?
        var alsoDistricts: [String] = []
        if districtField.trimmed.isEmpty {
            problems.append(Diagnostic(.error, .stationDistrictEmpty, at: at(districtField), "the district is empty",
                                       fix: "name the station's district as the plans print it, e.g. 西城区"))
        } else {
            let (main, remark) = Bracketed.split(districtField.trimmed)
            district = resolve(main, as: .district, scopes: scopes, at: at(districtField), into: &problems)
            // `大兴区(北京经济技术开发区)`: a second district; anything else in brackets is a remark.
            if let remark, !remark.isEmpty, let second = scopes.resolve(remark), second.level == .district, second.name != district?.name {
                alsoDistricts.append(second.name)
            }
        }

        var kind = StationKind.urban
        if let typeColumn = column["type"] {
            let typeField = record.fields[typeColumn]
            if let label = optional("type") {
                if let known = StationKind(label: label) {
                    kind = known
                } else {
                    problems.append(Diagnostic(.error, .stationTypeUnknown, at: at(typeField), "unknown station type `\(label)`",
                        fix: "write 城区, 郊区, 交通污染监控点 or 对照点及区域点 (Urban, Suburban, Traffic, Background)"))
                }
            }
        }

        var street: Scope?
        if column["street"] != nil, !field("street").trimmed.isEmpty {
            let streetField = field("street")
            street = resolve(streetField.trimmed, as: .street, scopes: scopes, at: at(streetField), into: &problems)
            if let street, let district, street.parent != district.name {
                problems.append(Diagnostic(.error, .streetOutsideDistrict, at: at(streetField),
                    "street `\(street.name)` is in \(street.parent ?? "no district"), not in \(district.name)",
                    fix: "correct the street or the district"))
            }
        }

        diagnostics += problems
        guard problems.isEmpty, let district else { return nil }
        let otherIDs = idColumns.map { record.fields[$0].trimmed }.filter { !$0.isEmpty && $0 != id }
        return Station(id: id, nameZh: optional("name_zh") ?? (id.unicodeScalars.allSatisfy(\.isASCII) ? "" : id),
                       street: street?.name, district: district.name, alsoDistricts: alsoDistricts,
                       code: optional("code"), otherIDs: otherIDs, kind: kind, source: rowStart)
    }

    /// The scope a name stands for when it is of the wanted level; a problem otherwise.
    private static func resolve(_ name: String, as level: ScopeLevel, scopes: ScopeDirectory, at location: SourceLocation,
                                into problems: inout [Diagnostic]) -> Scope? {
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
