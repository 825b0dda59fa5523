import Foundation
import TrackerModel

/// Scope and indicator look-ups for one read, with the "did you mean" suggestions cached and
/// bounded: a suggestion costs an edit distance against every catalog name, so a file with
/// thousands of bad rows repeats few distinct names and pays once per name, and names that are
/// too long or too many get no suggestion rather than a quadratic run time.
///
/// Scope names resolve here, for every row: by name or alias, or after the names of the scopes
/// above (`ScopeDirectory.resolve`).
///
/// ```swift
/// var lookup = MeasurementLookup(indicators: catalog, scopes: scopes)
/// lookup.scope(named: "德胜")?.name              // "德胜街道"
/// lookup.scope(named: "北京市朝阳区")?.name       // "朝阳区"
/// lookup.scopeSuggestion(for: "德盛街道")         // "德胜街道"
/// lookup.scopeSuggestion(for: "北京市朝阳县")     // "朝阳区"
/// lookup.indicatorFix(for: "PM25")               // "did you mean `pm25_annual_mean`?"
/// ```
struct MeasurementLookup {
    let indicators: IndicatorCatalog
    let scopes: ScopeDirectory
    private var indicatorCache: [String: String?] = [:]
    private var scopeCache: [String: String?] = [:]
    private var computed = 0

    /// Names longer than this are not typos of a catalog name.
    static let longestSuggested = 64
    /// Distinct unknown names suggested for in one read (each costs ~1 ms against the real
    /// catalogs): plenty for typos; a file with more unknown names is wrong throughout.
    static let mostSuggestions = 100

    init(indicators: IndicatorCatalog, scopes: ScopeDirectory) {
        self.indicators = indicators
        self.scopes = scopes
    }

    /// The previous row's scope name and what it resolved to: files list one scope's rows
    /// together, so the next row nearly always names it again.
    private var lastScope: (name: String, scope: Scope?)?

    /// The scope a row names: by its name or an alias, or written after its parents' names.
    func scope(named name: String) -> Scope? {
        scopes.resolve(name)
    }

    /// `scope(named:)`, resolved once per run of rows that spell the scope alike (compared byte
    /// for byte: no hashing of the Chinese name per row).
    mutating func rowScope(named name: String) -> Scope? {
        if let last = lastScope, Self.sameBytes(last.name, name) { return last.scope }
        let scope = scopes.resolve(name)
        lastScope = (name, scope)
        return scope
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    mutating func indicatorSuggestion(for name: String) -> String? {
        suggestion(for: name, cache: \.indicatorCache) { [indicators] in indicators.suggestion(for: $0) }
    }

    mutating func scopeSuggestion(for name: String) -> String? {
        suggestion(for: name, cache: \.scopeCache) { [scopes] in scopes.suggestion(for: $0) }
    }

    /// A suggestion from `cache`, or computed within the bounds above and kept.
    private mutating func suggestion(for name: String, cache: WritableKeyPath<MeasurementLookup, [String: String?]>,
                                     _ compute: (String) -> String?) -> String? {
        if let cached = self[keyPath: cache][name] { return cached }
        guard name.count <= Self.longestSuggested, computed < Self.mostSuggestions else { return nil }
        computed += 1
        let found = compute(name)
        self[keyPath: cache][name] = found
        return found
    }

    mutating func indicatorFix(for name: String) -> String {
        indicatorSuggestion(for: name).map { "did you mean `\($0)`?" }
            ?? "name the indicator by its id or Chinese name (`tracker indicators` lists them)"
    }

    mutating func scopeFix(for name: String) -> String {
        scopeSuggestion(for: name).map { "did you mean `\($0)`?" }
            ?? "name a district or street as the scope catalog does, e.g. `西城区` or `德胜街道`"
    }
}
