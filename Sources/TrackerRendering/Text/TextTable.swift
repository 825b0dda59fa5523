/// A plain-text table for terminals, aligned by display width so that Chinese names line up,
/// and fitted to the terminal (`TableLayout.current`): when the table is wider, the columns of
/// lowest priority leave the table for a detail line under each row, then wrapping columns
/// (long names) wrap inside their cells. Without a width limit every column is printed.
///
/// ```swift
/// var table = TextTable(columns: [.init("街道"), .init("PM2.5", right: true), .init("source", priority: 9)])
/// table.add(["德胜街道", "31", "附件1 第1554行"])
/// print(table.render())
/// // 街道      PM2.5  source
/// // --------  -----  -------------
/// // 德胜街道     31  附件1 第1554行
/// ```
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var rightAligned: Bool
        /// 0: always in the table; higher numbers leave it first when it must narrow (3 and up before
        /// any column wraps, 1–2 only when wrapping is not enough).
        public var priority: Int
        /// Long texts of this column may wrap onto further lines of their row.
        public var wraps: Bool

        public init(_ title: String, right: Bool = false, priority: Int = 0, wraps: Bool = false) {
            self.title = title
            self.rightAligned = right
            self.priority = priority
            self.wraps = wraps
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []

    /// A wrapping column is not narrowed below this many display columns.
    static let narrowestWrap = 10

    public init(columns: [Column]) { self.columns = columns }

    public mutating func add(_ row: [String]) {
        rows.append(row + Array(repeating: "", count: max(0, columns.count - row.count)))
    }

    public func render() -> String { render(in: TableLayout.current) }

    public func render(in layout: TableLayout) -> String {
        var widths = columns.map { layout.width(of: $0.title) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], layout.width(of: cell)) }
        }
        var shown = Array(columns.indices)
        var moved: [Int] = []
        if let limit = layout.width {
            func total() -> Int { shown.map { widths[$0] }.reduce(0, +) + 2 * max(0, shown.count - 1) }
            // The table's width with every wrapping column at its narrowest.
            func narrowest() -> Int {
                shown.map { columns[$0].wraps ? min(widths[$0], Self.narrowestWrap) : widths[$0] }.reduce(0, +) + 2 * max(0, shown.count - 1)
            }
            func leave(while condition: () -> Bool, priorities: ClosedRange<Int>) {
                while condition(),
                      let leaving = shown.filter({ priorities.contains(columns[$0].priority) })
                          .max(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) {
                    shown.removeAll { $0 == leaving }
                    moved.append(leaving)
                }
            }
            // 1. Columns of priority 3 and up leave for the detail line, least important (then
            //    rightmost) first; those of priority 1–2 only when wrapping cannot make room.
            leave(while: { total() > limit }, priorities: 3...Int.max)
            leave(while: { narrowest() > limit }, priorities: 1...Int.max)
            moved.sort()
            // 2. The widest wrapping column narrows one column at a time (so two long columns
            //    end about equally wide), down to `narrowestWrap`.
            while total() > limit,
                  let widest = shown.filter({ columns[$0].wraps && widths[$0] > Self.narrowestWrap }).max(by: { (widths[$0], $1) < (widths[$1], $0) }) {
                widths[widest] -= 1
            }
        }
        func lines(_ cells: [String]) -> [String] {
            let wrapped = shown.map { i in Self.wrap(cells[i], to: widths[i], layout: layout) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                let parts = zip(shown, wrapped).map { i, pieces in
                    DisplayWidth.pad(line < pieces.count ? pieces[line] : "", to: widths[i],
                                     right: columns[i].rightAligned, ambiguousWide: layout.ambiguousWide)
                }
                return Self.trimTrailing(parts.joined(separator: "  "))
            }
        }
        // The rule is ASCII: a box-drawing line would double on terminals that draw it wide.
        var out = lines(columns.map(\.title)) + [shown.map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  ")]
        for row in rows {
            out += lines(row)
            let details = moved.filter { !row[$0].isEmpty }.map { "\(columns[$0].title): \(row[$0])" }
            if !details.isEmpty {
                let text = details.joined(separator: " · ")
                let room = layout.width.map { max(Self.narrowestWrap, $0 - 4) } ?? Int.max
                out += Self.wrap(text, to: room, layout: layout).map { "    " + $0 }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `text` in pieces of at most `width` display columns: broken at a space where one is near,
    /// else between characters (Chinese has no spaces); a piece never splits a character.
    static func wrap(_ text: String, to width: Int, layout: TableLayout) -> [String] {
        guard layout.width(of: text) > width else { return [text] }
        var pieces: [String] = []
        var current: [Character] = []
        var currentWidth = 0
        for character in text {
            let w = layout.width(of: String(character))
            if currentWidth + w > width, !current.isEmpty {
                if let space = current.lastIndex(of: " "), space > 0 {
                    pieces.append(trimTrailing(String(current[..<space])))
                    current = Array(current[(space + 1)...])
                } else {
                    pieces.append(String(current))
                    current = []
                }
                currentWidth = layout.width(of: String(current))
            }
            current.append(character)
            currentWidth += w
        }
        if !current.isEmpty { pieces.append(String(current)) }
        return pieces
    }

    /// A line of text under a table (a note), wrapped to the layout's width: the first piece
    /// after `indent`, the others after `continuation`.
    public static func paragraph(_ text: String, indent: String = "", continuation: String = "    ",
                                 in layout: TableLayout = TableLayout.current) -> String {
        guard let limit = layout.width else { return indent + text + "\n" }
        let room = max(narrowestWrap, limit - layout.width(of: continuation))
        let first = max(narrowestWrap, limit - layout.width(of: indent))
        let pieces = wrap(text, to: first, layout: layout)
        guard pieces.count > 1 else { return indent + text + "\n" }
        let rest = wrap(pieces.dropFirst().joined(separator: " "), to: room, layout: layout)
        return ([indent + pieces[0]] + rest.map { continuation + $0 }).joined(separator: "\n") + "\n"
    }

    private static func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
