/// A canonical Huffman code (RFC 1951 §3.2.2) as a single lookup table indexed by the next
/// `maxLength` input bits, bit-reversed as DEFLATE sends them: one lookup per symbol.
///
/// Over-subscribed code lengths are refused. An incomplete code is accepted (zlib allows one
/// for a lone distance code); a lookup that lands on an unused slot is `badSymbol`.
///
/// ```swift
/// let table = try HuffmanTable(lengths: [2, 1, 3, 3])   // codes 10, 0, 110, 111
/// var reader = DeflateBitReader(bytes)
/// try table.decode(&reader)                            // the next symbol
/// ```
struct HuffmanTable {
    /// Entry: `symbol << 4 | length`; 0 for a slot no code reaches.
    private let table: [UInt32]
    private let maxLength: Int

    init(lengths: [UInt8]) throws(InflateError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left << 1 - counts[length]
            if left < 0 { throw .badCodeLengths }
        }
        let maxLength = max(1, lengths.map(Int.init).max() ?? 1)
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        var table = [UInt32](repeating: 0, count: 1 << maxLength)
        for (symbol, l) in lengths.enumerated() where l > 0 {
            let length = Int(l)
            let reversed = HuffmanTable.reverse(next[length], length)
            next[length] += 1
            let entry = UInt32(symbol) << 4 | UInt32(length)
            var slot = reversed
            while slot < table.count {
                table[slot] = entry
                slot += 1 << length
            }
        }
        self.table = table
        self.maxLength = maxLength
    }

    @inline(__always)
    func decode(_ reader: inout DeflateBitReader) throws(InflateError) -> Int {
        let entry = table[Int(reader.peek(maxLength))]
        guard entry != 0 else { throw .badSymbol }
        try reader.consume(Int(entry & 15))
        return Int(entry >> 4)
    }

    private static func reverse(_ code: Int, _ length: Int) -> Int {
        var result = 0, code = code
        for _ in 0..<length {
            result = result << 1 | code & 1
            code >>= 1
        }
        return result
    }

    /// The fixed codes of block type 1 (RFC 1951 §3.2.6).
    static let fixedLiteralLength: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144...255 { lengths[i] = 9 }
        for i in 256...279 { lengths[i] = 7 }
        return try! HuffmanTable(lengths: lengths)
    }()

    static let fixedDistance: HuffmanTable = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))
}
