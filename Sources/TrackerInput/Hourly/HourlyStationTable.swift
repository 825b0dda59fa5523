import Foundation

/// The stations met in one read, keyed by the raw bytes of the station field, so a row's
/// station is found by a hash of its bytes without building a String (national files repeat
/// 2,000 station names in turn, one per row).
///
/// ```swift
/// var table = HourlyStationTable()
/// let entry = table.lookup(fieldBytes) { name in sink.stationNumber(for: name) }
/// entry?.number   // the sink's number; nil when the (trimmed) name is empty
/// ```
struct HourlyStationTable {
    struct Entry {
        let number: Int
        let name: String
    }

    private var arena: [UInt8] = []
    private var keyStart: [Int] = []
    private var keyLength: [Int] = []
    private var hashes: [UInt64] = []
    private var entries: [Entry?] = []
    /// Open addressing: slot → index into the arrays above, or -1.
    private var slots = [Int](repeating: -1, count: 64)
    private var last = -1
    /// For each entry, the entry of the row that followed it last time: files ordered by time
    /// list the stations in the same order every hour, so the guess is nearly always right.
    private var successor: [Int] = []

    /// The entry for these bytes, asking `number` for a new trimmed name the first time; nil
    /// when the name is empty.
    mutating func lookup(_ bytes: UnsafeRawBufferPointer, number: (String) -> Int) -> Entry? {
        if last >= 0 {
            if matches(last, bytes) { return entries[last] }
            let guess = successor[last]
            if guess >= 0, matches(guess, bytes) {
                last = guess
                return entries[guess]
            }
        }
        let found = find(bytes, number: number)
        if last >= 0 { successor[last] = found }
        last = found
        return entries[found]
    }

    private mutating func find(_ bytes: UnsafeRawBufferPointer, number: (String) -> Int) -> Int {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            if hashes[index] == hash, matches(index, bytes) { return index }
            slot = (slot + 1) & mask
        }
        let index = insert(bytes, hash: hash, number: number)
        slots[slot] = index
        if keyStart.count * 2 > slots.count { rehash() }
        return index
    }

    private mutating func insert(_ bytes: UnsafeRawBufferPointer, hash: UInt64, number: (String) -> Int) -> Int {
        let name = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        // Spellings that trim to one name (" A" and "A") share the sink's number.
        let existing = entries.lazy.compactMap { $0 }.first { $0.name == name }
        let entry: Entry? = name.isEmpty ? nil : existing ?? Entry(number: number(name), name: name)
        keyStart.append(arena.count)
        keyLength.append(bytes.count)
        arena.append(contentsOf: bytes)
        hashes.append(hash)
        entries.append(entry)
        successor.append(-1)
        return keyStart.count - 1
    }

    private func matches(_ index: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard keyLength[index] == bytes.count else { return false }
        return arena.withUnsafeBytes { all in
            guard bytes.count > 0, let key = all.baseAddress, let other = bytes.baseAddress else { return true }
            // Station ids are short: a byte loop beats a call to memcmp.
            let a = key + keyStart[index]
            for i in 0..<bytes.count where a.load(fromByteOffset: i, as: UInt8.self) != other.load(fromByteOffset: i, as: UInt8.self) {
                return false
            }
            return true
        }
    }

    private mutating func rehash() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for index in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[index]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    /// FNV-1a, then a final mix so short keys spread over the low bits.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
