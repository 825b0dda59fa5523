import TrackerModel

/// One recorded month of one plan (`evaluate --record DIR` writes `DIR/<plan>/<YYYY-MM>.json`):
/// the digests of the inputs and of the target files, each target's observed value and verdict,
/// and the earlier revisions of the same month when it was re-recorded with other inputs.
///
/// ```swift
/// let entry = LedgerEntry(plan: "xicheng-2025", month: YearMonth(2025, 3), revision: 1,
///                         inputs: [.init(file: "march.csv", sha256: "9f86…")], targetsDigest: "2c26…", rows: [])
/// entry.isRevised   // false: recorded once
/// ```
public struct LedgerEntry: Hashable, Sendable {
    /// A file and its SHA-256 (hex).
    public struct Digest: Hashable, Sendable {
        public var file: String
        public var sha256: String
        public init(file: String, sha256: String) { self.file = file; self.sha256 = sha256 }
    }

    /// One target's line: what the scorecard said.
    public struct Row: Hashable, Sendable {
        public var scope: String
        public var indicator: String
        public var indicatorZh: String
        /// The target as printed (`≤ 32`).
        public var target: String
        public var observed: Double?
        /// The observed value as the scorecard prints it.
        public var observedText: String
        public var verdict: Verdict
        /// The target's period (nil in files written before it was recorded).
        public var period: Period?
        /// The comparator's code (`<=`, `approx`, `year_on_year`) and its number, and the decimals
        /// the value is published at: what says how a target or a standard changed (nil in older files).
        public var comparator: String? = nil
        public var bound: Double? = nil
        public var publishedDecimals: Int? = nil
        public init(scope: String, indicator: String, indicatorZh: String, target: String, observed: Double?,
                    observedText: String, verdict: Verdict, period: Period? = nil, comparator: String? = nil,
                    bound: Double? = nil, publishedDecimals: Int? = nil) {
            self.scope = scope; self.indicator = indicator; self.indicatorZh = indicatorZh; self.target = target
            self.observed = observed; self.observedText = observedText; self.verdict = verdict; self.period = period
            self.comparator = comparator; self.bound = bound; self.publishedDecimals = publishedDecimals
        }
        /// Scope, indicator and target: what identifies a line within a month.
        public var key: String { scope + "\u{1F}" + indicator + "\u{1F}" + target }
        /// Scope, indicator and period: what identifies a line across months, whatever its
        /// target became (a changed target is a change of the same line).
        public var line: String { scope + "\u{1F}" + indicator + "\u{1F}" + (period?.description ?? "") }
    }

    /// One monthly value of the data the scorecard used (what a revision of the data changes).
    public struct Value: Hashable, Sendable {
        public var scope: String
        public var indicator: String
        public var indicatorZh: String
        /// The month the value is of.
        public var month: YearMonth
        public var value: Double
        public init(scope: String, indicator: String, indicatorZh: String, month: YearMonth, value: Double) {
            self.scope = scope; self.indicator = indicator; self.indicatorZh = indicatorZh; self.month = month; self.value = value
        }
        public var key: String { scope + "\u{1F}" + indicator + "\u{1F}" + month.description }
    }

    /// An earlier recording of the same month.
    public struct Revision: Hashable, Sendable {
        public var revision: Int
        public var inputs: [Digest]
        public var targetsDigest: String
        public var rows: [Row]
        public var values: [Value]
        public var catalogDigest: String? = nil
        public var standard: String? = nil
        public init(revision: Int, inputs: [Digest], targetsDigest: String, rows: [Row], values: [Value],
                    catalogDigest: String? = nil, standard: String? = nil) {
            self.revision = revision; self.inputs = inputs; self.targetsDigest = targetsDigest; self.rows = rows; self.values = values
            self.catalogDigest = catalogDigest; self.standard = standard
        }
    }

    public var plan: String
    public var month: YearMonth
    /// 1 when first recorded; one more each time the month is recorded from other inputs.
    public var revision: Int
    public var inputs: [Digest]
    public var targetsDigest: String
    public var rows: [Row]
    /// The monthly values behind the rows, each once, by scope, indicator and month.
    public var values: [Value]
    /// Earlier revisions, oldest first.
    public var previous: [Revision]
    /// SHA-256 of the indicator catalogs' SHA-256s (part of `targetsDigest` too): a changed
    /// catalog is a changed standard (units, precision, publication precision). Nil in older files.
    public var catalogDigest: String? = nil
    /// The AQI standard hourly data were aggregated under (`auto`, `HJ 633—2012`, `HJ 633—2026`);
    /// nil for monthly data.
    public var standard: String? = nil

    public init(plan: String, month: YearMonth, revision: Int, inputs: [Digest], targetsDigest: String, rows: [Row],
                values: [Value] = [], previous: [Revision] = []) {
        self.plan = plan; self.month = month; self.revision = revision; self.inputs = inputs
        self.targetsDigest = targetsDigest; self.rows = rows; self.values = values; self.previous = previous
    }

    public var isRevised: Bool { revision > 1 }

    /// The entry as it is now, as a revision (to keep when the month is recorded again).
    public var asRevision: Revision {
        Revision(revision: revision, inputs: inputs, targetsDigest: targetsDigest, rows: rows, values: values,
                 catalogDigest: catalogDigest, standard: standard)
    }
}
