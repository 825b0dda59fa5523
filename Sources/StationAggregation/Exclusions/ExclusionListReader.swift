import AirQuality
import Foundation
import TrackerInput
import TrackerModel

/// Reads the excluded days of a run (docs/air-quality.md §9): a CSV with the header `date,reason`
/// (or `date,flag`), one day per row as YYYY-MM-DD; an empty reason means sand-dust. Also turns
/// the `flag` column of hourly files into exclusions: only sand-dust words exclude a day.
///
/// ```swift
/// let (days, diagnostics) = ExclusionListReader.read("date,reason\n2015-04-15,沙尘\n", file: "dust.csv")
/// days.contains(CalendarDay(year: 2015, month: 4, day: 15)!)   // true
/// ExclusionListReader.isSandDust("沙尘天气")                      // true
/// ```
public enum ExclusionListReader {
    /// The words that mark a sand-dust day (扣除沙尘影响), as `MeasurementFlag` spells `sand_dust`.
    public static let sandDustWords = ["sand_dust", "sanddust", "sand-dust", "沙尘", "沙尘天气", "扣除沙尘", "扣沙", "sand dust", "dust"]

    public static func isSandDust(_ text: String) -> Bool {
        let key = NameKey(text).folded
        return sandDustWords.contains { NameKey($0).folded == key }
    }

    public static func read(fileAt path: String) -> (exclusions: [Exclusion], diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ([], [Diagnostic(.error, .fileUnreadable, at: nil, "cannot read the exclusion list `\(path)`", fix: "check the path and permissions",
                                    zh: .init("无法读取剔除日期列表 `\(path)`", fix: "请检查路径和权限"))])
        }
        switch TextDecoding.decode(data, file: path) {
        case .success(let decoded): return read(decoded.text, file: path)
        case .failure(let diagnostic): return ([], [diagnostic])
        }
    }

    public static func read(_ text: String, file: String) -> (exclusions: [Exclusion], diagnostics: [Diagnostic]) {
        var (records, diagnostics) = CSVTokenizer.records(in: text, file: file)
        guard let header = records.first else {
            diagnostics.append(Diagnostic(.error, .exclusionListEmpty, at: SourceLocation(file: file, line: 1), "the exclusion list is empty",
                                          fix: "start it with the header `date,reason`",
                                          zh: .init("剔除日期列表为空", fix: "请以表头 `date,reason` 开始")))
            return ([], diagnostics)
        }
        records.removeFirst()
        let names = header.fields.map { $0.trimmed.lowercased() }
        guard let dateColumn = names.firstIndex(where: { ["date", "日期"].contains($0) }) else {
            diagnostics.append(Diagnostic(.error, .exclusionListHeader, at: SourceLocation(file: file, line: header.line),
                "the header is `\(header.fields.map(\.trimmed).joined(separator: ","))`; an exclusion list needs a `date` column",
                fix: "write the header `date,reason` and one excluded day per row",
                zh: .init("表头为 `\(header.fields.map(\.trimmed).joined(separator: ","))`；剔除日期列表需要 `date` 列",
                          fix: "请写表头 `date,reason`，每行一个剔除日期")))
            return ([], diagnostics)
        }
        let reasonColumn = names.firstIndex { ["reason", "flag", "原因", "标记"].contains($0) }
        var exclusions: [Exclusion] = []
        var seen: [CalendarDay: Int] = [:]
        for record in records where !record.isBlank {
            guard dateColumn < record.fields.count else {
                diagnostics.append(Diagnostic(.error, .exclusionRowWithoutDate, at: SourceLocation(file: file, line: record.line),
                                              "the row has no date", fix: "write the day as YYYY-MM-DD",
                                              zh: .init("该行没有日期", fix: "请按 YYYY-MM-DD 填写日期")))
                continue
            }
            let field = record.fields[dateColumn]
            let at = SourceLocation(file: file, line: field.line, column: field.column)
            guard let day = CalendarDay(iso: field.trimmed) else {
                diagnostics.append(Diagnostic(.error, .exclusionNotADate, at: at, "`\(field.trimmed)` is not a date",
                                              fix: "write the day as YYYY-MM-DD, e.g. 2015-04-15",
                                              zh: .init("`\(field.trimmed)` 不是日期", fix: "请按 YYYY-MM-DD 填写日期，如 2015-04-15")))
                continue
            }
            if let earlier = seen[day] {
                diagnostics.append(Diagnostic(.warning, .exclusionListedTwice, at: at, "\(day) is listed twice (first on line \(earlier))",
                                              fix: "keep one row; the first reason is used",
                                              zh: .init("\(day) 列出了两次（第一次在第 \(earlier) 行）", fix: "保留一行；采用第一次的原因")))
                continue
            }
            seen[day] = record.line
            let reason = reasonColumn.flatMap { $0 < record.fields.count ? record.fields[$0].trimmed : nil } ?? ""
            exclusions.append(Exclusion(day: day, reason: reason.isEmpty ? "沙尘 sand-dust" : reason))
        }
        return (exclusions, diagnostics)
    }
}
