import TrackerModel

/// Where the cells of a measurement table come from: a text file (places print as
/// `file:line:column`) or a worksheet (places print as `data.xlsx[月度数据]!D12`). The header and
/// row readers only ever see CSV-like records whose fields carry a line and a column; this turns
/// those into the right kind of `SourceLocation`, so the same row logic serves both and a
/// workbook gives exactly the diagnostics of its CSV twin, apart from the place.
///
/// ```swift
/// CellPlace(file: "data.csv").at(line: 3, column: 9).description                     // "data.csv:3:9"
/// CellPlace(file: "data.xlsx", sheet: "月度数据").at(line: 12, column: 4).description  // "data.xlsx[月度数据]!D12"
/// CellPlace(file: "data.xlsx", sheet: "月度数据").rowName(12)                          // "row 12"
/// ```
struct CellPlace: Hashable, Sendable {
    var file: String
    var sheet: String?

    init(file: String, sheet: String? = nil) {
        self.file = file
        self.sheet = sheet
    }

    func at(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, sheet: sheet)
    }

    func at(_ field: CSVField) -> SourceLocation {
        at(line: field.line, column: field.column)
    }

    /// How messages refer to a whole row: `line 12` in a text file, `row 12` in a sheet.
    func rowName(_ line: Int) -> String {
        (sheet == nil ? "line " : "row ") + String(line)
    }

    /// What the table is, for messages about all of it: `the file`, `the sheet`.
    var noun: String { sheet == nil ? "the file" : "the sheet" }
}
