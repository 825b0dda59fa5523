import TrackerModel

extension DayRatioForming {
    /// The counts of days a reader set aside (their period lies outside the window it keeps) whose
    /// share of days no row read so far gives: what `DayRatioForming.form` needs of them to word
    /// and count them as if they had been kept — the key, the value and valid days, the place and
    /// line, and where they stood among the rows kept. A share read later for the same month and
    /// scope takes its count out again (`remove`); a count whose share was read before never
    /// comes in. Rows of shares set aside cost nothing here: the duplicate table holds their keys.
    ///
    /// ```swift
    /// var aside = DayRatioForming.CountsAside()
    /// var (set, diagnostics) = MeasurementReader.read(files: ["archive.csv"], …, keep: window,
    ///                                                 forming: ["good_day_ratio"], aside: &aside)
    /// diagnostics += DayRatioForming.form(in: &set, wanted: ["good_day_ratio"], indicators: catalog, aside: aside)
    /// ```
    public struct CountsAside: Sendable {
        /// A count's period (`year × 13 + month`), scope and indicator, as the reader numbers them.
        struct Key: Hashable {
            var period: Int32
            var scope: Int32
            var indicator: Int32
        }

        /// The rest of a count: how many rows were kept before it and how many counts were set
        /// aside before it, its place (an index into `files`) and line, valid days (-1: none) and value.
        struct Count {
            var order: Int32
            var seq: Int32
            var place: Int32
            var line: Int32
            var validDays: Int32
            var value: Double
        }

        private(set) var pending: [Key: Count] = [:]
        private var added: Int32 = 0
        /// The reader's numbers as names (filled when reading ends).
        var scopes: [String] = []
        var indicators: [String] = []
        var files: [String] = []
        var sheets: [String?] = []

        public init() {}

        public var isEmpty: Bool { pending.isEmpty }

        mutating func add(_ key: Key, order: Int, place: Int32, line: Int, validDays: Int?, value: Double) {
            pending[key] = Count(order: Int32(truncatingIfNeeded: order), seq: added, place: place, line: Int32(truncatingIfNeeded: line),
                                 validDays: validDays.map { Int32(truncatingIfNeeded: $0) } ?? -1, value: value)
            added &+= 1
        }

        mutating func remove(_ key: Key) { pending.removeValue(forKey: key) }

        /// One count set aside, named.
        struct Named {
            var order: Int
            var period: TrackerModel.Measurement.Period
            var scope: String
            var indicator: String
            var value: Double
            var validDays: Int?
            var source: SourceLocation
        }

        /// The counts in the order they were read.
        func inReadingOrder() -> [Named] {
            pending.sorted { a, b in
                (a.value.order, a.value.seq) < (b.value.order, b.value.seq)
            }.map { key, count in
                let year = Int(key.period) / 13, month = Int(key.period) % 13
                let place = Int(count.place)
                return Named(order: Int(count.order), period: month == 0 ? .year(year) : .month(YearMonth(year, month)),
                             scope: scopes[Int(key.scope)], indicator: indicators[Int(key.indicator)], value: count.value,
                             validDays: count.validDays < 0 ? nil : Int(count.validDays),
                             source: SourceLocation(file: files[place], line: Int(count.line), column: 1, sheet: sheets[place]))
            }
        }
    }
}
