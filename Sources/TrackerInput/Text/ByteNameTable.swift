import Foundation

/// Names met in a file's bytes, each given a small number the first time it is seen, so that a
/// name repeated on a million rows is resolved once (by the caller, against its catalog) and
/// found again by a hash of its bytes: no `String` per row. Open addressing over one arena of
/// bytes; a full table (more than `capacity` distinct names) answers nil, and the caller reads
/// the row the slow way.
///
/// ```swift
/// var names = ByteNameTable()
/// "德胜街道".utf8.withContiguousStorageIfAvailable { names.number(of: $0) }   // (0, isNew: true)
/// "德胜街道".utf8.withContiguousStorageIfAvailable { names.number(of: $0) }   // (0, isNew: false)
/// ```
struct ByteNameTable {
    /// Distinct names kept; the names of a measurement file's scopes and indicators are a few
    /// hundred.
    static let capacity = 1 << 14

    private var arena: [UInt8] = []
    /// Per number: where its bytes lie in `arena`.
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    /// Slot → 1 + number (0: empty); twice `capacity` slots, a power of two.
    private var slots = [Int32](repeating: 0, count: 2 * ByteNameTable.capacity)
    private var hashes = [UInt32](repeating: 0, count: 2 * ByteNameTable.capacity)

    var count: Int { starts.count }

    /// The number of `bytes`, and whether it was given just now; nil when the table is full.
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool)? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if hashes[slot] == hash, equal(Int(entry) - 1, bytes) { return (Int(entry) - 1, false) }
            slot = (slot + 1) & mask
        }
        guard starts.count < Self.capacity else { return nil }
        starts.append(Int32(arena.count))
        lengths.append(Int32(bytes.count))
        arena.append(contentsOf: bytes)
        slots[slot] = Int32(starts.count)
        hashes[slot] = hash
        return (starts.count - 1, true)
    }

    @inline(__always)
    private func equal(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(lengths[number])
        guard length == bytes.count else { return false }
        let start = Int(starts[number])
        return arena.withUnsafeBufferPointer { a in
            guard length > 0 else { return true }
            return memcmp(a.baseAddress! + start, bytes.baseAddress!, length) == 0
        }
    }

    /// FNV-1a over 8-byte words (then the tail byte by byte), folded to 32 bits.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let n = bytes.count
        var k = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while k + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0x0000_0100_0000_01b3
                h ^= h >> 29
                k += 8
            }
            while k < n {
                h = (h ^ UInt64(base[k])) &* 0x0000_0100_0000_01b3
                k += 1
            }
        }
        h ^= h >> 32
        return UInt32(truncatingIfNeeded: h)
    }
}
