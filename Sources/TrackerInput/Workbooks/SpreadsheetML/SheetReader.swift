/// Streams a worksheet part (`xl/worksheets/sheetN.xml`) into a `SheetGrid`: every `<c>` of
/// `<sheetData>` becomes its text (shared or inline strings, rich-text runs joined, numbers,
/// booleans, errors, a formula's cached value, dates by their style) at its `r` reference, or,
/// when a writer leaves `r` out, at the next column or row. Empty cells are dropped as they are
/// read.
///
/// `filledRows` stops at the end of that many rows with a filled cell (1 with `headerOnly`):
/// enough to tell whether a sheet holds measurements (its header may lie below a title) without
/// reading all of it.
///
/// ```swift
/// let reader = SheetReader(sheet: "月度数据", strings: strings, styles: styles, uses1904: false)
/// let grid = try reader.read(bytes, part: "xl/worksheets/sheet2.xml", headerOnly: false)
/// ```
struct SheetReader {
    var sheet: String
    var strings: SharedStrings
    var styles: CellStyles
    var uses1904: Bool
    /// Filled cells beyond this are refused: a measurement sheet has thousands, not millions.
    var maxCells = 2_000_000
    /// Rows × width of the table as padded; a measurement table is a few dozen columns wide.
    var maxPaddedCells = 20_000_000

    func read(_ bytes: [UInt8], part: String, headerOnly: Bool, filledRows: Int? = nil) throws(WorkbookError) -> SheetGrid {
        let handler = Handler(reader: self, filledRows: headerOnly ? 1 : filledRows)
        try XMLEventParser.parse(bytes, part: part, handler: handler)
        if let failure = handler.failure { throw failure }
        let rows = handler.rows.keys.sorted().map { number in
            SheetGrid.Row(number: number, cells: handler.rows[number]!.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
        // Rows are padded to the rightmost filled column, as a CSV export would be; a stray cell
        // at XFD1 must not turn a few thousand rows into tens of millions of empty fields.
        if handler.width * rows.count > maxPaddedCells, let row = rows.first(where: { $0.cells.last?.column == handler.width }) {
            throw .tooWide(sheet: sheet, cell: CellReference(column: handler.width, row: row.number).description)
        }
        return SheetGrid(sheet: sheet, rows: rows, width: handler.width, uncalculated: handler.uncalculated.sorted {
            ($0.row, $0.column) < ($1.row, $1.column)
        })
    }

    /// The text of one cell from its type (`t`), style, value, inline string and formula.
    func text(type: String?, style: Int?, value: String?, inline: String?, formula: String?) -> (text: String, uncalculated: Bool) {
        switch type {
        case "s":
            guard let value, let index = Int(value.trimmingCharacters(in: .whitespaces)), strings.items.indices.contains(index) else {
                return (value ?? "", false)
            }
            return (strings.items[index], false)
        case "inlineStr":
            return (CellText.unescape(inline ?? value ?? ""), false)
        case "b":
            guard let value else { break }
            return (value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE", false)
        case "str", "e":
            if let value { return (CellText.unescape(value), false) }
        case "d":
            // ISO 8601 (`2025-01-01T00:00:00`), written by some programs instead of a serial.
            if let value { return (isoDate(value), false) }
        default:
            if let value, !value.isEmpty { return (CellText.number(value, format: styles.format(ofStyle: style), uses1904: uses1904), false) }
        }
        // No value: an empty cell, or a formula whose result was never calculated and saved
        // (openpyxl and similar writers do not calculate). Its formula is kept as the text, so
        // the row reader reports it where a value is needed.
        // A shared formula's later cells carry an empty `<f>`; they are uncalculated too.
        if let formula { return ("=" + (formula.isEmpty ? "…" : formula), true) }
        return ("", false)
    }

    /// The date part of an ISO 8601 value, by the rule of date cells (`MonthDate`): `2025-01` for
    /// the 1st of a month, `2025-01-15` for another day; other text as written.
    private func isoDate(_ value: String) -> String {
        guard let date = MonthDate.parse(String(value.prefix(10))) else { return value }
        return MonthDate.text(of: date)
    }

    private final class Handler: XMLEventHandler {
        let reader: SheetReader
        /// Stop after this many rows with a filled cell; nil: read the whole sheet.
        let filledRows: Int?
        var filledSoFar = 0
        var rows: [Int: [Int: String]] = [:]
        var width = 0
        var cellCount = 0
        var uncalculated: [CellReference] = []
        var failure: WorkbookError?
        var done = false

        var inSheetData = false
        var rowNumber = 0, column = 0
        var rowHasText = false
        // The cell being read.
        var inCell = false
        var cellRow = 0, cellColumn = 0
        var type: String?, style: Int?
        var value: String?, inline: String?, formula: String?
        var collecting: ReferenceWritableKeyPath<Handler, String?>?
        var phonetic = 0

        init(reader: SheetReader, filledRows: Int?) {
            self.reader = reader
            self.filledRows = filledRows
        }

        func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "sheetData": inSheetData = true
            case "row" where inSheetData:
                rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                column = 0
                rowHasText = false
                if !(1...CellReference.maxRows).contains(rowNumber) { fail(.rowOutsideSheet(sheet: reader.sheet, row: rowNumber)) }
            case "c" where inSheetData:
                inCell = true
                if let r = attributes["r"] {
                    guard let ref = CellReference(r) else { fail(.badCellReference(sheet: reader.sheet, reference: r)); return }
                    cellRow = ref.row
                    cellColumn = ref.column
                } else {
                    cellRow = rowNumber
                    cellColumn = column + 1
                }
                column = cellColumn
                type = attributes["t"]
                style = attributes["s"].flatMap(Int.init)
                value = nil; inline = nil; formula = nil
            case "v" where inCell: value = ""; collecting = \.value
            case "f" where inCell: formula = ""; collecting = \.formula
            case "is" where inCell: inline = ""
            case "rPh": phonetic += 1
            case "t" where inCell && inline != nil && phonetic == 0: collecting = \.inline
            default: break
            }
        }

        func end(_ name: String) {
            switch name {
            case "v", "f", "t": collecting = nil
            case "rPh": phonetic -= 1
            case "c" where inCell:
                inCell = false
                let (text, isUncalculated) = reader.text(type: type, style: style, value: value, inline: inline, formula: formula)
                guard !text.isEmpty else { return }
                if isUncalculated { uncalculated.append(CellReference(column: cellColumn, row: cellRow)) }
                if rows[cellRow, default: [:]].updateValue(text, forKey: cellColumn) == nil { cellCount += 1 }
                width = max(width, cellColumn)
                if !text.allSatisfy(\.isWhitespace) { rowHasText = true }
                if cellCount > reader.maxCells { failure = .tooManyCells(sheet: reader.sheet, limit: reader.maxCells); done = true }
            case "row":
                if rowHasText { filledSoFar += 1 }
                if let filledRows, filledSoFar >= filledRows { done = true }
            case "sheetData":
                done = true
            default: break
            }
        }

        func text(_ text: String) {
            if let collecting, phonetic == 0 { self[keyPath: collecting]? += text }
        }

        private func fail(_ damage: WorkbookDamage) {
            failure = .damaged(damage)
            done = true
        }
    }
}
