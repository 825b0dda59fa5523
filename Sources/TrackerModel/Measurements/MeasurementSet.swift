/// The measurements read from one or more files, with the bookkeeping that proves nothing was
/// lost: rows read, rows used, and every row skipped (with why).
///
/// ```swift
/// let data = try MeasurementReader.read(files: ["Samples/xicheng-2025.csv"], …)
/// data.measurements.count
/// data.skipped     // [] unless --lenient skipped bad rows
/// ```
public struct MeasurementSet: Sendable {
    public var measurements: [Measurement]
    public var rowsRead: Int
    /// Rows left out under `--lenient`, each with the problem that caused it.
    public var skipped: [Diagnostic]
    /// Files read, with how (encoding, layout), for the scorecard's header.
    public var sources: [Source]
    /// Good rows the reader was asked not to keep (their period lies outside the window it
    /// keeps, `MeasurementReader.read(…, keep:)`): counted, never silently lost.
    public var setAside = SetAside()

    /// Rows read and checked (duplicates included) but not kept, because an archive holds years
    /// the evaluation does not look at: how many, and the latest months they reach, so that the
    /// as-of month and the scorecard's count are those of the whole file.
    ///
    /// ```swift
    /// var aside = MeasurementSet.SetAside()
    /// aside.add(.month(YearMonth(2019, 12)))
    /// aside.count           // 1
    /// aside.latestMonthly   // 2019-12
    /// ```
    public struct SetAside: Hashable, Sendable {
        public var count = 0
        /// The latest month of the monthly rows set aside.
        public var latestMonthly: YearMonth?
        /// The latest December of the yearly rows set aside.
        public var latestYearly: YearMonth?

        public init() {}

        public mutating func add(_ period: Measurement.Period) {
            count += 1
            switch period {
            case .month(let month): latestMonthly = latestMonthly.map { max($0, month) } ?? month
            case .year: latestYearly = latestYearly.map { max($0, period.lastMonth) } ?? period.lastMonth
            }
        }

        public mutating func merge(_ other: SetAside) {
            count += other.count
            latestMonthly = [latestMonthly, other.latestMonthly].compactMap { $0 }.max()
            latestYearly = [latestYearly, other.latestYearly].compactMap { $0 }.max()
        }
    }

    public struct Source: Hashable, Sendable {
        public var file: String
        /// How the bytes were read: `utf-8`, `utf-8 with BOM`, `gb18030`, or for a workbook
        /// `xlsx, sheet 月度数据` (so the scorecard header names the sheet read).
        public var encoding: String
        public var layout: String
        /// The worksheet read, for a workbook.
        public var sheet: String?
        public init(file: String, encoding: String, layout: String, sheet: String? = nil) {
            self.file = file; self.encoding = encoding; self.layout = layout; self.sheet = sheet
        }
    }

    public init(measurements: [Measurement] = [], rowsRead: Int = 0, skipped: [Diagnostic] = [], sources: [Source] = []) {
        self.measurements = measurements; self.rowsRead = rowsRead; self.skipped = skipped; self.sources = sources
    }

    public var rowsUsed: Int { rowsRead - skipped.count }

    /// The latest month the data reaches: that of the monthly rows when there are any. A yearly
    /// value (an annual figure published mid-year) covers its December only nominally, and must
    /// not turn a June scorecard final.
    public var latestMonth: YearMonth? {
        let monthly = measurements.compactMap { m -> YearMonth? in if case .month(let month) = m.period { month } else { nil } }
        if let latest = (monthly + [setAside.latestMonthly].compactMap { $0 }).max() { return latest }
        return (measurements.map(\.period.lastMonth) + [setAside.latestYearly].compactMap { $0 }).max()
    }

    public mutating func merge(_ other: MeasurementSet) {
        measurements += other.measurements
        rowsRead += other.rowsRead
        skipped += other.skipped
        sources += other.sources
        setAside.merge(other.setAside)
    }
}
