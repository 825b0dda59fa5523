import TrackerModel

/// Targets phrased as a change against the same period of the previous year (同比):
/// docs/targets.md, "Year-on-year targets".
///
/// ```swift
/// Cell.parse("同比减少10%")       // .yearOnYear(.atMost, -10): the change ≤ −10 %
/// Cell.parse("较上年下降10%以上")  // .yearOnYear(.atMost, -10)
/// Cell.parse("同比下降")          // .yearOnYear(.below, 0): any fall
/// Cell.parse("同比增长5%")        // .yearOnYear(.atLeast, 5)
/// Cell.parse("同比增长不超过5%")   // .yearOnYear(.atMost, 5)
/// Cell.parse("不低于同期水平")     // .yearOnYear(.atLeast, 0): no lower than the same period last year
/// Cell.parse("同比减少120")       // failure T159: a 同比 target is a change in %
/// ```
extension Cell {
    /// How a plan says "against the same period last year", longest first.
    static let yearOnYearLeads: [String] = [
        "与上年同期相比", "与去年同期相比", "较上年同期", "比上年同期", "较去年同期", "比去年同期",
        "较上一年度", "比上一年度", "与上年相比", "与去年相比", "较上一年", "比上一年", "较上年度", "比上年度",
        "较上年", "比上年", "较去年", "比去年", "同比",
    ]
    static let fallVerbs = ["下降", "降低", "减少", "削减", "减", "降"]
    static let riseVerbs = ["增长", "增加", "提高", "上升", "提升", "升高", "增", "升"]

    /// `不低于同期水平` (no lower than the same period: the change ≥ 0), `不高于上年同期` (≤ 0).
    static let samePeriodLevels: [(String, Relation)] = [("不低于", .atLeast), ("不少于", .atLeast), ("不高于", .atMost),
                                                         ("不超过", .atMost), ("不多于", .atMost)]
    static let samePeriodTails = ["上年同期水平", "去年同期水平", "同期水平", "上年同期", "去年同期", "同期"]

    /// Nil when the text is not phrased as a year-on-year change; else the cell or why it cannot be read.
    static func yearOnYear(_ text: String) -> Result<Cell, Problem>? {
        for (word, relation) in samePeriodLevels where text.hasPrefix(word) && samePeriodTails.contains(String(text.dropFirst(word.count))) {
            return .success(.yearOnYear(relation, 0))
        }
        guard let lead = yearOnYearLeads.first(where: { text.hasPrefix($0) }) else { return nil }
        let unreadable = Problem(.unreadableYearOnYear, message: "cannot read `\(text)` as a year-on-year change",
                                 fix: "write `同比下降10%`, `同比减少10%以上`, `较上年下降10%`, `同比增长5%`, `同比下降` or `同比不增长`",
                                 zh: .init("无法把 `\(text)` 读作同比变化",
                                           fix: "请写作 `同比下降10%`、`同比减少10%以上`、`较上年下降10%`、`同比增长5%`、`同比下降` 或 `同比不增长`"))
        var rest = Substring(text.dropFirst(lead.count))
        let negated = rest.hasPrefix("不")
        if negated { rest = rest.dropFirst() }
        let fall: Bool
        if let verb = fallVerbs.first(where: { rest.hasPrefix($0) }) {
            fall = true
            rest = rest.dropFirst(verb.count)
        } else if let verb = riseVerbs.first(where: { rest.hasPrefix($0) }) {
            fall = false
            rest = rest.dropFirst(verb.count)
        } else {
            return .failure(unreadable)
        }
        if rest.hasPrefix("了") { rest = rest.dropFirst() }
        // 不增长 / 不下降: no rise (the change ≤ 0) / no fall (≥ 0); nothing may follow.
        if negated {
            guard rest.isEmpty else { return .failure(unreadable) }
            return .success(.yearOnYear(fall ? .atLeast : .atMost, 0))
        }
        // 同比下降 / 同比增长 alone: any fall (< 0) / any rise (> 0).
        if rest.isEmpty { return .success(.yearOnYear(fall ? .below : .above, 0)) }
        // How much: at least (the default; 以上, 不少于, 至少, 达到), more than (超过), at most (以内, 不超过).
        enum Extent { case atLeast, moreThan, atMost }
        var extent = Extent.atLeast
        for (word, e) in [("不少于", Extent.atLeast), ("不低于", .atLeast), ("至少", .atLeast), ("达到", .atLeast),
                          ("不超过", .atMost), ("不高于", .atMost), ("控制在", .atMost), ("超过", .moreThan)] where rest.hasPrefix(word) {
            extent = e
            rest = rest.dropFirst(word.count)
            break
        }
        for (word, e) in [("及以上", Extent.atLeast), ("以上", .atLeast), ("以内", .atMost), ("及以下", .atMost), ("以下", .atMost)]
        where rest.hasSuffix(word) {
            extent = e
            rest = rest.dropLast(word.count)
            break
        }
        if rest.hasSuffix("百分点") {
            return .failure(notPercent(text))
        }
        guard let number = NumberText.parse(String(rest)), number.value >= 0 else { return .failure(unreadable) }
        guard number.percent else { return .failure(notPercent(text)) }
        let n = number.value
        // A fall of at least N % is a change ≤ −N %; a rise of at least N % a change ≥ N %.
        switch (fall, extent) {
        case (true, .atLeast): return .success(.yearOnYear(.atMost, -n))
        case (true, .moreThan): return .success(.yearOnYear(.below, -n))
        case (true, .atMost): return .success(.yearOnYear(.atLeast, -n))
        case (false, .atLeast): return .success(.yearOnYear(.atLeast, n))
        case (false, .moreThan): return .success(.yearOnYear(.above, n))
        case (false, .atMost): return .success(.yearOnYear(.atMost, n))
        }
    }

    static func notPercent(_ text: String) -> Problem {
        Problem(.yearOnYearNotPercent, message: "`\(text)` gives the year-on-year change without `%`",
                fix: "write the change in percent (`同比减少10%`); a change in units or percentage points (`较上年提升5个百分点`) needs an indicator of its own",
                zh: .init("`\(text)` 给出的同比变化不带 `%`",
                          fix: "请以百分比写出变化（`同比减少10%`）；以数量或百分点表示的变化（`较上年提升5个百分点`）须另设指标"))
    }
}
