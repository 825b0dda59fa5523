import Foundation

/// One field of a CSV record: its text with the quoting undone, and where it starts in the file,
/// so that a problem with a value can be reported at `file:line:column`.
///
/// ```swift
/// let records = CSVTokenizer.records(in: "a,\"b,c\"\n", file: "x.csv").records
/// records[0].fields[1].text     // "b,c"
/// records[0].fields[1].column   // 3 (the opening quote)
/// ```
public struct CSVField: Hashable, Sendable {
    /// The value: surrounding quotes removed, `""` read as `"`, line ends inside quotes as `\n`.
    public var text: String
    /// 1-based line of the field's first character.
    public var line: Int
    /// 1-based column of the field's first character (the opening quote of a quoted field),
    /// counted in Unicode scalars: one per Chinese character.
    public var column: Int
    /// Whether the field was written in quotes (`""` is an empty but present value).
    public var wasQuoted: Bool

    public init(text: String, line: Int, column: Int, wasQuoted: Bool = false) {
        self.text = text
        self.line = line
        self.column = column
        self.wasQuoted = wasQuoted
    }

    /// The text with surrounding whitespace removed (Excel pads nothing, people do).
    public var trimmed: String { Whitespace.trim(text) }
}
