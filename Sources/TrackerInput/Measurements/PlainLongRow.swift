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

        init?(header: MeasurementHeader) {
            guard header.layout == .long, header.valueUnit == nil else { return nil }
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
        }

        /// The row of `line` (its bytes without the line end), or nil when it is not plain.
        func read(_ line: UnsafeBufferPointer<UInt8>) -> PlainLongRow? {
            var row = PlainLongRow(year: 0, month: 0, scope: 0..<0, indicator: 0..<0, value: 0, valueStart: 0,
                                   validDays: -1, note: 0..<0)
            let end = line.count
            var start = 0
            var field = 0
            let comma = UInt8(ascii: ",")
            while true {
                // The field runs to the next comma; a quote, CR, byte-order mark (EF) or control
                // character anywhere makes the row not plain.
                var stop = start
                // Eight bytes at a time while none of them is a comma or a byte to refuse.
                if let base = line.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while stop + 8 <= end, !Self.special(raw.loadUnaligned(fromByteOffset: stop, as: UInt64.self)) { stop += 8 }
                }
                while stop < end {
                    let c = line[stop]
                    if c == comma { break }
                    if c < 0x20 || c == UInt8(ascii: "\"") || c == 0xEF { return nil }
                    stop += 1
                }
                guard field < roles.count else { return nil }
                switch roles[field] {
                case .period:
                    guard stop - start == 7, let (year, month) = Self.month(line, start) else { return nil }
                    row.year = year
                    row.month = month
                case .scope:
                    guard Self.isName(line, start, stop) else { return nil }
                    row.scope = start..<stop
                case .indicator:
                    guard Self.isName(line, start, stop) else { return nil }
                    row.indicator = start..<stop
                case .value:
                    guard let value = Self.decimal(line, start, stop) else { return nil }
                    row.value = value
                    row.valueStart = start
                case .validDays:
                    if stop > start {
                        guard stop - start <= 3 else { return nil }
                        var days = 0
                        for k in start..<stop {
                            let d = line[k] &- 48
                            guard d < 10 else { return nil }
                            days = days * 10 + Int(d)
                        }
                        row.validDays = days
                    }
                case .note:
                    row.note = start..<stop
                case .empty:
                    guard stop == start else { return nil }
                case .ignored:
                    break
                }
                field += 1
                if stop == end { break }
                start = stop + 1
            }
            guard field == roles.count else { return nil }
            // Valid days beyond the month's days are an error the general reader words.
            if row.validDays > YearMonth.dayCount(year: row.year, month: row.month) { return nil }
            return row
        }

        /// Whether one of the eight bytes of `w` is a comma, a quote, 0xEF or below 0x20 (each
        /// test sets the high bit of a byte that matches; a false match only sends the word to the
        /// byte-by-byte loop).
        @inline(__always)
        private static func special(_ w: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
            let comma = zeroByte(w ^ (ones &* 0x2C)), quote = zeroByte(w ^ (ones &* 0x22)), mark = zeroByte(w ^ (ones &* 0xEF))
            let control = (w &- ones &* 0x20) & ~w & highs
            return comma | quote | mark | control != 0
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
        private static func isName(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
            to > from && b[from] != UInt8(ascii: " ") && b[to - 1] != UInt8(ascii: " ")
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
