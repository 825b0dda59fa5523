import TrackerEvaluation
import TrackerModel

extension ScorecardText {
    /// The one line that says which targets a table leaves out for having no data at all, and
    /// how to see them: `not shown: 4 targets with no data (PM10年均浓度, 降尘量); --all shows them`
    /// / `未显示：4 个无数据的目标（PM10年均浓度、降尘量）；加 --all 显示`. Nil when none are left out.
    static func setAsideLine(_ card: Scorecard, in language: Language = .en) -> String? {
        let setAside = card.rowsWithoutData
        guard !setAside.isEmpty else { return nil }
        var names: [String] = []
        for row in setAside where !names.contains(row.indicatorZh) { names.append(row.indicatorZh) }
        switch language {
        case .en:
            let listed = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? " … (\(names.count) indicators)" : "")
            return "not shown: \(setAside.count) target\(setAside.count == 1 ? "" : "s") with no data (\(listed)); --all shows them"
        case .zh:
            let listed = names.prefix(6).joined(separator: "、") + (names.count > 6 ? " 等 \(names.count) 个指标" : "")
            return "未显示：\(setAside.count) 个无数据的目标（\(listed)）；加 --all 显示"
        }
    }
}
