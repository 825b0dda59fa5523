import TrackerModel

/// A data row of the long layout read straight from its UTF-8 bytes, for the rows that need
/// none of the general reader's care (nearly every row of an archive): `YYYY-MM`, scope and
/// indicator names spelt as before, a plain decimal, whole valid days, an empty flag. Anything
/// else — quotes, a byte-order mark, a lone CR, spaces around a value, a marker, `1,234.5`, a
/// full-width digit, an empty or odd period, the wrong number of fields — is not plain, and the
/// row goes to `MeasurementRowReader`, so that its diagnostics are exactly the general reader's.
///
/// `PlainLongRow.Layout(header:)` decides once per table whether its header allows the path
/// (long layout, the value in the catalog's unit); `read` then cuts one line.
///
/// ```swift
/// let layout = PlainLongRow.Layout(header: header)!      // period,scope,indicator,value,valid_days,flag,note
/// "2025-01,德胜街道,pm25_annual_mean,48.2,31,,".utf8.withContiguousStorageIfAvailable { layout.read($0) }
/// // PlainLongRow(month: 2025-01, scope: 德胜街道's bytes, indicator: …, value: 48.2, validDays: 31, note: empty)
/// ```
struct PlainLongRow {
    var year: Int
    var month: Int
    /// The scope and indicator cells' bytes, within the line.
    var scope: Range<Int>
    var indicator: Range<Int>
    var value: Double
    /// Where the value cell starts in the line (a byte offset), for a duplicate's message.
    var valueStart: Int
    /// -1: the cell is empty (or there is no such column).
    var validDays: Int
    /// The note cell's bytes (empty when there is none).
    var note: Range<Int>

    /// What each field of a line is, from the header.
    enum Role: UInt8 {
        case period, scope, indicator, value, validDays, note
        /// A column the row must leave empty to be plain: flag, unit, excluded days, a column without a name.
        case empty
        /// A column the long layout does not read (a warning on the header): anything but a quote.
        case ignored
    }

    /// The roles of a table's fields, when its header allows plain rows.
    struct Layout {
        let roles: [Role]
        /// Where the fields the row reads stand (-1: no such column).
        private let period, scope, indicator, value, validDays, note: Int
        /// The fields that must be empty.
        private let empty: [Int]

        init?(header: MeasurementHeader) {
            guard header.layout == .long, header.valueUnit == nil, header.fieldCount <= Self.mostFields else { return nil }
            var roles = [Role](repeating: .ignored, count: header.fieldCount)
            for index in header.unnamed where index < roles.count { roles[index] = .empty }
            for (column, index) in header.columns {
                guard index < roles.count else { return nil }
                roles[index] = switch column {
                case .period: .period
                case .scope: .scope
                case .indicator: .indicator
                case .value: .value
                case .validDays: .validDays
                case .note: .note
                case .flag, .unit, .excludedDays, .valueWithExcluded, .validDaysWithExcluded: .empty
                }
            }
            for needed in [Role.period, .scope, .indicator, .value] where !roles.contains(needed) { return nil }
            self.roles = roles
            func at(_ role: Role) -> Int { roles.firstIndex(of: role) ?? -1 }
            (period, scope, indicator, value, validDays, note) = (at(.period), at(.scope), at(.indicator), at(.value), at(.validDays), at(.note))
            empty = roles.indices.filter { roles[$0] == .empty }
        }

        /// Fields a plain line may have (a wider table is read the general way).
        static let mostFields = 64

        /// The row of `line` (its bytes without the line end), or nil when it is not plain: first
        /// the commas are found eight bytes at a time (a quote, a control character such as a
        /// lone CR, or 0xEF, a byte-order mark's first byte, anywhere: not plain), then each field
        /// the row needs is read where it stands.
        func read(_ line: UnsafeBufferPointer<UInt8>) -> PlainLongRow? {
            guard let base = line.baseAddress else { return nil }
            let count = roles.count
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.mostFields + 1) { ends -> PlainLongRow? in
                // ends[k]: where field k ends (its comma, or the line's end).
                guard let found = Self.commas(base, line.count, into: ends, most: count), found == count else { return nil }
                @inline(__always) func start(_ k: Int) -> Int { k == 0 ? 0 : Int(ends[k - 1]) + 1 }
                @inline(__always) func end(_ k: Int) -> Int { Int(ends[k]) }
                for k in empty where end(k) != start(k) { return nil }
                guard end(period) - start(period) == 7, let (year, month) = Self.month(line, start(period)) else { return nil }
                let scopeRange = start(scope)..<end(scope), indicatorRange = start(indicator)..<end(indicator)
                guard Self.isName(line, scopeRange), Self.isName(line, indicatorRange),
                      let number = Self.decimal(line, start(value), end(value)) else { return nil }
                var days = -1
                if validDays >= 0, end(validDays) > start(validDays) {
                    guard end(validDays) - start(validDays) <= 3 else { return nil }
                    days = 0
                    for k in start(validDays)..<end(validDays) {
                        let d = line[k] &- 48
                        guard d < 10 else { return nil }
                        days = days * 10 + Int(d)
                    }
                    // Valid days beyond the month's days are an error the general reader words.
                    guard days <= YearMonth.dayCount(year: year, month: month) else { return nil }
                }
                return PlainLongRow(year: year, month: month, scope: scopeRange, indicator: indicatorRange, value: number,
                                    valueStart: start(value), validDays: days,
                                    note: note >= 0 ? start(note)..<end(note) : 0..<0)
            }
        }

        /// Finds the commas of `n` bytes: `ends` gets where each field ends; the number of fields,
        /// or nil when a byte refuses the line or there are more than `most` fields.
        @inline(__always)
        private static func commas(_ p: UnsafePointer<UInt8>, _ n: Int, into ends: UnsafeMutableBufferPointer<Int32>,
                                   most: Int) -> Int? {
            let raw = UnsafeRawPointer(p)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            var fields = 0
            var k = 0
            while k + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                // Any quote, 0xEF or byte below 0x20 in the word (exact as a yes or no).
                let quote = w ^ (ones &* 0x22), mark = w ^ (ones &* 0xEF)
                let refused = ((quote &- ones) & ~quote) | ((mark &- ones) & ~mark) | ((w &- ones &* 0x20) & ~w)
                if refused & highs != 0 { return nil }
                // Exactly the bytes that are commas.
                let x = w ^ (ones &* 0x2C)
                var hits = ~(((x & lows) &+ lows) | x | lows)
                while hits != 0 {
                    guard fields < most else { return nil }
                    ends[fields] = Int32(truncatingIfNeeded: k + hits.trailingZeroBitCount / 8)
                    fields += 1
                    hits &= hits &- 1
                }
                k += 8
            }
            while k < n {
                let c = p[k]
                if c < 0x20 || c == UInt8(ascii: "\"") || c == 0xEF { return nil }
                if c == UInt8(ascii: ",") {
                    guard fields < most else { return nil }
                    ends[fields] = Int32(truncatingIfNeeded: k)
                    fields += 1
                }
                k += 1
            }
            guard fields < most, n <= Int(Int32.max) else { return nil }
            ends[fields] = Int32(truncatingIfNeeded: n)
            return fields + 1
        }

        /// `YYYY-MM` at `k`: a year 1900–2100 and a month 01–12.
        @inline(__always)
        private static func month(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> (Int, Int)? {
            var year = 0
            for j in k..<(k + 4) {
                let d = b[j] &- 48
                guard d < 10 else { return nil }
                year = year * 10 + Int(d)
            }
            let m1 = b[k + 5] &- 48, m2 = b[k + 6] &- 48
            guard b[k + 4] == UInt8(ascii: "-"), m1 < 10, m2 < 10 else { return nil }
            let month = Int(m1) * 10 + Int(m2)
            guard (1900...2100).contains(year), (1...12).contains(month) else { return nil }
            return (year, month)
        }

        /// A name cell: not empty, and no space at either end (the general reader trims; the
        /// bytes' own check of a new name, `Whitespace.trim`, catches wider spaces).
        @inline(__always)
        private static func isName(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
            !r.isEmpty && b[r.lowerBound] != UInt8(ascii: " ") && b[r.upperBound - 1] != UInt8(ascii: " ")
        }

        private static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

        /// `-?digits(.digits)?` with at most 15 significant digits and 22 decimals: exact as an
        /// integer over a power of ten, so one division rounds it as `Double(String)` does. -0 is 0,
        /// as `NumberText.decimal` reads it. Anything else: nil.
        @inline(__always)
        private static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Double? {
            var k = from
            let negative = k < to && b[k] == UInt8(ascii: "-")
            if negative { k += 1 }
            var mantissa: UInt64 = 0
            var digits = 0
            let integerStart = k
            while k < to, case let d = b[k] &- 48, d < 10 {
                mantissa = mantissa &* 10 &+ UInt64(d)
                digits += 1
                k += 1
            }
            guard k > integerStart else { return nil }
            var decimals = 0
            if k < to {
                guard b[k] == UInt8(ascii: ".") else { return nil }
                k += 1
                while k < to, case let d = b[k] &- 48, d < 10 {
                    mantissa = mantissa &* 10 &+ UInt64(d)
                    digits += 1
                    decimals += 1
                    k += 1
                }
                guard k == to, decimals > 0 else { return nil }
            }
            guard digits <= 15, decimals <= 22 else { return nil }
            let value = Double(mantissa) / powersOfTen[decimals]
            return value == 0 ? 0 : negative ? -value : value
        }
    }
}
