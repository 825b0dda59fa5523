import TrackerEvaluation
import TrackerModel

/// One indicator's monthly trend for one scope, as an inline SVG figure: the monthly values,
/// the target line (and band), the year-to-date value up to the as-of month, what the rest of
/// the period must average after it, and the seasonal projection when there is one.
///
/// ```swift
/// let chart = TrendChart(row: card.row(scope: "西城区", indicator: "pm25_annual_mean")!, asOf: card.asOf, id: "trend-1")
/// chart.svg()       // <svg viewBox="0 0 640 …" role="img" …>…</svg>
/// ```
struct TrendChart {
    var row: ScorecardRow
    var asOf: YearMonth
    /// Unique within the document: the SVG's title and description are referenced by it.
    var id: String
    /// The ledger's months and last year's (`report --ledger`); nil: the data alone.
    var history: TrendHistory.Series? = nil

    static let width = 640.0
    static let left = 64.0, right = 620.0, top = 72.0, bottom = 262.0

    /// The kinds whose period value forms from every month, so that a monthly chart shows how the
    /// value came about. The latest-value kinds (a cumulative total, a reported rate) are read
    /// off the table instead.
    static let chartedKinds: [IndicatorKind] = [.mean, .dayRatio, .monthlyMean, .count]

    static func applies(to row: ScorecardRow) -> Bool {
        guard let kind = row.kind else { return false }
        return chartedKinds.contains(kind) && !row.monthly.isEmpty
    }

    var months: [YearMonth] { row.target.period.months }
    var isFinal: Bool { row.periodComplete }
    var window: YearMonth { min(asOf, row.target.period.last) }
    var isCount: Bool { row.kind == .count }
    var unit: String { row.unit.symbol }
    func value(_ v: Double) -> String { NumberFormat.fixed(v, row.precision) }

    /// A month's plotted point: its value (the running total, for a count), and how it counts.
    struct Point {
        var index: Int
        var month: YearMonth
        var value: Double
        var monthValue: Double
        var excluded: [String]
        var validDays: Int?
        var short: Bool
        /// The data file's note on the month (e.g. "站点搬迁"), shown in the marker's tooltip.
        var note: String?
    }

    var points: [Point] {
        var total = 0.0
        return row.monthly.compactMap { m -> Point? in
            guard case .month(let month) = m.period, let index = months.firstIndex(of: month) else { return nil }
            if isCount, !m.isExcluded { total += m.value }
            let short = row.shortMonths.contains(month)
            return Point(index: index, month: month, value: isCount ? total : m.value, monthValue: m.value,
                         excluded: m.flags, validDays: m.validDays, short: short, note: m.note)
        }
    }

    /// A series of the ledger as plotted points (index in the chart's months, value; a running
    /// total for a count), in month order. `shift`: months between the series' and the chart's.
    func plotted(_ values: [YearMonth: Double], shift: Int = 0) -> [(index: Int, month: YearMonth, value: Double)] {
        var total = 0.0
        return months.enumerated().compactMap { i, month in
            guard let v = values[month.advanced(by: -shift)] else { return nil }
            total += v
            return (i, month.advanced(by: -shift), isCount ? total : v)
        }
    }
    var recordedPoints: [(index: Int, month: YearMonth, value: Double)] { history.map { plotted($0.recorded) } ?? [] }
    /// Last year's line, for charts of one year at most (a multi-year window has no "last year").
    var lastYearPoints: [(index: Int, month: YearMonth, value: Double)] {
        guard months.count <= 12 else { return [] }
        return history.map { plotted($0.lastYear, shift: 12) } ?? []
    }

    /// What the remaining months must average, when that is a level the chart can draw (the
    /// averaging kinds; a count's remaining budget is said in the caption).
    var rest: Double? {
        guard !isFinal, !isCount, let r = row.requiredRest else { return nil }
        // The safe-side rounded number the text says, so legend and text agree.
        return r.safeValue
    }

    func svg() -> String {
        let points = self.points
        let target = TargetMark.of(row.effectiveComparator)
        var covered = points.map(\.value) + (target?.values ?? [])
        if isCount { covered += points.map(\.monthValue) }
        if let o = row.observed, !isCount { covered.append(o) }
        if let p = row.seasonalProjection { covered.append(p) }
        let (recordedPoints, lastYearPoints) = (self.recordedPoints, self.lastYearPoints)
        covered += recordedPoints.map(\.value) + lastYearPoints.map(\.value)
        let withoutRest = ChartScale(covering: covered, includeZero: isCount)
        // A required average far outside the data (an impossible negative, say) would flatten
        // every other line; it is then drawn at the axis end and the legend says so.
        var restOffChart = false
        if let rest {
            let span = withoutRest.upper - withoutRest.lower
            if rest >= withoutRest.lower - span, rest <= withoutRest.upper + span, rest >= 0 || covered.contains(where: { $0 < 0 }) {
                covered.append(rest)
            } else {
                restOffChart = true
            }
        }
        let scale = ChartScale(covering: covered, includeZero: isCount)
        let (left, right, top, bottom) = (TrendChart.left, TrendChart.right, TrendChart.top, TrendChart.bottom)
        let band = (right - left) / Double(months.count)
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * band }
        func y(_ v: Double) -> Double { scale.position(v, from: bottom, to: top) }

        var body = ""
        // Grid and value axis.
        for t in scale.ticks {
            body += SVG.line(x1: left, y1: y(t), x2: right, y2: y(t), stroke: ReportPalette.grid)
            body += SVG.text(scale.label(t), x: left - 6, y: y(t) + 4, anchor: "end", cls: "tick")
        }
        body += SVG.line(x1: left, y1: top, x2: left, y2: bottom, stroke: ReportPalette.muted)
        body += SVG.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: ReportPalette.muted)
        body += SVG.text(unit, x: 8, y: top - 14, cls: "axis-title")
        // Month axis.
        let every = max(1, (months.count + 11) / 12)
        for (i, m) in months.enumerated() where i % every == 0 {
            let label = months.count > 12 ? m.description : "\(m.month)月"
            body += SVG.text(label, x: x(i), y: bottom + 16, anchor: "middle", cls: "tick")
        }
        body += SVG.text(Bilingual("月份", "month"), x: (left + right) / 2, y: bottom + 36, anchor: "middle", cls: "axis-title")

        var legend = ChartLegend()
        let lastIndex = months.firstIndex(of: window).map { $0 + 1 } ?? months.count
        let split = left + Double(lastIndex) * band
        // The as-of month: everything right of it is still to come.
        if !isFinal {
            body += SVG.rect(x: split, y: top, width: right - split, height: bottom - top, fill: ReportPalette.grid, opacity: 0.35)
            body += SVG.line(x1: split, y1: top - 4, x2: split, y2: bottom, stroke: ReportPalette.muted, dash: "3 3")
            let early = lastIndex <= months.count / 2
            body += SVG.text(Bilingual("截至 \(window)", "as of \(window)"), x: split + (early ? 4 : -4), y: top - 6, anchor: early ? "start" : "end", cls: "tick")
        }
        // Target band and line.
        if let target {
            if let b = target.band {
                body += SVG.rect(x: left, y: y(b.upperBound), width: right - left, height: y(b.lowerBound) - y(b.upperBound),
                                 fill: ReportPalette.target, opacity: 0.08)
                legend.add(.band(colour: ReportPalette.target), Bilingual("目标范围", "target band"))
            }
            body += SVG.line(x1: left, y1: y(target.line), x2: right, y2: y(target.line), stroke: ReportPalette.target, width: 2, dash: "8 4")
            legend.add(.line(colour: ReportPalette.target, dash: "8 4", width: 2), Bilingual("目标 \(ScorecardText.target(row))", "target \(ScorecardText.target(row))"))
        }
        // Monthly counts as bars under a count's running total.
        if isCount {
            for p in points where p.excluded.isEmpty {
                body += SVG.rect(x: x(p.index) - band * 0.3, y: y(max(p.monthValue, 0)), width: band * 0.6,
                                 height: y(min(p.monthValue, 0)) - y(max(p.monthValue, 0)), fill: ReportPalette.series, opacity: 0.25,
                                 stroke: ReportPalette.series)
            }
            legend.add(.bar(colour: ReportPalette.series), Bilingual("当月", "monthly"))
        }
        // Year to date (the averaging kinds): the period value so far, over the months it covers.
        if !isCount, let observed = row.observed {
            body += SVG.line(x1: left, y1: y(observed), x2: split, y2: y(observed), stroke: ReportPalette.yearToDate, width: 3)
            legend.add(.line(colour: ReportPalette.yearToDate, dash: nil, width: 3),
                       isFinal ? Bilingual("全期 " + value(observed), "period value " + value(observed))
                               : Bilingual("年初至今 " + value(observed), "year to date " + value(observed)))
        }
        // What the rest must average, over the remaining months.
        if let rest {
            let shown = min(max(rest, scale.lower), scale.upper)
            body += SVG.line(x1: split, y1: y(shown), x2: right, y2: y(shown), stroke: ReportPalette.rest, width: 3, dash: "2 3")
            legend.add(.line(colour: ReportPalette.rest, dash: "2 3", width: 3),
                       Bilingual("余下须平均 \(value(rest))" + (restOffChart ? "（图外）" : ""),
                                 "rest must average \(value(rest))" + (restOffChart ? " (off chart)" : "")))
        }
        // From the ledger: last year's line behind, then the months as recorded (broken where a month is missing).
        func broken(_ points: [(index: Int, month: YearMonth, value: Double)], colour: String, width: Double, dash: String?) -> String {
            var out = "", run: [(Double, Double)] = [], last: Int?
            for p in points {
                if let last, last != p.index - 1 {
                    if run.count > 1 { out += SVG.polyline(run, stroke: colour, width: width, dash: dash) }
                    run = []
                }
                run.append((x(p.index), y(p.value)))
                last = p.index
            }
            if run.count > 1 { out += SVG.polyline(run, stroke: colour, width: width, dash: dash) }
            return out
        }
        if !lastYearPoints.isEmpty {
            body += broken(lastYearPoints, colour: ReportPalette.lastYear, width: 2, dash: "5 3")
            legend.add(.line(colour: ReportPalette.lastYear, dash: "5 3", width: 2), Bilingual("上年同期", "last year"))
        }
        if !recordedPoints.isEmpty {
            body += broken(recordedPoints, colour: ReportPalette.recorded, width: 1.5, dash: nil)
            for p in recordedPoints {
                body += SVG.marker(.square, x: x(p.index), y: y(p.value), colour: ReportPalette.recorded,
                                   title: "台账记录 recorded \(p.month) \(value(p.value)) \(unit)")
            }
            legend.add(.marker(.square, colour: ReportPalette.recorded), Bilingual("台账记录", "recorded in the ledger"))
        }
        // The monthly values (or running total), broken where a month is missing or excluded.
        var segment: [(Double, Double)] = []
        var previous: Int?
        var lines = ""
        for p in points where p.excluded.isEmpty {
            if let previous, previous != p.index - 1 {
                if segment.count > 1 { lines += SVG.polyline(segment, stroke: ReportPalette.series, width: 2) }
                segment = []
            }
            segment.append((x(p.index), y(p.value)))
            previous = p.index
        }
        if segment.count > 1 { lines += SVG.polyline(segment, stroke: ReportPalette.series, width: 2) }
        body += lines
        var hasExcluded = false, hasShort = false
        for p in points {
            var tip = "\(p.month) \(value(p.monthValue)) \(unit)"
            if let d = p.validDays { tip += "，有效 \(d) 天 valid days" }
            let kind: SVG.Marker
            if !p.excluded.isEmpty {
                kind = .hollow; hasExcluded = true
                tip += "，剔除 excluded (\(p.excluded.joined(separator: ", ")))"
            } else if p.short {
                kind = .triangle; hasShort = true
                tip += "，有效天数不足 short of valid days"
            } else {
                kind = .dot
            }
            if let note = p.note, !note.isEmpty { tip += "；\(note)" }
            body += SVG.marker(kind, x: x(p.index), y: y(p.excluded.isEmpty ? p.value : p.monthValue), colour: ReportPalette.series, title: tip)
        }
        legend.items.insert((.marker(.dot, colour: ReportPalette.series), isCount ? Bilingual("累计", "running total") : Bilingual("月均值", "monthly value")),
                            at: 0)
        if hasShort { legend.add(.marker(.triangle, colour: ReportPalette.series), Bilingual("有效天数不足", "short month")) }
        if hasExcluded { legend.add(.marker(.hollow, colour: ReportPalette.series), Bilingual("剔除月", "excluded month")) }
        if let p = row.seasonalProjection {
            body += SVG.marker(.diamond, x: x(months.count - 1), y: y(p), colour: ReportPalette.projection,
                               title: "季节性预测 seasonal projection \(value(p)) \(unit)")
            legend.add(.marker(.diamond, colour: ReportPalette.projection), Bilingual("季节性预测 \(value(p))", "seasonal projection \(value(p))"))
        }

        let (legendSVG, legendHeight) = legend.render(x: 12, y: bottom + 60, width: TrendChart.width - 24)
        let height = bottom + 60 + legendHeight + 2
        let title = "\(row.indicatorZh) · \(row.scope)"
        return "<svg class=\"chart\" viewBox=\"0 0 \(SVG.n(TrendChart.width)) \(SVG.n(height))\" width=\"\(SVG.n(TrendChart.width))\" height=\"\(SVG.n(height))\""
            + " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(HTMLEscape.text(title + "（\(unit)）"))</title>"
            + "<desc id=\"\(id)-desc\">\(HTMLEscape.text(description(points)))</desc>"
            + SVG.text(title, x: 8, y: 22, cls: "chart-title")
            + SVG.text(Bilingual("\(row.target.period) 月度趋势 · 单位：\(unit)", "\(row.target.period) monthly trend · unit: \(unit)"), x: 8, y: 42, cls: "chart-sub")
            + body + legendSVG + "</svg>"
    }

    /// The chart in words, for screen readers and as the SVG's description.
    func description(_ points: [Point]) -> String {
        var parts = [(isCount ? "累计 running total: " : "月均值 monthly values: ")
            + points.map { "\($0.month.month)月 \(value($0.value))" + ($0.excluded.isEmpty ? "" : " (excluded)") }.joined(separator: ", ")]
        parts.append("目标 target \(ScorecardText.target(row))")
        if let o = row.observed { parts.append((isFinal ? "全期 period value " : "年初至今 year to date ") + value(o)) }
        if let r = row.requiredRest, !isFinal { parts.append("余下须：\(ScorecardWording.requiredRest(r, in: .zh)) rest: \(ScorecardWording.requiredRest(r))") }
        if let p = row.seasonalProjection { parts.append("季节性预测 seasonal projection \(value(p))") }
        let recorded = recordedPoints, lastYear = lastYearPoints
        if !recorded.isEmpty {
            parts.append("台账记录 recorded: " + recorded.map { "\($0.month.month)月 \(value($0.value))" }.joined(separator: ", "))
        }
        if !lastYear.isEmpty {
            parts.append("上年同期 last year: " + lastYear.map { "\($0.month) \(value($0.value))" }.joined(separator: ", "))
        }
        parts.append(VerdictBadge.plain(row.verdict))
        return parts.joined(separator: "; ")
    }
}
