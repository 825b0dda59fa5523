/// Decodes raw DEFLATE data (RFC 1951), as ZIP stores a "deflated" entry: stored, fixed-Huffman
/// and dynamic-Huffman blocks. Written here because the tool depends on Foundation alone.
///
/// The output is bounded: `limit` is checked before every byte is written, so a ZIP bomb stops
/// at the limit instead of filling memory.
///
/// ```swift
/// let bytes = try Inflater.inflate(compressed, limit: 64 << 20)   // throws .outputLimit past 64 MiB
/// String(decoding: bytes, as: UTF8.self)
/// ```
package enum Inflater {
    /// The decoded bytes of a raw DEFLATE stream (no zlib or gzip wrapper). Data after the final
    /// block is ignored, as ZIP readers do. `expected` only pre-sizes the output.
    package static func inflate(_ input: [UInt8], limit: Int, expected: Int = 0) throws(InflateError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(min(max(expected, input.count * 4), limit))
        let result: Result<Void, InflateError> = input.withUnsafeBufferPointer { bytes in
            var reader = DeflateBitReader(bytes)
            do throws(InflateError) {
                var final = false
                while !final {
                    final = try reader.bits(1) == 1
                    switch try reader.bits(2) {
                    case 0: try stored(&reader, &output, limit)
                    case 1: try codes(&reader, &output, limit, HuffmanTable.fixedLiteralLength, HuffmanTable.fixedDistance)
                    case 2:
                        let (literals, distances) = try dynamicTables(&reader)
                        try codes(&reader, &output, limit, literals, distances)
                    default: throw .badBlockType
                    }
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        return output
    }

    private static func stored(_ reader: inout DeflateBitReader, _ output: inout [UInt8], _ limit: Int) throws(InflateError) {
        try reader.alignToByte()
        let length = try reader.bits(16)
        let complement = try reader.bits(16)
        guard length == ~complement & 0xFFFF else { throw .badStoredLength }
        guard output.count + length <= limit else { throw .outputLimit(limit) }
        try reader.copyBytes(length, to: &output)
    }

    /// Order in which a dynamic block lists the code-length code's lengths (RFC 1951 §3.2.7).
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func dynamicTables(_ reader: inout DeflateBitReader) throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        // 286 literal/length and 30 distance codes are all RFC 1951 defines; zlib refuses more.
        guard literalCount <= 286, distanceCount <= 30 else { throw .badCodeLengths }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[i]] = UInt8(try reader.bits(3)) }
        let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths)

        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthTable.decode(&reader)
            switch symbol {
            case 0...15: lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw .badCodeLengths }
                lengths += repeatElement(previous, count: 3 + (try reader.bits(2)))
            case 17: lengths += repeatElement(0, count: 3 + (try reader.bits(3)))
            default: lengths += repeatElement(0, count: 11 + (try reader.bits(7)))
            }
        }
        // A repeat may not run past the end of the lists.
        guard lengths.count == literalCount + distanceCount else { throw .badCodeLengths }
        // Without a code for end-of-block the block could never end.
        guard lengths[256] != 0 else { throw .badCodeLengths }
        return (try HuffmanTable(lengths: Array(lengths[..<literalCount])),
                try HuffmanTable(lengths: Array(lengths[literalCount...])))
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                            35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                             3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                              257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                                              8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                               7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// A Huffman-coded block: literals, and length/distance pairs copied from the output so far.
    private static func codes(_ reader: inout DeflateBitReader, _ output: inout [UInt8], _ limit: Int,
                              _ literals: HuffmanTable, _ distances: HuffmanTable) throws(InflateError) {
        while true {
            reader.refill()
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                guard output.count < limit else { throw .outputLimit(limit) }
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            guard index < lengthBase.count else { throw .badSymbol }
            let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < distanceBase.count else { throw .badSymbol }
            let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
            guard distance <= output.count else { throw .distanceTooFar }
            guard output.count + length <= limit else { throw .outputLimit(limit) }
            // Byte by byte: the copy may overlap itself (a run), and appending a slice of the
            // array to itself would copy the whole array first.
            let start = output.count - distance
            for i in 0..<length { output.append(output[start + i]) }
        }
    }
}
