/// The indicators known to a run, looked up by id or by any printed name.
///
/// ```swift
/// let catalog = try IndicatorCatalog([pm25, goodDays])
/// catalog.resolve("PM <sub>2.5</sub> 年均浓度")?.id   // "pm25_annual_mean"
/// catalog.suggestion(for: "PM25年均浓度")               // "PM2.5年均浓度"
/// ```
public struct IndicatorCatalog: Sendable {
    public private(set) var indicators: [Indicator] = []
    private var byID: [String: Int] = [:]
    private var byKey: [NameKey: Int] = [:]
    /// Names exactly as the catalog spells them: most lookups hit here and skip the folding.
    private var byExactName: [String: Int] = [:]

    public init() {}

    /// Adds an indicator; returns the names that clash with an existing indicator (empty on success).
    /// A second definition of the same id (two catalog files naming one indicator) must agree on
    /// unit, polarity and kind; its extra names become aliases. Otherwise `[id]` is returned.
    @discardableResult
    public mutating func add(_ indicator: Indicator) -> [String] {
        if let existing = byID[indicator.id] {
            let first = indicators[existing]
            guard first.unit == indicator.unit, first.polarity == indicator.polarity, first.kind == indicator.kind else {
                return [indicator.id]
            }
            for name in indicator.names where byKey[NameKey(name)] == nil {
                indicators[existing].aliases.append(name)
                byKey[NameKey(name)] = existing
                byExactName[name] = existing
            }
            return []
        }
        var clashes: [String] = []
        for name in indicator.names {
            if let other = byKey[NameKey(name)], indicators[other].id != indicator.id { clashes.append(name) }
        }
        guard clashes.isEmpty else { return clashes }
        let index = indicators.count
        indicators.append(indicator)
        byID[indicator.id] = index
        for name in indicator.names {
            byKey[NameKey(name)] = index
            byExactName[name] = index
        }
        return []
    }

    public subscript(id: String) -> Indicator? { byID[id].map { indicators[$0] } }

    /// Finds an indicator by id, Chinese name or alias, ignoring spacing, width and `<sub>` marks.
    public func resolve(_ name: String) -> Indicator? {
        if let i = byID[name] ?? byExactName[name] { return indicators[i] }
        return byKey[NameKey(name)].map { indicators[$0] }
    }

    /// The closest known name to a misspelt one, for "did you mean …".
    /// The Chinese name of the indicator whose id, name or alias is nearest to `name`
    /// (the id when `name` looks like an id).
    public func suggestion(for name: String) -> String? {
        guard let near = NameKey.closest(to: name, among: indicators.flatMap { [$0.zh, $0.id] + $0.aliases }),
              let indicator = resolve(near) else { return nil }
        return name.allSatisfy(\.isASCII) && !name.contains(".") ? indicator.id : indicator.zh
    }

    public var sortedByID: [Indicator] { indicators.sorted { $0.id < $1.id } }
}
