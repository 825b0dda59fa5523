import TrackerModel

/// Small pieces of SVG markup with deterministic numbers (one decimal, no locale) and escaped
/// text, shared by the charts.
///
/// ```swift
/// SVG.n(12.345)                                            // "12.3"
/// SVG.text("µg/m³", x: 10, y: 20, anchor: "end")          // <text x="10.0" y="20.0" text-anchor="end">µg/m³</text>
/// SVG.line(x1: 0, y1: 0, x2: 10, y2: 0, stroke: "#000")
/// ```
enum SVG {
    static func n(_ value: Double) -> String { NumberFormat.fixed(value, 1) }

    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", cls: String? = nil,
                     fill: String? = nil, weight: String? = nil) -> String {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let cls { attributes += " class=\"\(cls)\"" }
        if let fill { attributes += " fill=\"\(fill)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        return "<text \(attributes)>\(HTMLEscape.text(content))</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                     dash: String? = nil) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double? = nil,
                     stroke: String? = nil) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
            + (opacity.map { " fill-opacity=\"\(NumberFormat.fixed($0, 2))\"" } ?? "")
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>"
    }

    static func polyline(_ points: [(Double, Double)], stroke: String, width: Double, dash: String? = nil) -> String {
        "<polyline points=\"" + points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
            + "\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\" stroke-linejoin=\"round\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    /// A point marker. The shapes differ so that a marker is told by shape, not colour:
    /// a filled circle for a valid month, a hollow one for an excluded month, a triangle for a
    /// month short of valid days, a diamond for the seasonal projection, a square for a month as
    /// the ledger recorded it.
    enum Marker { case dot, hollow, triangle, diamond, square }

    static func marker(_ kind: Marker, x: Double, y: Double, colour: String, title: String? = nil) -> String {
        let shape: String
        switch kind {
        case .dot:
            shape = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.0\" fill=\"\(colour)\""
        case .hollow:
            shape = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.0\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.0\""
        case .triangle:
            shape = "<polygon points=\"\(n(x)),\(n(y - 5.5)) \(n(x + 5)),\(n(y + 3.5)) \(n(x - 5)),\(n(y + 3.5))\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.0\""
        case .diamond:
            shape = "<polygon points=\"\(n(x)),\(n(y - 6)) \(n(x + 6)),\(n(y)) \(n(x)),\(n(y + 6)) \(n(x - 6)),\(n(y))\" fill=\"\(colour)\""
        case .square:
            shape = "<rect x=\"\(n(x - 4))\" y=\"\(n(y - 4))\" width=\"8.0\" height=\"8.0\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.0\""
        }
        guard let title else { return shape + "/>" }
        let element = kind == .dot || kind == .hollow ? "circle>" : kind == .square ? "rect>" : "polygon>"
        return shape + "><title>\(HTMLEscape.text(title))</title></" + element
    }

    /// Width of text in pixels at `size`, for laying out legends: a wide (CJK) character is one em,
    /// a narrow one about 0.6 em. An estimate, so layouts leave slack.
    /// A label in both languages: two `tspan`s, of which the report's language switch shows one
    /// (as it does the `span`s of the page), so a chart reads in one language.
    static func text(_ label: Bilingual, x: Double, y: Double, anchor: String = "start", cls: String? = nil) -> String {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let cls { attributes += " class=\"\(cls)\"" }
        return "<text \(attributes)><tspan class=\"zh\">\(HTMLEscape.text(label.zh))</tspan>"
            + "<tspan class=\"en\" lang=\"en\">\(HTMLEscape.text(label.en))</tspan></text>"
    }

    /// The wider of a label's two texts.
    static func width(_ label: Bilingual, size: Double) -> Double { max(width(label.zh, size: size), width(label.en, size: size)) }

    static func width(_ text: String, size: Double) -> Double {
        Double(DisplayWidth.of(text)) * size * 0.55
    }
}
