import Foundation
import TrackerModel

/// A file of the national platform's daily layout, known by its name or its header:
/// `beijing_all_YYYYMMDD.csv`, `beijing_extra_YYYYMMDD.csv`, `china_sites_YYYYMMDD.csv`
/// (and `china_cities_…`), each `date,hour,type,<station>…`. Files of one day are read
/// together, so that `all` (PM2.5, PM10) and `extra` (SO2, NO2, O3, CO) make whole station-hours.
///
/// ```swift
/// NationalDayFile.day(ofName: "beijing_extra_20160315.csv")   // 2016-03-15
/// NationalDayFile.isNationalName("PRSA_Data_Guanyuan.csv")    // false
/// NationalDayFile.isNationalHeader(["date", "hour", "type", "东四"])   // true
/// ```
public enum NationalDayFile {
    /// The day a national file's name carries (its last 8-digit group), nil when none.
    public static func day(ofName name: String) -> CalendarDay? {
        let base = (name as NSString).lastPathComponent
        let groups = base.split(whereSeparator: { !$0.isASCII || !$0.isNumber })
        guard let digits = groups.last(where: { $0.count == 8 }), let number = Int(String(digits)) else { return nil }
        return CalendarDay(year: number / 10000, month: number / 100 % 100, day: number % 100)
    }

    /// `beijing_all_…`, `beijing_extra_…`, `china_sites_…` with a date in the name.
    public static func isNationalName(_ name: String) -> Bool {
        let base = (name as NSString).lastPathComponent.lowercased()
        return ["beijing_all_", "beijing_extra_", "china_sites_", "china_cities_"].contains { base.hasPrefix($0) }
            && day(ofName: base) != nil
    }

    /// A header that starts `date,hour,type` (any case, spaces ignored).
    static func isNationalHeader(_ names: [String]) -> Bool {
        let start = names.prefix(3).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return start == ["date", "hour", "type"] && names.count > 3
    }

    /// What the first bytes of a file say about it.
    public enum Sniff: Sendable, Equatable {
        /// The national layout.
        case national
        /// No bytes (or only a byte-order mark and blanks).
        case empty
        /// Something else: another layout, or a file that cannot be read (the reader says why).
        case other
    }

    /// Reads at most the first 64 KiB of the file.
    public static func sniff(_ url: URL) -> Sniff {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .other }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: 1 << 16) ?? Data()  // nil at the end: an empty file
        } catch {
            return .other
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .empty }
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        let names = String(decoding: firstLine.prefix(64), as: UTF8.self)
            .split(separator: ",", omittingEmptySubsequences: false).prefix(4)
            .map { $0.replacingOccurrences(of: "\"", with: "") }
        return isNationalHeader(names) ? .national : .other
    }
}
