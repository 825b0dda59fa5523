/// A set of days (ordinals) as bits, for one station's completed days: one bit per day, grown
/// as days arrive, so checking a national year's 730,000 station-days costs a shift and a mask.
///
/// ```swift
/// var done = DayBitmap()
/// done.insert(20_089)
/// done.contains(20_089)   // true
/// ```
struct DayBitmap: Equatable {
    /// Word index of `words[0]` (day >> 6).
    private var base = 0
    private var words: [UInt64] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    func contains(_ day: Int) -> Bool {
        let w = (day >> 6) - base
        guard w >= 0, w < words.count else { return false }
        return words[w] & (1 << UInt64(day & 63)) != 0
    }

    mutating func insert(_ day: Int) {
        let word = day >> 6
        if words.isEmpty {
            base = word
            words = [0]
        } else if word < base {
            words.insert(contentsOf: repeatElement(0, count: base - word), at: 0)
            base = word
        } else if word - base >= words.count {
            words.append(contentsOf: repeatElement(0, count: word - base - words.count + 1))
        }
        let bit: UInt64 = 1 << UInt64(day & 63)
        if words[word - base] & bit == 0 {
            words[word - base] |= bit
            count += 1
        }
    }

    /// Every day of both.
    mutating func formUnion(_ other: DayBitmap) {
        for day in other.days { insert(day) }
    }

    func isDisjoint(with other: DayBitmap) -> Bool {
        !other.days.contains { contains($0) }
    }

    var days: [Int] {
        var result: [Int] = []
        for (offset, word) in words.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { result.append((base + offset) << 6 + bit) }
        }
        return result
    }
}
