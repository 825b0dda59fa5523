/// The filled cells of one worksheet, as text, row by row in row order and cell by cell in
/// column order (whatever order the XML gave them in). Empty cells are not stored, so a sheet of
/// a million formatted-but-empty cells costs nothing here.
///
/// `records` turns the grid into CSV-like records padded to the sheet's width — what a CSV
/// export of the sheet would hold — with each field's `line` the row number and `column` the
/// column number, so that the measurement reader can report `data.xlsx[月度数据]!D12`.
///
/// ```swift
/// let grid = try workbook.grid(of: sheet)
/// grid.width                              // 5: the rightmost filled column is E
/// grid.records.first?.fields.map(\.text)  // ["period", "scope", "indicator", "value", "valid_days"]
/// ```
public struct SheetGrid: Sendable {
    public struct Row: Sendable {
        public var number: Int
        /// (column, text), columns ascending, texts non-empty.
        public var cells: [(column: Int, text: String)]
    }

    public var sheet: String
    public var rows: [Row]
    /// The rightmost filled column.
    public var width: Int
    /// Formula cells without a saved result (their formula is the cell's text, `=…`).
    public var uncalculated: [CellReference] = []

    /// The rows as records of `width` fields; built one at a time, so a wide sheet never holds
    /// more than one padded row.
    public var records: LazyMapSequence<[Row], CSVRecord> {
        let width = width
        return rows.lazy.map { row in
            var fields = (1...max(width, 1)).map { CSVField(text: "", line: row.number, column: $0) }
            for cell in row.cells where cell.column <= width { fields[cell.column - 1].text = cell.text }
            return CSVRecord(fields: fields, line: row.number)
        }
    }
}
