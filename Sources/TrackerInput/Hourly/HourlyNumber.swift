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

    /// Tokens that mean "no value" (air-quality.md §2), compared case-insensitively.
    private static let missingTokens: Set<String> = ["", "na", "nan", "-", "—", "n/a", "null"]

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    static func parse(_ raw: ArraySlice<UInt8>) -> HourlyNumber {
        let text = trimmed(raw)
        if text.count <= 4, missingTokens.contains(String(decoding: text, as: UTF8.self).lowercased()) {
            return .missing
        }
        if let fast = fastDecimal(text) { return .value(fast) }
        // Exponents and long mantissas: let the standard library do it (still exact).
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return .malformed }
        return .value(value)
    }

    /// Integer fields (year, month, day, hour).
    static func parseInteger(_ raw: ArraySlice<UInt8>) -> Int? {
        let text = trimmed(raw)
        guard !text.isEmpty, text.count <= 9 else { return nil }
        var result = 0
        for byte in text {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            result = result * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return result
    }

    /// sign? digits (. digits)? with ≤ 15 digits: mantissa / 10^decimals is a single correctly
    /// rounded division of two exact values, so "2.35" gives exactly the literal 2.35.
    private static func fastDecimal(_ text: ArraySlice<UInt8>) -> Double? {
        var index = text.startIndex
        var negative = false
        if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var seenPoint = false
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { decimals += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        let magnitude = Double(mantissa) / powersOfTen[decimals]
        return negative ? -magnitude : magnitude
    }

    private static func trimmed(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = raw.startIndex
        var hi = raw.endIndex
        while lo < hi, raw[lo] == UInt8(ascii: " ") || raw[lo] == UInt8(ascii: "\t") { lo += 1 }
        while hi > lo, raw[hi - 1] == UInt8(ascii: " ") || raw[hi - 1] == UInt8(ascii: "\t") { hi -= 1 }
        return raw[lo..<hi]
    }
}
