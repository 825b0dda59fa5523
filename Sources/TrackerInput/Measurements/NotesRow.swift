import Foundation

/// A row of a measurement table that is not data but a note or a total, as monitoring-centre
/// spreadsheets put them below the data: `合计`, `平均`, `备注：…`, `注：…`, `数据来源：…`,
/// `制表：…`. Such rows are skipped with one warning per table (code M140), not read as rows with
/// an unreadable period.
///
/// A row is a note when its first filled cell begins with one of the note words, or when its
/// period or scope cell is a total (`合计`, `总计`, `小计`, `平均`, `均值`, `平均值`).
///
/// ```swift
/// NotesRow.isNote(["合计", "", "45.1"])                     // true
/// NotesRow.isNote(["数据来源：北京市生态环境监测中心", "", ""])  // true
/// NotesRow.isNote(["2025-01", "合计", "45.1"])              // true: a total of the month
/// NotesRow.isNote(["2025-01", "德胜街道", "45.1"])           // false
/// ```
enum NotesRow {
    /// Words that begin a note or a totals row.
    static let openings = ["合计", "总计", "小计", "平均", "均值", "备注", "注：", "注:", "注1", "注 ", "说明", "数据来源",
                           "资料来源", "来源：", "来源:", "制表", "审核", "填报", "统计：", "统计:"]
    /// Whole cells that say the row is a total.
    static let totals: Set<String> = ["合计", "总计", "小计", "平均", "均值", "平均值", "全区平均"]

    /// The first characters of the words above: a cell starting otherwise (a month, a number) is
    /// decided without comparing strings, so that data rows cost next to nothing.
    private static let firstScalars: Set<Unicode.Scalar> = Set((openings + Array(totals)).compactMap(\.unicodeScalars.first))

    /// The first scalar of a cell that is not a space.
    private static func firstScalar(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { $0.value < 0x80 ? $0.value > 0x20 : !$0.properties.isWhitespace }
    }

    /// `totalsAt`: the cells that may hold a total (the period and scope columns); by default
    /// the first two.
    static func isNote(_ cells: [String], totalsAt: [Int] = [0, 1]) -> Bool {
        isNote(cells.map { CSVField(text: $0, line: 1, column: 1) }, totalsAt: totalsAt)
    }

    static func isNote(_ record: CSVRecord, header: MeasurementHeader) -> Bool {
        isNote(record.fields, totalsAt: [header.columns[.period], header.columns[.scope]].compactMap { $0 })
    }

    private static func isNote(_ fields: [CSVField], totalsAt: [Int]) -> Bool {
        guard let first = fields.first(where: { firstScalar($0.text) != nil }) else { return false }
        if let c = firstScalar(first.text), firstScalars.contains(c) {
            let text = first.trimmed
            if openings.contains(where: { text.hasPrefix($0) }) { return true }
        }
        return totalsAt.contains { index in
            guard index < fields.count, let c = firstScalar(fields[index].text), firstScalars.contains(c) else { return false }
            return totals.contains(fields[index].trimmed)
        }
    }
}
