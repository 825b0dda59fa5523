import Foundation
import TrackerModel

/// Reads `*.catalog` files: `[indicator ID]` sections into an `IndicatorCatalog` and `[scopes]`
/// tables into a `ScopeDirectory`, reporting every problem.
///
/// ```swift
/// var reader = CatalogReader()
/// reader.read(text, file: "Targets/indicators.catalog")
/// reader.indicators.resolve("优良天数比率")?.id   // "good_day_ratio"
/// reader.diagnostics                              // [] when the file is clean
/// ```
public struct CatalogReader: Sendable {
    public private(set) var indicators = IndicatorCatalog()
    public private(set) var scopes = ScopeDirectory()
    public private(set) var diagnostics: [Diagnostic] = []
    /// Where each indicator is defined (its first definition), for checks across the catalog.
    public private(set) var locations: [String: SourceLocation] = [:]

    static let indicatorKeys = ["zh", "aliases", "en", "unit", "polarity", "kind", "precision", "range", "parts", "baseline", "concept", "distinct", "published", "note"]
    static let requiredIndicatorKeys = ["zh", "en", "unit", "polarity", "kind", "precision"]

    public init() {}

    public mutating func read(_ text: String, file: String) {
        let document = BlockDocument.parse(text, file: file)
        diagnostics += document.diagnostics
        var pendingParts: [(Indicator, BlockDocument.Entry)] = []
        for section in document.sections {
            switch section.kind {
            case "indicator":
                if let indicator = readIndicator(section) {
                    if locations[indicator.id] == nil { locations[indicator.id] = section.location }
                    let clashes = indicators.add(indicator)
                    if clashes == [indicator.id] {
                        diagnostics.append(Diagnostic(.error, .indicatorRedefined, at: section.location,
                            "indicator `\(indicator.id)` is defined again with another unit, polarity or kind",
                            fix: "keep one definition of it across the catalog files"))
                    } else if !clashes.isEmpty {
                        diagnostics.append(Diagnostic(.error, .indicatorNameClash, at: section.location,
                            "indicator `\(indicator.id)` reuses the name(s) \(clashes.map { "`\($0)`" }.joined(separator: ", ")) of another indicator",
                            fix: "give each indicator its own id and names, or merge the two entries"))
                    } else if let entry = section.entry("parts") {
                        pendingParts.append((indicator, entry))
                    }
                }
            case "scopes":
                readScopes(section)
            default:
                diagnostics.append(Diagnostic(.error, .catalogUnknownSection, at: section.location, "unknown section `[\(section.kind)]` in a catalog",
                                              fix: "use `[indicator ID]` or `[scopes]`"))
            }
        }
        // Parts may name indicators defined later in the file or in another catalog: check them last.
        for (indicator, entry) in pendingParts {
            for part in indicator.parts where indicators[part] == nil {
                diagnostics.append(Diagnostic(.error, .catalogPartNotDefined, at: entry.valueLocation,
                    "`\(indicator.id)` lists the part `\(part)`, which is not in the catalog",
                    fix: suggestionText(indicators.suggestion(for: part)) ?? "define `[indicator \(part)]`"))
            }
        }
    }

    private mutating func readIndicator(_ section: BlockDocument.Section) -> Indicator? {
        let id = section.argument
        var ok = true
        if id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
            diagnostics.append(Diagnostic(.error, .badIndicatorID, at: section.location, "indicator id `\(id)` is not lowercase ASCII snake_case",
                                          fix: "write an id such as `pm25_annual_mean`"))
            ok = false
        }
        for entry in section.entries where !Self.indicatorKeys.contains(entry.key) {
            diagnostics.append(Diagnostic(.error, .catalogUnknownKey, at: entry.location, "unknown key `\(entry.key)` in `[indicator \(id)]`",
                                          fix: suggestionText(NameKey.closest(to: entry.key, among: Self.indicatorKeys))
                                            ?? "use one of \(Self.indicatorKeys.joined(separator: ", "))"))
        }
        for key in Self.requiredIndicatorKeys where section.value(key) == nil {
            diagnostics.append(Diagnostic(.error, .catalogMissingKey, at: section.location, "`[indicator \(id)]` has no `\(key)`",
                                          fix: "add a `\(key)` line"))
            ok = false
        }
        var unit = Unit.percent, polarity = Polarity.higherIsBetter, kind = IndicatorKind.reported, precision = 0
        if let e = section.entry("unit") {
            if let u = Unit(parsing: e.value) { unit = u } else {
                diagnostics.append(Diagnostic(.error, .catalogUnknownUnit, at: e.valueLocation, "unknown unit `\(e.value)`",
                    fix: suggestionText(NameKey.closest(to: e.value, among: Unit.allCases.map(\.symbol)))
                        ?? "use one of \(Unit.allCases.map(\.symbol).joined(separator: " "))"))
                ok = false
            }
        }
        if let e = section.entry("polarity") {
            if let p = Polarity(rawValue: e.value) { polarity = p } else {
                diagnostics.append(Diagnostic(.error, .badPolarity, at: e.valueLocation, "polarity must be `lower` or `higher`, not `\(e.value)`",
                                              fix: "write `lower` when a smaller value is better, `higher` otherwise"))
                ok = false
            }
        }
        if let e = section.entry("kind") {
            if let k = IndicatorKind(rawValue: e.value) { kind = k } else {
                let names = IndicatorKind.allCases.map(\.rawValue)
                diagnostics.append(Diagnostic(.error, .unknownIndicatorKind, at: e.valueLocation, "unknown kind `\(e.value)`",
                    fix: suggestionText(NameKey.closest(to: e.value, among: names)) ?? "use one of \(names.joined(separator: ", "))"))
                ok = false
            }
        }
        if let e = section.entry("precision") {
            if let p = Int(e.value), (0...6).contains(p) { precision = p } else {
                diagnostics.append(Diagnostic(.error, .badPrecision, at: e.valueLocation, "precision must be a whole number of decimals 0–6, not `\(e.value)`",
                                              fix: "write e.g. `precision 1`"))
                ok = false
            }
        }
        var range: ClosedRange<Double>?
        if let e = section.entry("range") {
            let bounds = e.value.components(separatedBy: "..")
            if bounds.count == 2, let lo = NumberText.decimal(bounds[0].trimmingCharacters(in: .whitespaces)),
               let hi = NumberText.decimal(bounds[1].trimmingCharacters(in: .whitespaces)), lo <= hi {
                range = lo...hi
            } else {
                diagnostics.append(Diagnostic(.error, .badRange, at: e.valueLocation, "cannot read the range `\(e.value)`",
                                              fix: "write `MIN..MAX`, e.g. `0..100`"))
                ok = false
            }
        }
        var baseline: Int?
        if let e = section.entry("baseline") {
            if let y = Int(e.value), (1900...2100).contains(y) { baseline = y } else {
                diagnostics.append(Diagnostic(.error, .badBaseline, at: e.valueLocation, "baseline must be a year, not `\(e.value)`", fix: "write e.g. `baseline 2020`"))
                ok = false
            }
        }
        var publication: PublicationPrecision?
        if let e = section.entry("published") {
            if let p = PublicationPrecision(parsing: e.value) { publication = p } else {
                diagnostics.append(Diagnostic(.error, .badPrecision, at: e.valueLocation, "cannot read the publication precision `\(e.value)`",
                                              fix: "write the decimals, then each change with its year: `published 0, 1 from 2024`"))
                ok = false
            }
        }
        guard ok else { return nil }
        var indicator = Indicator(id: id, zh: section.value("zh")!, aliases: list(section.value("aliases")),
                         en: section.value("en")!, unit: unit, polarity: polarity, kind: kind, precision: precision,
                         range: range, parts: list(section.value("parts")), baselineYear: baseline,
                         concept: section.value("concept"), note: section.value("note"))
        indicator.distinctFrom = list(section.value("distinct"))
        indicator.publication = publication
        return indicator
    }

    private mutating func readScopes(_ section: BlockDocument.Section) {
        guard let columns = section.entry("columns") else {
            diagnostics.append(Diagnostic(.error, .scopesWithoutColumns, at: section.location, "`[scopes]` has no `columns` line",
                                          fix: "add `columns 名称 | level | parent | en | aliases`"))
            return
        }
        let expected = 5
        var pendingParents: [(Scope, SourceLocation)] = []
        for row in section.rows {
            guard row.cells.count == expected else {
                diagnostics.append(Diagnostic(.error, .scopeRowCellCount, at: row.location, "a scope row has \(row.cells.count) cells, the header \(expected)",
                                              fix: "write `name | level | parent | en | aliases` (`—` for no parent)"))
                continue
            }
            let c = row.cells.map(\.text)
            guard let level = ScopeLevel(rawValue: c[1]) else {
                diagnostics.append(Diagnostic(.error, .unknownScopeLevel, at: row.cells[1].location, "unknown scope level `\(c[1])`",
                                              fix: "use city, district or street"))
                continue
            }
            let parent = (c[2] == "—" || c[2].isEmpty) ? nil : c[2]
            let scope = Scope(name: c[0], level: level, parent: parent, en: c[3], aliases: list(c[4]))
            let clashes = scopes.add(scope)
            if !clashes.isEmpty {
                diagnostics.append(Diagnostic(.error, .scopeNameTaken, at: row.location, "the scope name(s) \(clashes.joined(separator: ", ")) are already taken",
                                              fix: "remove the duplicate row or alias"))
            } else if parent != nil {
                pendingParents.append((scope, row.cells[2].location))
            }
        }
        _ = columns
        for (scope, location) in pendingParents where scopes.resolve(scope.parent!) == nil {
            diagnostics.append(Diagnostic(.error, .unknownParentScope, at: location, "`\(scope.name)` names the parent `\(scope.parent!)`, which is not listed",
                                          fix: suggestionText(scopes.suggestion(for: scope.parent!)) ?? "list the parent scope first"))
        }
    }

    private func list(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// "did you mean `X`?" when there is a suggestion.
func suggestionText(_ suggestion: String?) -> String? {
    suggestion.map { "did you mean `\($0)`?" }
}
