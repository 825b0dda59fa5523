/// Reads a DEFLATE stream's bits least-significant first, as RFC 1951 packs them, through a
/// 64-bit buffer so that a length/distance pair needs at most one refill.
///
/// Past the end of the input the buffer is filled with zero bits ("padding"), which keeps a
/// Huffman lookup near the end simple; consuming any padding bit is `truncated`.
///
/// ```swift
/// [0b1010_0011].withUnsafeBufferPointer { bytes in
///     var reader = DeflateBitReader(bytes)
///     try reader.bits(3)   // 0b011
/// }
/// ```
struct DeflateBitReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    private var buffer: UInt64 = 0
    /// Bits in `buffer`, padding included.
    private var count = 0
    /// Zero bits in `buffer` that lie past the input's end.
    private var padding = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Tops the buffer up to at least 57 bits.
    @inline(__always)
    mutating func refill() {
        while count <= 56 {
            if position < bytes.count {
                buffer |= UInt64(bytes[position]) << UInt64(count)
                position += 1
            } else {
                padding += 8
            }
            count += 8
        }
    }

    /// The next `n` bits (n ≤ 32) without consuming them.
    @inline(__always)
    mutating func peek(_ n: Int) -> UInt32 {
        if count < n { refill() }
        return UInt32(truncatingIfNeeded: buffer & ((1 << UInt64(n)) - 1))
    }

    @inline(__always)
    mutating func consume(_ n: Int) throws(InflateError) {
        buffer >>= UInt64(n)
        count -= n
        if count < padding { throw .truncated }
    }

    @inline(__always)
    mutating func bits(_ n: Int) throws(InflateError) -> Int {
        guard n > 0 else { return 0 }
        let value = peek(n)
        try consume(n)
        return Int(value)
    }

    /// Drops the bits up to the next byte boundary (before a stored block).
    mutating func alignToByte() throws(InflateError) {
        try consume((count - padding) % 8)
    }

    /// Copies `n` whole bytes (a stored block's content) to `output`: first what the buffer
    /// holds, then straight from the input.
    mutating func copyBytes(_ n: Int, to output: inout [UInt8]) throws(InflateError) {
        var left = n
        while left > 0, count - padding >= 8 {
            output.append(UInt8(try bits(8)))
            left -= 1
        }
        guard left > 0 else { return }
        // The buffer now holds only padding (or nothing); continue from the input directly.
        guard position + left <= bytes.count else { throw .truncated }
        output.append(contentsOf: bytes[position..<(position + left)])
        position += left
        buffer = 0
        count = 0
        padding = 0
    }
}
