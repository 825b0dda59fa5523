import Foundation
import TrackerModel

/// Reads one target file (docs/targets.md) into a `Plan`, reporting every problem in the file.
///
/// ```swift
/// let reader = TargetFileReader(indicators: catalog, scopes: scopes)
/// let result = reader.read(text, file: "Targets/xicheng-2025.targets")
/// result.plan?.targets.count
/// result.diagnostics.hasErrors   // false for a clean file
/// ```
public struct TargetFileReader: Sendable {
    public let indicators: IndicatorCatalog
    public let scopes: ScopeDirectory

    public struct Result: Sendable {
        public var plan: Plan?
        /// `include` lines: paths relative to the file, with where they were named.
        public var includes: [(path: String, location: SourceLocation)]
        public var diagnostics: [Diagnostic]
    }

    static let planKeys = ["document", "title", "seed", "scope", "year", "defers-to", "tolerance", "include"]
    static let tableKeys = ["line", "deadline", "period", "owner", "assist", "columns", "compare"]
    static let targetKeys = ["scope", "indicator", "cell", "line", "text", "attachment", "task", "deadline",
                             "period", "owner", "assist", "compare", "note"]

    public init(indicators: IndicatorCatalog, scopes: ScopeDirectory) {
        self.indicators = indicators
        self.scopes = scopes
    }

    public func read(_ text: String, file: String) -> Result {
        let document = BlockDocument.parse(text, file: file)
        var context = Context(reader: self, file: file)
        context.diagnostics = document.diagnostics
        guard let first = document.sections.first else {
            context.error(.noPlanSection, SourceLocation(file: file, line: 1), "the file has no `[plan ID]` section",
                          fix: "start it with `[plan ID]` and the plan's document, title, seed, scope and year")
            return Result(plan: nil, includes: [], diagnostics: context.diagnostics)
        }
        guard first.kind == "plan" else {
            context.error(.noPlanSection, first.location, "the first section is `[\(first.kind)]`, not `[plan ID]`",
                          fix: "move the `[plan ID]` section to the top of the file")
            return Result(plan: nil, includes: [], diagnostics: context.diagnostics)
        }
        context.readPlanHeader(first)
        for section in document.sections.dropFirst() {
            switch section.kind {
            case "table": context.readTable(section)
            case "target": context.readTarget(section)
            case "plan":
                context.error(.secondPlanSection, section.location, "a second `[plan]` section", fix: "one file holds one plan: move it to a file of its own")
            default:
                context.error(.targetUnknownSection, section.location, "unknown section `[\(section.kind)]`",
                              fix: suggestionText(NameKey.closest(to: section.kind, among: ["table", "target"])) ?? "use `[table …]` or `[target]`")
            }
        }
        let plan = context.finish()
        return Result(plan: plan, includes: context.includes, diagnostics: context.diagnostics)
    }
}

/// The state of reading one file: the plan header, then targets as sections are read.
private struct Context {
    let reader: TargetFileReader
    let file: String
    var diagnostics: [Diagnostic] = []
    var includes: [(path: String, location: SourceLocation)] = []

    var planID = ""
    var document = "", title = "", seed = "", planScope = ""
    var period = Period.year(2000)
    var defersTo: String?
    var defersToAt: SourceLocation?
    var tolerances: [String: Double] = [:]
    var headerOK = false
    var targets: [Target] = []

    init(reader: TargetFileReader, file: String) {
        self.reader = reader
        self.file = file
    }

    mutating func error(_ code: DiagnosticCode, _ at: SourceLocation, _ message: String, fix: String,
                        zh: Diagnostic.Chinese? = nil) {
        diagnostics.append(Diagnostic(.error, code, at: at, message, fix: fix, zh: zh))
    }

    mutating func unknownKeys(_ section: BlockDocument.Section, allowed: [String]) {
        for entry in section.entries where !allowed.contains(entry.key) {
            error(.targetUnknownKey, entry.location, "unknown key `\(entry.key)` in `[\(section.kind)]`",
                  fix: suggestionText(NameKey.closest(to: entry.key, among: allowed)) ?? "use one of \(allowed.joined(separator: ", "))")
        }
    }

    mutating func required(_ section: BlockDocument.Section, _ keys: [String]) -> Bool {
        var ok = true
        for key in keys where section.value(key) == nil {
            error(.targetMissingKey, section.location, "`[\(section.kind)\(section.argument.isEmpty ? "" : " " + section.argument)]` has no `\(key)`",
                  fix: "add a `\(key)` line")
            ok = false
        }
        for key in keys {
            if let e = section.entry(key), e.value.isEmpty {
                error(.targetEmptyValue, e.location, "`\(key)` is empty", fix: "write its value after the key")
                ok = false
            }
        }
        return ok
    }

    // MARK: [plan]

    mutating func readPlanHeader(_ section: BlockDocument.Section) {
        planID = section.argument
        if planID.isEmpty || planID.contains(where: { $0.isWhitespace }) {
            error(.planWithoutID, section.location, "the plan has no id", fix: "write `[plan ID]` with an id such as `xicheng-2025`")
        }
        unknownKeys(section, allowed: TargetFileReader.planKeys)
        headerOK = required(section, ["document", "title", "seed", "scope", "year"])
        document = section.value("document") ?? ""
        title = section.value("title") ?? ""
        seed = section.value("seed") ?? ""
        if let e = section.entry("scope") {
            if let scope = reader.scopes.resolve(e.value) { planScope = scope.name } else {
                unknownScope(e.value, at: e.valueLocation)
                headerOK = false
            }
        }
        if let e = section.entry("year") {
            if let p = Period(parsing: e.value) { period = p } else {
                error(.badPlanYear, e.valueLocation, "cannot read the plan year `\(e.value)`", fix: "write `2025` or a window `2018..2020`")
                headerOK = false
            }
        }
        defersTo = section.value("defers-to")
        defersToAt = section.entry("defers-to")?.valueLocation
        for e in section.entries("tolerance") {
            let words = e.value.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count == 2, let band = NumberText.decimal(words[1]), band >= 0 else {
                error(.badTolerance, e.valueLocation, "cannot read `tolerance \(e.value)`", fix: "write `tolerance INDICATOR BAND`, e.g. `tolerance dustfall_monthly_mean 0.5`")
                continue
            }
            guard let indicator = reader.indicators.resolve(words[0]) else {
                unknownIndicator(words[0], at: e.valueLocation)
                continue
            }
            tolerances[indicator.id] = band
        }
        for e in section.entries("include") { includes.append((e.value, e.valueLocation)) }
    }

    // MARK: [table]

    mutating func readTable(_ section: BlockDocument.Section) {
        unknownKeys(section, allowed: TargetFileReader.tableKeys)
        guard required(section, ["line", "columns"]) else { return }
        let (attachment, _) = splitAttachment(section.argument)
        guard seedLine(section.entry("line")!) != nil else { return }
        let deadline = readDeadline(section.entry("deadline"))
        let tablePeriod = readPeriod(section.entry("period"))
        let comparison = readComparison(section.entry("compare"))
        let owners = list(section.value("owner")), assisting = list(section.value("assist"))
        let resolver = HeaderResolver(reader.indicators)

        let columnsEntry = section.entry("columns")!
        let headerCells = BlockDocument.row(columnsEntry.value, lineNumber: columnsEntry.location.line, file: file, diagnostics: &diagnostics)
            .cells.map { cell -> BlockDocument.Cell in
                var c = cell
                c.location.column += columnsEntry.valueLocation.column - 1
                return c
            }
        guard headerCells.count >= 2 else {
            error(.columnsWithoutIndicator, columnsEntry.valueLocation, "`columns` names no indicator", fix: "write `columns SCOPE-LABEL | HEADER | HEADER …`")
            return
        }
        var columns: [(header: String, indicator: Indicator?)] = []
        for cell in headerCells.dropFirst() {
            guard let resolved = resolver.resolve(cell.text) else {
                unknownIndicator(cell.text, at: cell.location, suggestion: resolver.suggestion(for: cell.text))
                columns.append((cell.text, nil))
                continue
            }
            if let unit = resolved.declaredUnit, unit != resolved.indicator.unit {
                error(.headerUnitMismatch, cell.location, "the header gives the unit \(unit.symbol), but `\(resolved.indicator.id)` is measured in \(resolved.indicator.unit.symbol)",
                      fix: "check the column, or correct the unit in the catalog")
            }
            columns.append((cell.text, resolved.indicator))
        }

        var above: [Cell?] = Array(repeating: nil, count: columns.count)
        var aboveText: [String] = Array(repeating: "", count: columns.count)
        let cellResolver = CellResolver(catalog: reader.indicators, tolerances: tolerances)
        for row in section.rows {
            guard row.cells.count == columns.count + 1 else {
                error(.tableRowCellCount, row.location, "the row has \(row.cells.count) cells, the header \(columns.count + 1)",
                      fix: "write one cell per column (`—` for no target, `^` under a merged cell)")
                continue
            }
            // Without its seed line or scope the row yields no targets, but its cells are still checked.
            let line = row.seedLine ?? 0
            if row.seedLine == nil {
                error(.missingSeedLine, row.cells.last!.location, "the row does not say which seed line it came from",
                      fix: "end it with `@LINE`, the line number of the row in the seed file")
            }
            let scopeCell = row.cells[0]
            let rowScopes = scopes(scopeCell.text, at: scopeCell.location) ?? []
            let rowUsable = row.seedLine != nil && !rowScopes.isEmpty
            for (index, cellText) in row.cells.dropFirst().enumerated() {
                var cell: Cell
                switch Cell.parse(cellText.text) {
                case .success(let c): cell = c
                case .failure(let p): error(p.code, cellText.location, p.message, fix: p.fix, zh: p.zh); continue
                }
                guard let indicator = columns[index].indicator else { continue }
                var verbatim = cellText.text
                if cell == .ditto {
                    guard let merged = above[index] else {
                        error(.dittoWithoutCellAbove, cellText.location, "`^` repeats the cell above, but there is none",
                              fix: "write the value in the first row of the merged cell")
                        continue
                    }
                    cell = merged
                    verbatim = aboveText[index] + "（合并单元格）"
                } else if cell == .empty {
                    error(.emptyCell, cellText.location, "empty cell", fix: "write the target, `—` if the plan sets none, or `^` under a merged cell")
                    continue
                } else {
                    above[index] = cell
                    aboveText[index] = cellText.text
                }
                let parts: [CellResolver.Part]
                switch cellResolver.resolve(cell, for: indicator) {
                case .success(let p): parts = p
                case .failure(let p): error(p.code, cellText.location, p.message, fix: p.fix, zh: p.zh); continue
                }
                let provenance = Provenance(
                    document: document, title: title, attachment: attachment, seedFile: seed, seedLine: line,
                    text: "\(scopeCell.text) · \(columns[index].header) · \(verbatim)", definedAt: cellText.location)
                for (scope, inherited) in rowScopes where rowUsable {
                    for part in parts {
                        targets.append(Target(
                            plan: planID, scope: scope.name, scopeLevel: scope.level, indicator: part.indicator.id,
                            comparator: part.comparator, period: tablePeriod ?? period,
                            deadline: deadline, comparison: comparison, owners: owners, assisting: assisting,
                            provenance: provenance, inheritedFrom: inherited, partOf: part.partOf))
                    }
                }
            }
        }
    }

    // MARK: [target]

    mutating func readTarget(_ section: BlockDocument.Section) {
        unknownKeys(section, allowed: TargetFileReader.targetKeys)
        // Read every key before giving up, so that one pass reports all of the section's problems.
        var ok = required(section, ["scope", "indicator", "cell", "line", "text"])
        let line = section.entry("line").flatMap { seedLine($0) }
        var indicator: Indicator?
        if let e = section.entry("indicator"), !e.value.isEmpty {
            indicator = reader.indicators.resolve(e.value) ?? HeaderResolver(reader.indicators).resolve(e.value)?.indicator
            if indicator == nil { unknownIndicator(e.value, at: e.valueLocation) }
        }
        var targetScopes: [(Scope, String?)] = []
        if let e = section.entry("scope") {
            for name in splitScopes(e.value) {
                if let found = scopes(name, at: e.valueLocation) { targetScopes += found } else { ok = false }
            }
        }
        var parts: [CellResolver.Part] = []
        if let e = section.entry("cell"), !e.value.isEmpty {
            switch Cell.parse(e.value) {
            case .success(let cell):
                if let indicator {
                    switch CellResolver(catalog: reader.indicators, tolerances: tolerances).resolve(cell, for: indicator) {
                    case .success(let p): parts = p
                    case .failure(let p): error(p.code, e.valueLocation, p.message, fix: p.fix, zh: p.zh); ok = false
                    }
                }
            case .failure(let p): error(p.code, e.valueLocation, p.message, fix: p.fix, zh: p.zh); ok = false
            }
        }
        let deadline = readDeadline(section.entry("deadline"))
        let targetPeriod = readPeriod(section.entry("period")) ?? period
        let comparison = readComparison(section.entry("compare"))
        guard ok, let line, indicator != nil, let cellEntry = section.entry("cell") else { return }
        let provenance = Provenance(
            document: document, title: title, attachment: section.value("attachment"), seedFile: seed, seedLine: line,
            text: section.value("text")!, task: section.value("task"), definedAt: cellEntry.valueLocation)
        for (scope, inherited) in targetScopes {
            for part in parts {
                targets.append(Target(
                    plan: planID, scope: scope.name, scopeLevel: scope.level, indicator: part.indicator.id,
                    comparator: part.comparator, period: targetPeriod, deadline: deadline, comparison: comparison,
                    owners: list(section.value("owner")), assisting: list(section.value("assist")),
                    provenance: provenance, inheritedFrom: inherited, partOf: part.partOf))
            }
        }
    }

    // MARK: finishing

    /// Applies overrides (a scope's own target replaces one it inherited through 各街道 / 各区).
    mutating func finish() -> Plan? {
        guard headerOK else { return nil }
        var own: [TargetKey: SourceLocation] = [:]
        for t in targets where t.inheritedFrom == nil {
            own[t.periodKey] = t.provenance.definedAt
        }
        targets.removeAll { t in
            guard t.inheritedFrom != nil, let location = own[t.periodKey] else { return false }
            diagnostics.append(Diagnostic(.note, .ownTargetOverridesInherited, at: t.provenance.definedAt,
                "`\(t.scope)` has its own `\(t.indicator)` target (\(location)), which overrides this \(t.inheritedFrom!) one"))
            return true
        }
        return Plan(id: planID, document: document, title: title, seedFile: seed, scope: planScope, period: period,
                    defersTo: defersTo, targets: targets, file: file, defersToAt: defersToAt)
    }

    // MARK: helpers

    /// A scope name or a collective word (全区, 各街道, 全区及各街道), with how each scope was reached.
    mutating func scopes(_ name: String, at location: SourceLocation) -> [(Scope, String?)]? {
        if let expanded = reader.scopes.expand(name, planScope: planScope) {
            return expanded.map { scope in (scope, scope.name == planScope ? nil : scope.level.zhEach) }
        }
        // 全区 / 各街道 against a plan scope that could not be read: that error is already reported.
        if ScopeDirectory.collective(name) != nil { return planScope.isEmpty ? [] : nil }
        guard let scope = reader.scopes.resolve(name) else {
            unknownScope(name, at: location)
            return nil
        }
        return [(scope, nil)]
    }

    func splitScopes(_ text: String) -> [String] {
        // `全区及各街道` is one collective phrase; lists use 、 or commas.
        text.split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    mutating func unknownScope(_ name: String, at location: SourceLocation) {
        error(.targetUnknownScope, location, "unknown scope `\(name)`",
              fix: suggestionText(reader.scopes.suggestion(for: name)) ?? "use a name from Targets/scopes.catalog, or 全区 / 各街道 / 各区")
    }

    mutating func unknownIndicator(_ name: String, at location: SourceLocation, suggestion: String? = nil) {
        error(.targetUnknownIndicator, location, "unknown indicator `\(name)`",
              fix: suggestionText(suggestion ?? reader.indicators.suggestion(for: name))
                ?? "use an id or name from the indicator catalog (`tracker indicators`), or add it there")
    }

    mutating func seedLine(_ entry: BlockDocument.Entry) -> Int? {
        guard let n = Int(entry.value.trimmingCharacters(in: .whitespaces)), n > 0 else {
            error(.badSeedLine, entry.valueLocation, "`line` must be the seed line number, not `\(entry.value)`", fix: "write e.g. `line 1552`")
            return nil
        }
        return n
    }

    mutating func readDeadline(_ entry: BlockDocument.Entry?) -> Deadline {
        let fallback = Deadline.by(year: period.last.year, month: 12, text: "年底前")
        guard let entry else { return fallback }
        guard let d = Deadline(parsing: entry.value, planYear: period.last.year) else {
            error(.badDeadline, entry.valueLocation, "cannot read the deadline `\(entry.value)`",
                  fix: "write 年底前, 6月底前, 2025年底前, 长期实施, 持续推进, 按时间节点完成 or a date YYYY-MM-DD")
            return fallback
        }
        return d
    }

    mutating func readPeriod(_ entry: BlockDocument.Entry?) -> Period? {
        guard let entry else { return nil }
        guard let p = Period(parsing: entry.value) else {
            error(.badPeriod, entry.valueLocation, "cannot read the period `\(entry.value)`", fix: "write `2025` or `2021..2025`")
            return nil
        }
        return p
    }

    mutating func readComparison(_ entry: BlockDocument.Entry?) -> Target.Comparison? {
        guard let entry else { return nil }
        let words = entry.value.split(separator: " ")
        if words == ["full"] { return .full }
        if words == ["published"] { return .published }
        if words.count == 2, words[0] == "rounded", let n = Int(words[1]), (0...6).contains(n) { return .rounded(decimals: n) }
        error(.badComparison, entry.valueLocation, "cannot read `compare \(entry.value)`", fix: "write `compare full`, `compare published` or `compare rounded N`")
        return nil
    }

    func splitAttachment(_ argument: String) -> (String?, String) {
        let first = argument.prefix { !$0.isWhitespace }
        guard first.hasPrefix("附件") else { return (nil, argument) }
        return (String(first), argument.dropFirst(first.count).trimmingCharacters(in: .whitespaces))
    }

    func list(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "," || $0 == "，" }).map(String.init)
    }
}
