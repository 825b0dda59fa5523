import TrackerEvaluation
import TrackerModel

extension ScorecardText {
    /// The one line that says which targets a table leaves out for having no data at all, and
    /// how to see them: `not shown: 4 targets with no data (PM10年均浓度, 降尘量); --all shows them`.
    /// Nil when none are left out.
    static func setAsideLine(_ card: Scorecard) -> String? {
        let setAside = card.rowsWithoutData
        guard !setAside.isEmpty else { return nil }
        var names: [String] = []
        for row in setAside where !names.contains(row.indicatorZh) { names.append(row.indicatorZh) }
        let listed = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? " … (\(names.count) indicators)" : "")
        return "not shown: \(setAside.count) target\(setAside.count == 1 ? "" : "s") with no data (\(listed)); --all shows them"
    }
}
