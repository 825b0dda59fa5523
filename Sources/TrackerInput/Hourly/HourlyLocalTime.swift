/// An hour label of the long layout: ISO-8601 local (Beijing) time on the hour,
/// `2025-01-01T00:00` or `2025-01-01 00:00`, optionally with `:00` seconds and a `+08:00` offset.
///
/// ```swift
/// HourlyLocalTime.parse(Array("2025-01-01T13:00".utf8)[...])   // .success(HourlyLocalTime(date 2025-01-01, hour 13))
/// ```
struct HourlyLocalTime: Equatable {
    let date: HourlyDate
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
        var body = Array(raw.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        while body.last == UInt8(ascii: " ") || body.last == UInt8(ascii: "\t") { body.removeLast() }
        // Offset suffix: only Beijing's own is accepted.
        for suffix in ["+08:00", "+0800", "+08"] where body.count > 16 && body.ends(with: Array(suffix.utf8)) {
            body.removeLast(suffix.utf8.count)
            break
        }
        if body.last == UInt8(ascii: "Z") || body.count > 19 { return .failure(.notBeijingTime) }
        guard body.count == 16 || body.count == 19,
              body[4] == UInt8(ascii: "-"), body[7] == UInt8(ascii: "-"),
              body[10] == UInt8(ascii: "T") || body[10] == UInt8(ascii: " "),
              body[13] == UInt8(ascii: ":"), body.count == 16 || body[16] == UInt8(ascii: ":"),
              let year = HourlyNumber.parseInteger(body[0..<4]),
              let month = HourlyNumber.parseInteger(body[5..<7]),
              let day = HourlyNumber.parseInteger(body[8..<10]),
              let hour = HourlyNumber.parseInteger(body[11..<13]),
              let minute = HourlyNumber.parseInteger(body[14..<16])
        else { return .failure(.notISO) }
        let second = body.count == 19 ? HourlyNumber.parseInteger(body[17..<19]) : 0
        guard let second else { return .failure(.notISO) }
        guard minute == 0, second == 0 else { return .failure(.notOnTheHour) }
        guard hour < 24, let date = HourlyDate(year: year, month: month, day: day) else {
            return .failure(.outOfRange)
        }
        return .success(HourlyLocalTime(date: date, hour: hour))
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
