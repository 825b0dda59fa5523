/// How wide a terminal table may be, and how the terminal draws characters of ambiguous East
/// Asian width (`≈ ± · ² µ — ≤ →`): one column on most terminals, two on some set up for CJK.
/// The command line sets it for the duration of a render (from the terminal's width, else
/// `COLUMNS`; `--wide` lifts the limit); `TextTable` reads it, so renderers need no parameter.
///
/// ```swift
/// TableLayout.$current.withValue(TableLayout(width: 80)) {
///     print(table.render())   // at most 80 columns: low-priority columns move to a detail line
/// }
/// ```
public struct TableLayout: Hashable, Sendable {
    /// The most display columns a line may take; nil: no limit (a pipe, a file, `--wide`).
    public var width: Int?
    /// Count ambiguous-width characters as two columns (`TRACKER_AMBIGUOUS_WIDE=1`).
    public var ambiguousWide: Bool

    public init(width: Int? = nil, ambiguousWide: Bool = false) {
        self.width = width
        self.ambiguousWide = ambiguousWide
    }

    public static let unlimited = TableLayout()

    /// The layout of the render under way.
    @TaskLocal public static var current = TableLayout.unlimited

    /// The display width of `text` under this layout's assumption.
    public func width(of text: String) -> Int { DisplayWidth.of(text, ambiguousWide: ambiguousWide) }
}
