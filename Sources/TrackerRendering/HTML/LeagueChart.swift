import TrackerEvaluation
import TrackerModel

/// One indicator's league of the scopes of one level (the streets of a district), as an inline
/// SVG figure: ranked bars, best first, each with that scope's own target marked on it (streets
/// have different targets: 德胜 ≤ 31, 什刹海 ≤ 32), and each verdict written beside its bar.
///
/// ```swift
/// for ranked in ScorecardText.leagues(card) {
///     html += LeagueChart(ranked: ranked, id: "league-1").svg()
/// }
/// ```
struct LeagueChart {
    /// Rows of one indicator and level, already ranked best first.
    var ranked: [ScorecardRow]
    var id: String

    static let width = 640.0
    static let barRight = 470.0, verdictLeft = 520.0
    static let top = 62.0, rowHeight = 24.0, barHeight = 14.0

    var first: ScorecardRow { ranked[0] }
    var levelName: Bilingual {
        first.target.scopeLevel == .district ? Bilingual("各区排名", "district league") : Bilingual("街道排名", "street league")
    }

    func svg() -> String {
        let marks = ranked.map { TargetMark.of($0.effectiveComparator) }
        let scale = ChartScale(covering: ranked.compactMap(\.observed) + marks.flatMap { $0?.values ?? [] }, includeZero: true)
        // The name column as wide as the longest "15. 北京经济技术开发区", within limits.
        let labelRight = min(300, max(110, 10 + (ranked.indices.map { SVG.width("\($0 + 1). \(ranked[$0].scope)", size: 13) }.max() ?? 0)))
        let (left, right) = (labelRight + 6, LeagueChart.barRight)
        func x(_ v: Double) -> Double { scale.position(v, from: left, to: right) }
        let bottom = LeagueChart.top + Double(ranked.count) * LeagueChart.rowHeight
        var body = ""
        for t in scale.ticks {
            body += SVG.line(x1: x(t), y1: LeagueChart.top - 4, x2: x(t), y2: bottom, stroke: ReportPalette.grid)
            body += SVG.text(scale.label(t), x: x(t), y: bottom + 16, anchor: "middle", cls: "tick")
        }
        body += SVG.line(x1: left, y1: LeagueChart.top - 4, x2: left, y2: bottom, stroke: ReportPalette.muted)
        body += SVG.text("\(first.indicatorZh)（\(first.unit.symbol)）", x: (left + right) / 2, y: bottom + 36, anchor: "middle", cls: "axis-title")
        body += SVG.text(Bilingual("判定", "verdict"), x: LeagueChart.verdictLeft, y: LeagueChart.top - 6, cls: "axis-title")

        var hasBand = false
        for (i, r) in ranked.enumerated() {
            let rowTop = LeagueChart.top + Double(i) * LeagueChart.rowHeight
            let barTop = rowTop + (LeagueChart.rowHeight - LeagueChart.barHeight) / 2
            let mid = rowTop + LeagueChart.rowHeight / 2 + 4
            let observed = r.observed ?? 0
            let tone = ReportPalette.tone(of: r.verdict)
            body += "<g><title>\(HTMLEscape.text("\(i + 1). \(r.scope) \(ScorecardText.observed(r)) \(r.unit.symbol)，目标 target \(ScorecardText.target(r))，\(VerdictBadge.plain(r.verdict))"))</title>"
            body += SVG.text("\(i + 1). \(r.scope)", x: labelRight, y: mid, anchor: "end", cls: "bar-label")
            if let band = marks[i]?.band {
                hasBand = true
                body += SVG.rect(x: x(band.lowerBound), y: barTop - 3, width: x(band.upperBound) - x(band.lowerBound),
                                 height: LeagueChart.barHeight + 6, fill: ReportPalette.ink, opacity: 0.10)
            }
            body += SVG.rect(x: x(min(0, observed)), y: barTop, width: abs(x(observed) - x(0)), height: LeagueChart.barHeight, fill: tone.bar)
            if let mark = marks[i] {
                body += SVG.line(x1: x(mark.line), y1: barTop - 4, x2: x(mark.line), y2: barTop + LeagueChart.barHeight + 4,
                                 stroke: ReportPalette.ink, width: 2.5)
            }
            // The value goes right of whichever ends later, the bar or the target mark.
            let labelX = max(x(observed), marks[i].map { x($0.band?.upperBound ?? $0.line) } ?? 0) + 5
            body += SVG.text(ScorecardText.observed(r), x: labelX, y: mid, cls: "bar-value")
            body += SVG.text("\(VerdictBadge.symbol(r.verdict)) \(r.verdict.zh)", x: LeagueChart.verdictLeft, y: mid,
                             fill: tone.ink, weight: "bold")
            body += "</g>"
        }
        var legend = ChartLegend()
        legend.add(.line(colour: ReportPalette.ink, dash: nil, width: 2.5), Bilingual("各自目标", "own target"))
        if hasBand { legend.add(.band(colour: ReportPalette.ink), Bilingual("目标范围", "target band")) }
        legend.add(.bar(colour: ReportPalette.good.bar), Bilingual("达标/正常", "good"))
        legend.add(.bar(colour: ReportPalette.warning.bar), Bilingual("有风险", "at risk"))
        legend.add(.bar(colour: ReportPalette.bad.bar), Bilingual("未达标/滞后", "missed"))
        let (legendSVG, legendHeight) = legend.render(x: 12, y: bottom + 58, width: LeagueChart.width - 24)
        let height = bottom + 58 + legendHeight + 2
        let best = first.polarity == .lowerIsBetter ? Bilingual("越低越好", "lower is better") : Bilingual("越高越好", "higher is better")
        let title = Bilingual("\(levelName.zh) · \(first.indicatorZh)", "\(levelName.en) · \(first.indicatorZh)")
        return "<svg class=\"chart league\" viewBox=\"0 0 \(SVG.n(LeagueChart.width)) \(SVG.n(height))\" width=\"\(SVG.n(LeagueChart.width))\" height=\"\(SVG.n(height))\""
            + " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(HTMLEscape.text("\(levelName.both) · \(first.indicatorZh)（\(first.unit.symbol)）"))</title>"
            + "<desc id=\"\(id)-desc\">\(HTMLEscape.text(ranked.enumerated().map { "\($0.offset + 1). \($0.element.scope) \(ScorecardText.observed($0.element)) (\(ScorecardText.target($0.element))) \(VerdictBadge.plain($0.element.verdict))" }.joined(separator: "; ")))</desc>"
            + SVG.text(title, x: 8, y: 22, cls: "chart-title")
            + SVG.text(Bilingual("由好到差 · \(best.zh) · 单位：\(first.unit.symbol)", "ranked best first · \(best.en) · unit: \(first.unit.symbol)"), x: 8, y: 42, cls: "chart-sub")
            + body + legendSVG + "</svg>"
    }
}
