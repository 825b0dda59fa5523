import Foundation

/// The zone an hourly file's times are written in, as a whole number of hours from UTC: Beijing
/// time (UTC+8, the default), or UTC as in widely used public copies of the Beijing feed
/// (`utc_time`). Read from the time column's name or given by `--timezone`; hours are moved to
/// Beijing time before days are formed, since a day boundary in the wrong zone moves eight hours
/// of every day.
///
/// ```swift
/// HourlyTimeZone(name: "UTC")?.hoursFromUTC            // 0
/// HourlyTimeZone(name: "Asia/Shanghai")?.hoursFromUTC  // 8
/// HourlyTimeZone(columnName: "utc_time")               // .utc
/// HourlyTimeZone(columnName: "time(UTC+8)")            // .beijing
/// ```
public struct HourlyTimeZone: Sendable, Hashable, CustomStringConvertible {
    public let hoursFromUTC: Int

    public init?(hoursFromUTC: Int) {
        guard (-12...14).contains(hoursFromUTC) else { return nil }
        self.hoursFromUTC = hoursFromUTC
    }

    public static let utc = HourlyTimeZone(hoursFromUTC: 0)!
    public static let beijing = HourlyTimeZone(hoursFromUTC: 8)!

    /// `UTC`, `GMT`, `Z`, `UTC+8`, `+08:00`, `+8`, `Asia/Shanghai`, `Beijing`, `北京时间`, `CST`.
    public init?(name: String) {
        let text = name.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "utc", "gmt", "z", "utc0", "utc+0", "utc+00:00": self = .utc
        case "asia/shanghai", "beijing", "北京时间", "北京", "cst", "prc", "china", "local", "本地": self = .beijing
        default:
            var rest = Substring(text)
            for prefix in ["utc", "gmt"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
            guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
            let body = rest.dropFirst()
            let parts = body.split(separator: ":", omittingEmptySubsequences: false)
            let hoursText = parts.count == 1 && body.count == 4 ? body.prefix(2) : parts[0]
            let minutes = parts.count == 2 ? parts[1] : (parts.count == 1 && body.count == 4 ? body.suffix(2) : "00")
            guard parts.count <= 2, let hours = Int(hoursText), minutes == "00" || minutes == "0",
                  let zone = HourlyTimeZone(hoursFromUTC: sign == "-" ? -hours : hours) else { return nil }
            self = zone
        }
    }

    /// The zone a time column's name states: `utc_time`, `time_utc`, `time(UTC)`, `time (UTC+8)`;
    /// nil when the name states none.
    public init?(columnName: String) {
        let name = columnName.trimmingCharacters(in: .whitespaces).lowercased()
        if ["utc_time", "time_utc", "utctime", "datetime_utc", "utc"].contains(name) { self = .utc; return }
        if let inner = Bracketed.split(name).inner {
            guard let zone = HourlyTimeZone(name: inner) else { return nil }
            self = zone
            return
        }
        if name.contains("北京时间") { self = .beijing; return }
        return nil
    }

    public var description: String {
        hoursFromUTC == 0 ? "UTC" : "UTC\(hoursFromUTC > 0 ? "+" : "-")\(abs(hoursFromUTC))"
    }
}
