/// A plain-text table for terminals, aligned by display width so that Chinese names line up.
///
/// ```swift
/// var table = TextTable(columns: [.init("街道"), .init("PM2.5", right: true)])
/// table.add(["德胜街道", "31"])
/// print(table.render())
/// // 街道      PM2.5
/// // ────────  ─────
/// // 德胜街道     31
/// ```
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var rightAligned: Bool
        public init(_ title: String, right: Bool = false) {
            self.title = title
            self.rightAligned = right
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(columns: [Column]) { self.columns = columns }

    public mutating func add(_ row: [String]) {
        rows.append(row + Array(repeating: "", count: max(0, columns.count - row.count)))
    }

    public func render() -> String {
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, column) in columns.enumerated() {
                parts.append(DisplayWidth.pad(cells[i], to: widths[i], right: column.rightAligned))
            }
            return trimTrailing(parts.joined(separator: "  "))
        }
        var out = [line(columns.map(\.title)), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    private func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
