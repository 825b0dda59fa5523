import Foundation

/// A `P_24h` value of the national daily files as written, with the size of its last digit (the
/// platform rounds to it), for the cross-check against the hourly values.
///
/// ```swift
/// Array("0.87".utf8).withUnsafeBytes { NationalReported($0)?.lastDigit }   // 0.01
/// ```
struct NationalReported {
    let value: Double
    let lastDigit: Double
    let text: String

    init?(_ raw: UnsafeRawBufferPointer) {
        guard case .value(let v) = HourlyNumber.parse(raw), v >= 0 else { return nil }
        let text = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        value = v
        var size = 1.0
        for _ in 0..<decimals { size /= 10 }
        lastDigit = size
        self.text = text
    }
}
