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

    public init() {}

    /// Adds an indicator; returns the names that clash with an existing indicator (empty on success).
    @discardableResult
    public mutating func add(_ indicator: Indicator) -> [String] {
        if byID[indicator.id] != nil { return [indicator.id] }
        var clashes: [String] = []
        for name in indicator.names {
            if let other = byKey[NameKey(name)], indicators[other].id != indicator.id { clashes.append(name) }
        }
        guard clashes.isEmpty else { return clashes }
        let index = indicators.count
        indicators.append(indicator)
        byID[indicator.id] = index
        for name in indicator.names { byKey[NameKey(name)] = index }
        return []
    }

    public subscript(id: String) -> Indicator? { byID[id].map { indicators[$0] } }

    /// Finds an indicator by id, Chinese name or alias, ignoring spacing, width and `<sub>` marks.
    public func resolve(_ name: String) -> Indicator? {
        if let i = byID[name] { return indicators[i] }
        return byKey[NameKey(name)].map { indicators[$0] }
    }

    /// The closest known name to a misspelt one, for "did you mean …".
    public func suggestion(for name: String) -> String? {
        NameKey.closest(to: name, among: indicators.flatMap { [$0.zh, $0.id] + $0.aliases })
    }

    public var sortedByID: [Indicator] { indicators.sorted { $0.id < $1.id } }
}
