import Foundation

/// When a task's target must be reached, as the task table's 完成时限 says.
///
/// ```swift
/// Deadline(parsing: "6月底前", planYear: 2025)   // .by(year: 2025, month: 6, text: "6月底前")
/// Deadline(parsing: "长期实施", planYear: 2025)  // .ongoing(text: "长期实施")
/// ```
public enum Deadline: Hashable, Sendable, CustomStringConvertible {
    /// By the end of the month (年底前 = December of the plan year).
    case by(year: Int, month: Int, text: String)
    /// 长期实施, 持续推进, 全年: no single date.
    case ongoing(text: String)
    /// 按时间节点完成: by milestones stated elsewhere.
    case milestones(text: String)

    public init?(parsing raw: String, planYear: Int) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let t = Width.halfWidthString(text).replacingOccurrences(of: " ", with: "")
        if ["长期实施", "持续推进", "全年", "持续实施", "长期坚持", "持续开展", "常态化"].contains(where: t.hasPrefix) {
            self = .ongoing(text: text); return
        }
        if t.contains("时间节点") || t.contains("节点") { self = .milestones(text: text); return }
        if let ym = YearMonth(parsing: t) { self = .by(year: ym.year, month: ym.month, text: text); return }
        // YYYY-MM-DD: the month of the date.
        let digits = t.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        if t.contains("-"), digits.count == 3, (1...12).contains(digits[1]) {
            self = .by(year: digits[0], month: digits[1], text: text); return
        }
        var year = planYear
        var rest = Substring(t)
        if let yearEnd = rest.firstIndex(of: "年"), let y = Int(rest[..<yearEnd]), (1900...2100).contains(y) {
            year = y
            rest = rest[rest.index(after: yearEnd)...]
        }
        if rest.hasPrefix("底前") || rest == "底" || rest.hasPrefix("年底") || rest.hasPrefix("内") && rest.count <= 2 {
            self = .by(year: year, month: 12, text: text); return
        }
        if let monthEnd = rest.firstIndex(of: "月"), let m = Int(rest[..<monthEnd]), (1...12).contains(m),
           rest[monthEnd...].hasPrefix("月底") || rest[monthEnd...].hasPrefix("月前") || rest[monthEnd...] == "月" {
            self = .by(year: year, month: m, text: text); return
        }
        return nil
    }

    public var text: String {
        switch self {
        case .by(_, _, let text), .ongoing(let text), .milestones(let text): text
        }
    }

    public var description: String { text }

    /// The month the deadline falls in, when it has one.
    public var month: YearMonth? {
        if case .by(let y, let m, _) = self { return YearMonth(y, m) }
        return nil
    }
}

