/// Parses a decimal number from bytes without building a String (the common case), exact to
/// the correctly rounded Double for up to 15 significant digits.
///
/// ```swift
/// HourlyNumber.parse(Array("2.35".utf8)[...])   // .value(2.35)
/// HourlyNumber.parse(Array("NA".utf8)[...])     // .missing
/// HourlyNumber.parse(Array("1,2".utf8)[...])    // .malformed
/// ```
enum HourlyNumber: Equatable {
    case missing
    case value(Double)
    case malformed

    /// Tokens that mean "no value" (docs/air-quality.md §2), compared case-insensitively (ASCII).
    private static let missingTokens: [[UInt8]] = ["", "na", "nan", "-", "—", "n/a", "null"].map { Array($0.utf8) }

    static func parse(_ raw: ArraySlice<UInt8>) -> HourlyNumber {
        raw.withUnsafeBytes { parse($0) }
    }

    @inline(__always)
    static func parse(_ raw: UnsafeRawBufferPointer) -> HourlyNumber {
        // The common case first, straight on the bytes: this runs six times per row.
        if let fast = fastDecimal(raw) { return .value(fast) }
        return parseRest(raw)
    }

    /// Missing tokens, exponents and long mantissas: what `fastDecimal` leaves.
    private static func parseRest(_ raw: UnsafeRawBufferPointer) -> HourlyNumber {
        let text = trimmed(raw)
        if isMissingToken(text) { return .missing }
        // Exponents and long mantissas: let the standard library do it (still exact).
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return .malformed }
        return .value(value)
    }

    /// Integer fields (year, month, day, hour).
    static func parseInteger(_ raw: ArraySlice<UInt8>) -> Int? {
        raw.withUnsafeBytes { parseInteger($0) }
    }

    @inline(__always)
    static func parseInteger(_ raw: UnsafeRawBufferPointer) -> Int? {
        // The common case first: 1–9 digits and nothing else (four times per UCI row).
        if let bytes = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count <= 9 {
            var result = 0
            var k = 0
            while k < raw.count {
                let digit = bytes[k] &- UInt8(ascii: "0")
                if digit >= 10 { break }
                result = result &* 10 &+ Int(digit)
                k += 1
            }
            if k == raw.count, k > 0 { return result }
        }
        return parseIntegerRest(raw)
    }

    /// Blanks around the digits, or not an integer.
    private static func parseIntegerRest(_ raw: UnsafeRawBufferPointer) -> Int? {
        let text = trimmed(raw)
        guard !text.isEmpty, text.count <= 9 else { return nil }
        var result = 0
        for byte in text {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            result = result * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return result
    }

    private static func isMissingToken(_ text: UnsafeRawBufferPointer) -> Bool {
        guard text.count <= 4 else { return false }
        return missingTokens.contains { token in
            token.count == text.count && zip(token, text).allSatisfy { expected, byte in
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                return lower == expected
            }
        }
    }

    /// [blanks] sign? digits (. digits)? [blanks] with ≤ 15 digits: mantissa / 10^decimals is a
    /// single correctly rounded division of two exact values, so "2.35" gives exactly the literal 2.35.
    @inline(__always)
    private static func fastDecimal(_ raw: UnsafeRawBufferPointer) -> Double? {
        guard var p = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count > 0 else { return nil }
        var end = p + raw.count
        if p.pointee <= 0x20 || end[-1] <= 0x20 {
            while p < end, p.pointee == 0x20 || p.pointee == 0x09 { p += 1 }
            while end > p, end[-1] == 0x20 || end[-1] == 0x09 { end -= 1 }
        }
        var negative = false
        if p < end, p.pointee == UInt8(ascii: "-") || p.pointee == UInt8(ascii: "+") {
            negative = p.pointee == UInt8(ascii: "-")
            p += 1
        }
        var mantissa: UInt64 = 0
        let first = p
        // The integer part, then (after a point) the decimals: one test per digit.
        while p < end {
            let digit = p.pointee &- UInt8(ascii: "0")
            if digit >= 10 { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            p += 1
        }
        var digits = p - first
        var decimals = 0
        if p < end {
            guard p.pointee == UInt8(ascii: ".") else { return nil }
            p += 1
            let fraction = p
            while p < end {
                let digit = p.pointee &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                p += 1
            }
            decimals = p - fraction
            digits += decimals
        }
        guard digits > 0, digits <= 15 else { return nil }
        var magnitude = Double(mantissa)
        if decimals > 0 {
            var divisor = 10.0  // exact: 10^decimals ≤ 10^15 < 2^53
            for _ in 1..<decimals { divisor *= 10 }
            magnitude /= divisor
        }
        return negative ? -magnitude : magnitude
    }

    private static func trimmed(_ raw: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var lo = 0
        var hi = raw.count
        while lo < hi, raw[lo] == UInt8(ascii: " ") || raw[lo] == UInt8(ascii: "\t") { lo += 1 }
        while hi > lo, raw[hi - 1] == UInt8(ascii: " ") || raw[hi - 1] == UInt8(ascii: "\t") { hi -= 1 }
        return UnsafeRawBufferPointer(rebasing: raw[lo..<hi])
    }
}
