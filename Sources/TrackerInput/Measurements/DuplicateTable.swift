/// The rows read so far by period, scope and indicator numbers, for finding duplicates among
/// every row of an archive at little cost: per scope and indicator pair, a run of slots indexed
/// by the period's number (`year × 13 + month`), so that the rows of one pair, read month after
/// month, sit side by side instead of scattered over a hash table of the whole file. Periods too
/// far apart for one run (more than `widest` numbers) go to a plain dictionary.
///
/// ```swift
/// var table = DuplicateTable<Double>()
/// table.insert(48.2, period: 2025 * 13 + 1, scope: 0, indicator: 3)
/// table[2025 * 13 + 1, 0, 3]   // 48.2
/// table[2025 * 13 + 2, 0, 3]   // nil
/// ```
struct DuplicateTable<Value> {
    private struct Key: Hashable {
        var period: Int32
        var pair: Int32
    }

    /// Period numbers one pair's run may span (about 315 years of months).
    static var widest: Int { 4096 }

    private var values: [Value] = []
    /// Scope and indicator numbers → the pair's position in `bases` and `slots`.
    private var pairs: [UInt64: Int32] = [:]
    private var lastPair: (key: UInt64, index: Int32)?
    /// Small scope and indicator numbers (below `gridLimit`) → 1 + the pair's position, without
    /// hashing: row `scope`, column `indicator`, `gridWidth` columns (0: not yet a pair).
    private var grid: [Int32] = []
    private var gridWidth = 0
    private var gridRows = 0
    private static var gridLimit: Int32 { 1024 }
    /// Per pair: the period number of its first slot, and its slots (1 + position in `values`; 0: none).
    private var bases: [Int32] = []
    private var slots: [[Int32]] = []
    private var spread: [Key: Int32] = [:]

    var count: Int { values.count }

    mutating func reserveCapacity(_ n: Int) { values.reserveCapacity(n) }

    /// What the table holds for a key: a value, or a mark — a negative number the caller chose
    /// to keep instead of a value (four bytes in the run, nothing in `values`).
    enum Entry {
        case value(Value)
        case mark(Int32)
    }

    /// The value of a period, scope and indicator (for tables without marks).
    subscript(period: Int32, scope: Int32, indicator: Int32) -> Value? {
        mutating get {
            if case .value(let value) = entry(period: period, scope: scope, indicator: indicator) { return value }
            return nil
        }
    }

    mutating func entry(period: Int32, scope: Int32, indicator: Int32) -> Entry? {
        let pair = pairIndex(scope, indicator)
        let offset = Int(period) - Int(bases[Int(pair)])
        var slot: Int32 = 0
        if offset >= 0, offset < slots[Int(pair)].count { slot = slots[Int(pair)][offset] }
        // A run may have grown over a period stored apart before it did.
        if slot == 0, !spread.isEmpty { slot = spread[Key(period: period, pair: pair)] ?? 0 }
        return slot == 0 ? nil : slot < 0 ? .mark(slot) : .value(values[Int(slot) - 1])
    }

    /// Records `value` for a period, scope and indicator not yet in the table.
    mutating func insert(_ value: Value, period: Int32, scope: Int32, indicator: Int32) {
        insert(value, period: period, pair: Int(pairIndex(scope, indicator)))
    }

    /// Records `value` unless the table holds the period, scope and indicator already: then
    /// nothing is recorded and the answer is false. One look-up of the pair for both.
    mutating func insertIfAbsent(_ value: Value, period: Int32, scope: Int32, indicator: Int32) -> Bool {
        insertIfAbsent(.value(value), period: period, scope: scope, indicator: indicator)
    }

    /// `insertIfAbsent` of a value or of a mark (negative).
    mutating func insertIfAbsent(_ entry: Entry, period: Int32, scope: Int32, indicator: Int32) -> Bool {
        @inline(__always) func slot() -> Int32 {
            switch entry {
            case .value(let value):
                values.append(value)
                return Int32(values.count)
            case .mark(let mark):
                return mark
            }
        }
        let pair = pairIndex(scope, indicator)
        let offset = Int(period) - Int(bases[Int(pair)])
        let width = slots[Int(pair)].count
        if offset >= 0, offset < width {
            guard slots[Int(pair)][offset] == 0 else { return false }
            if spread.isEmpty {
                slots[Int(pair)][offset] = slot()
                return true
            }
        } else if offset == width, width > 0, width < Self.widest, spread.isEmpty {
            // The next period of a pair read month after month: the run grows by one.
            slots[Int(pair)].append(slot())
            return true
        }
        if !spread.isEmpty, spread[Key(period: period, pair: pair)] != nil { return false }
        store(slot(), period: period, pair: Int(pair))
        return true
    }

    private mutating func insert(_ value: Value, period: Int32, pair: Int) {
        values.append(value)
        store(Int32(values.count), period: period, pair: pair)
    }

    private mutating func store(_ slot: Int32, period: Int32, pair: Int) {
        if slots[pair].isEmpty { bases[pair] = period }
        var offset = Int(period) - Int(bases[pair])
        let width = slots[pair].count
        if offset < 0, width - offset <= Self.widest {
            slots[pair].insert(contentsOf: repeatElement(0, count: -offset), at: 0)
            bases[pair] = period
            offset = 0
        } else if offset >= width, offset < Self.widest {
            slots[pair].append(contentsOf: repeatElement(0, count: offset + 1 - width))
        }
        if offset >= 0, offset < slots[pair].count {
            slots[pair][offset] = slot
        } else {
            spread[Key(period: period, pair: Int32(pair))] = slot
        }
    }

    private mutating func pairIndex(_ scope: Int32, _ indicator: Int32) -> Int32 {
        if scope >= 0, indicator >= 0, scope < Self.gridLimit, indicator < Self.gridLimit {
            if Int(scope) < gridRows, Int(indicator) < gridWidth, case let known = grid[Int(scope) * gridWidth + Int(indicator)], known != 0 {
                return known - 1
            }
            let index = hashedPairIndex(scope, indicator)
            if Int(scope) >= gridRows || Int(indicator) >= gridWidth { regrid(rows: Int(scope) + 1, width: Int(indicator) + 1) }
            grid[Int(scope) * gridWidth + Int(indicator)] = index + 1
            return index
        }
        return hashedPairIndex(scope, indicator)
    }

    /// Makes room in `grid` for at least `rows` scopes and `width` indicators (doubling).
    private mutating func regrid(rows: Int, width: Int) {
        let newRows = max(gridRows, rows.nextPowerOfTwo), newWidth = max(gridWidth, width.nextPowerOfTwo)
        var larger = [Int32](repeating: 0, count: newRows * newWidth)
        for r in 0..<gridRows {
            for c in 0..<gridWidth { larger[r * newWidth + c] = grid[r * gridWidth + c] }
        }
        (grid, gridRows, gridWidth) = (larger, newRows, newWidth)
    }

    private mutating func hashedPairIndex(_ scope: Int32, _ indicator: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: scope)) << 32 | UInt64(UInt32(bitPattern: indicator))
        if let last = lastPair, last.key == key { return last.index }
        let index: Int32
        if let known = pairs[key] {
            index = known
        } else {
            index = Int32(bases.count)
            pairs[key] = index
            bases.append(0)
            slots.append([])
        }
        lastPair = (key, index)
        return index
    }
}

private extension Int {
    /// The least power of two not below this (at least 8).
    var nextPowerOfTwo: Int {
        var n = 8
        while n < self { n *= 2 }
        return n
    }
}
