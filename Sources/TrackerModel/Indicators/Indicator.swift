/// One measurable quantity that plans set targets on, as the catalog defines it.
///
/// ```swift
/// let pm25 = catalog["pm25_annual_mean"]!
/// pm25.zh        // "PM2.5年均浓度"
/// pm25.unit      // .microgramPerCubicMetre
/// pm25.polarity  // .lowerIsBetter
/// ```
public struct Indicator: Hashable, Sendable, Identifiable {
    /// Stable ASCII id, e.g. `pm25_annual_mean`: used in files, JSON and code.
    public var id: String
    /// The Chinese name as the plans print it.
    public var zh: String
    /// Other printed names (headers differ between plans).
    public var aliases: [String]
    public var en: String
    public var unit: Unit
    public var polarity: Polarity
    public var kind: IndicatorKind
    /// Decimals when reporting a value.
    public var precision: Int
    /// Physical range; values outside it are data errors (a negative concentration).
    public var range: ClosedRange<Double>?
    /// For compound cells `a(b,c)`: the indicators of the parts after the first value.
    public var parts: [String]
    /// Baseline year of a relative-change indicator.
    public var baselineYear: Int?
    /// What the indicator measures, shared by indicators that state the same thing differently
    /// (heavy pollution as a count of days, or as a share of days): `tracker diff` reports a
    /// switch between them as a definition change, not as one target removed and another added.
    public var concept: String?
    /// Look-alike indicators that measure something else (a narrower population, a flow against
    /// a stock): `distinct` in the catalog, so that the look-alike lint (`IndicatorLint`) accepts them.
    public var distinctFrom: [String] = []
    /// The decimals its value is published at, by year (`published` in the catalog); nil: `precision`.
    public var publication: PublicationPrecision?
    public var note: String?

    public init(id: String, zh: String, aliases: [String] = [], en: String, unit: Unit,
                polarity: Polarity, kind: IndicatorKind, precision: Int, range: ClosedRange<Double>? = nil,
                parts: [String] = [], baselineYear: Int? = nil, concept: String? = nil, note: String? = nil) {
        self.id = id; self.zh = zh; self.aliases = aliases; self.en = en; self.unit = unit
        self.polarity = polarity; self.kind = kind; self.precision = precision; self.range = range
        self.parts = parts; self.baselineYear = baselineYear; self.concept = concept; self.note = note
    }

    /// The decimals a value for `year` is published at: the catalog's `published`, else `precision`.
    public func publishedDecimals(in year: Int) -> Int { publication?.decimals(in: year) ?? precision }

    /// Every name the indicator answers to: id, Chinese name, aliases.
    public var names: [String] { [id, zh] + aliases }
}
