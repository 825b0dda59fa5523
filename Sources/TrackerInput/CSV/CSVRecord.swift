/// One record (row) of a CSV file: its fields in order. A record spans several lines when a
/// quoted field holds a line break; `line` is where it starts.
///
/// ```swift
/// let row = CSVTokenizer.records(in: "2025-01,德胜街道,PM2.5,48.2\n", file: "x.csv").records[0]
/// row.line             // 1
/// row.fields.count     // 4
/// ```
public struct CSVRecord: Hashable, Sendable {
    public var fields: [CSVField]
    /// 1-based line the record starts on.
    public var line: Int

    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// True when every field is empty or whitespace, as the `,,,` rows Excel writes below a table.
    public var isBlank: Bool { fields.allSatisfy { $0.trimmed.isEmpty } }
}
