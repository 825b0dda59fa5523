/// The key under a chart: one swatch (a line pattern, a marker shape, a bar) and a label per
/// series, wrapped into rows. Labels are in the legend rather than beside the lines because
/// lines may coincide (a target of 32 and a year-to-date value of 32.0).
///
/// ```swift
/// var legend = ChartLegend()
/// legend.add(.line(colour: ReportPalette.target, dash: "8 4", width: 2), Bilingual("目标 ≤ 32", "target ≤ 32"))
/// let (svg, height) = legend.render(x: 12, y: 260, width: 616)
/// ```
struct ChartLegend {
    enum Swatch {
        case line(colour: String, dash: String?, width: Double)
        case marker(SVG.Marker, colour: String)
        case bar(colour: String)
        case band(colour: String)
    }

    var items: [(Swatch, Bilingual)] = []
    static let rowHeight = 19.0
    static let fontSize = 13.0

    mutating func add(_ swatch: Swatch, _ label: Bilingual) { items.append((swatch, label)) }

    /// The legend's markup and the height it takes.
    func render(x: Double, y: Double, width: Double) -> (svg: String, height: Double) {
        guard !items.isEmpty else { return ("", 0) }
        var out = "<g class=\"legend\">"
        var cx = x, cy = y
        for (swatch, label) in items {
            let itemWidth = 30 + SVG.width(label, size: ChartLegend.fontSize) + 18
            if cx + itemWidth > x + width, cx > x { cx = x; cy += ChartLegend.rowHeight }
            let mid = cy - 4
            switch swatch {
            case .line(let colour, let dash, let w):
                out += SVG.line(x1: cx, y1: mid, x2: cx + 24, y2: mid, stroke: colour, width: w, dash: dash)
            case .marker(let kind, let colour):
                out += SVG.marker(kind, x: cx + 12, y: mid, colour: colour)
            case .bar(let colour):
                out += SVG.rect(x: cx + 4, y: mid - 6, width: 16, height: 12, fill: colour)
            case .band(let colour):
                out += SVG.rect(x: cx, y: mid - 6, width: 24, height: 12, fill: colour, opacity: 0.12)
            }
            out += SVG.text(label, x: cx + 30, y: cy, cls: "legend-text")
            cx += itemWidth
        }
        return (out + "</g>", cy - y + ChartLegend.rowHeight)
    }
}
