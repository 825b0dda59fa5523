import TrackerModel

/// A worksheet as SpreadsheetML: a header row frozen in place (it stays visible while scrolling)
/// with a filter on it, column widths fitted to the contents, numbers as `<v>` numbers and
/// text as inline strings.
///
/// ```swift
/// let sheet = WorksheetXML(name: "district", header: ["scope", "observed"],
///                          rows: [[.text("西城区"), .number(35.2, style: 8)]], headerStyle: 1)
/// sheet.xml(selected: false)
/// ```
struct WorksheetXML {
    var name: String
    var header: [String]
    var rows: [[SheetCell]]
    var headerStyle: Int
    /// A filter on the header row; off for a sheet of label/value pairs.
    var filter = true

    /// Widths in characters: the widest text (CJK counts double) plus room for the filter
    /// button, between 6 and 60.
    var widths: [Double] {
        (0..<columnCount).map { column in
            let texts = [column < header.count ? header[column] : ""] + rows.map { column < $0.count ? $0[column].shown : "" }
            let widest = texts.map { DisplayWidth.of($0) }.max() ?? 0
            return Double(min(60, max(6, widest + 3)))
        }
    }

    var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0) }

    func xml(selected: Bool) -> String {
        let last = SourceLocation.columnLetters(max(1, columnCount)) + String(rows.count + 1)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        // Printed, a sheet fits the page width (A4 landscape) and runs on over as many pages as it needs.
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        out += "<dimension ref=\"A1:\(last)\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (i, width) in widths.enumerated() {
            out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        out += "</cols><sheetData>"
        out += row(1, header.map { .text($0, style: headerStyle) })
        for (i, cells) in rows.enumerated() { out += row(i + 2, cells) }
        out += "</sheetData>"
        if filter { out += "<autoFilter ref=\"A1:\(last)\"/>" }
        out += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return out + "</worksheet>"
    }

    private func row(_ number: Int, _ cells: [SheetCell]) -> String {
        var out = "<row r=\"\(number)\">"
        for (i, cell) in cells.enumerated() {
            let ref = SourceLocation.columnLetters(i + 1) + String(number)
            switch cell {
            case .empty: continue
            case .text(let text, let style):
                guard !text.isEmpty else { continue }
                let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
                out += "<c r=\"\(ref)\"\(WorksheetXML.style(style)) t=\"inlineStr\"><is><t\(space)>\(XMLText.escape(text))</t></is></c>"
            case .number(let value, let style):
                guard value.isFinite else { continue }
                out += "<c r=\"\(ref)\"\(WorksheetXML.style(style))><v>\(NumberFormat.plain(value))</v></c>"
            }
        }
        return out + "</row>"
    }

    private static func style(_ index: Int) -> String { index == 0 ? "" : " s=\"\(index)\"" }
}
