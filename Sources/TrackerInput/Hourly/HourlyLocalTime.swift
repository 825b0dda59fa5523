import TrackerModel

/// An hour label of the long layout: ISO-8601 local (Beijing) time on the hour,
/// `2025-01-01T00:00` or `2025-01-01 00:00`, optionally with `:00` seconds and a `+08:00` offset.
///
/// ```swift
/// HourlyLocalTime.parse(Array("2025-01-01T13:00".utf8)[...])   // .success(HourlyLocalTime(date 2025-01-01, hour 13))
/// ```
struct HourlyLocalTime: Equatable {
    let date: CalendarDay
    let hour: Int

    enum Failure: Error, Equatable {
        /// Not of the form YYYY-MM-DD[T ]HH:MM.
        case notISO
        /// Minutes or seconds are not zero: hour labels mark the hour's beginning.
        case notOnTheHour
        /// The date or hour does not exist.
        case outOfRange
        /// An offset other than +08:00: times must be Beijing local time.
        case notBeijingTime
    }

    static func parse(_ raw: ArraySlice<UInt8>) -> Result<HourlyLocalTime, Failure> {
        raw.withUnsafeBytes { parse($0) }
    }

    /// Works on the bytes in place (no copy): this runs once per row of every long-layout file.
    static func parse(_ raw: UnsafeRawBufferPointer) -> Result<HourlyLocalTime, Failure> {
        if let fast = plain(raw) { return .success(fast) }
        var lo = 0
        var hi = raw.count
        while lo < hi, raw[lo] == UInt8(ascii: " ") || raw[lo] == UInt8(ascii: "\t") { lo += 1 }
        while hi > lo, raw[hi - 1] == UInt8(ascii: " ") || raw[hi - 1] == UInt8(ascii: "\t") { hi -= 1 }
        var body = UnsafeRawBufferPointer(rebasing: raw[lo..<hi])
        // Offset suffix: only Beijing's own is accepted.
        for suffix in offsets where body.count > 16 && ends(body, with: suffix) {
            body = UnsafeRawBufferPointer(rebasing: body[0..<(body.count - suffix.count)])
            break
        }
        if body.last == UInt8(ascii: "Z") || body.count > 19 { return .failure(.notBeijingTime) }
        guard body.count == 16 || body.count == 19,
              body[4] == UInt8(ascii: "-"), body[7] == UInt8(ascii: "-"),
              body[10] == UInt8(ascii: "T") || body[10] == UInt8(ascii: " "),
              body[13] == UInt8(ascii: ":"), body.count == 16 || body[16] == UInt8(ascii: ":"),
              let year = digits(body, 0, 4), let month = digits(body, 5, 7), let day = digits(body, 8, 10),
              let hour = digits(body, 11, 13), let minute = digits(body, 14, 16)
        else { return .failure(.notISO) }
        let second = body.count == 19 ? digits(body, 17, 19) : 0
        guard let second else { return .failure(.notISO) }
        guard minute == 0, second == 0 else { return .failure(.notOnTheHour) }
        guard hour < 24, let date = CalendarDay(year: year, month: month, day: day) else {
            return .failure(.outOfRange)
        }
        return .success(HourlyLocalTime(date: date, hour: hour))
    }

    /// `YYYY-MM-DDTHH:00` exactly (the form large files use): read by position, no trimming.
    private static func plain(_ raw: UnsafeRawBufferPointer) -> HourlyLocalTime? {
        guard raw.count == 16, let p = raw.baseAddress?.assumingMemoryBound(to: UInt8.self),
              p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"), p[10] == UInt8(ascii: "T") || p[10] == UInt8(ascii: " "),
              p[13] == UInt8(ascii: ":"), p[14] == UInt8(ascii: "0"), p[15] == UInt8(ascii: "0")
        else { return nil }
        func d(_ i: Int) -> Int? {
            let v = p[i] &- UInt8(ascii: "0")
            return v < 10 ? Int(v) : nil
        }
        guard let y0 = d(0), let y1 = d(1), let y2 = d(2), let y3 = d(3), let m0 = d(5), let m1 = d(6),
              let d0 = d(8), let d1 = d(9), let h0 = d(11), let h1 = d(12) else { return nil }
        let hour = h0 * 10 + h1
        guard hour < 24, let date = CalendarDay(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
        else { return nil }
        return HourlyLocalTime(date: date, hour: hour)
    }

    private static let offsets: [[UInt8]] = ["+08:00", "+0800", "+08"].map { Array($0.utf8) }

    private static func digits(_ bytes: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Int? {
        HourlyNumber.parseInteger(UnsafeRawBufferPointer(rebasing: bytes[from..<to]))
    }

    private static func ends(_ bytes: UnsafeRawBufferPointer, with suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && zip(bytes[(bytes.count - suffix.count)...], suffix).allSatisfy { $0 == $1 }
    }
}
