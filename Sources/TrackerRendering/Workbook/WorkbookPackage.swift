import TrackerModel

/// The parts of an .xlsx file around its worksheets — content types, relationships, workbook,
/// styles, document properties — zipped with fixed timestamps: the same sheets always give the
/// same bytes.
///
/// ```swift
/// let bytes = WorkbookPackage(title: "西城区 2025", sheets: [summary, district]).bytes
/// ```
struct WorkbookPackage {
    var title: String
    var sheets: [WorksheetXML]

    /// Excel's limits on sheet names: 31 characters, none of `[]:*?/\`, unique.
    static func sheetName(_ name: String, taken: [String]) -> String {
        var clean = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        if clean.isEmpty { clean = "Sheet" }
        var candidate = clean, n = 2
        while taken.contains(where: { $0.lowercased() == candidate.lowercased() }) {
            candidate = String(clean.prefix(28)) + " (\(n))"
            n += 1
        }
        return candidate
    }

    var bytes: [UInt8] {
        let ns = "http://schemas.openxmlformats.org"
        var zip = ZipWriter()
        func add(_ name: String, _ xml: String) { zip.add(name, Array(xml.utf8)) }
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

        add("[Content_Types].xml", head + "<Types xmlns=\"\(ns)/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + sheets.indices.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>")
        add("_rels/.rels", head + "<Relationships xmlns=\"\(ns)/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(ns)/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(ns)/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(ns)/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>")
        // Fixed dates: the file must not change when nothing in the scorecard did.
        add("docProps/core.xml", head + "<cp:coreProperties xmlns:cp=\"\(ns)/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>tracker</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:modified>"
            + "</cp:coreProperties>")
        add("docProps/app.xml", head + "<Properties xmlns=\"\(ns)/officeDocument/2006/extended-properties\"><Application>tracker</Application></Properties>")
        add("xl/workbook.xml", head + "<workbook xmlns=\"\(ns)/spreadsheetml/2006/main\" xmlns:r=\"\(ns)/officeDocument/2006/relationships\">"
            + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
            + sheets.enumerated().map { "<sheet name=\"\(XMLText.escape($0.element.name))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
            + "</sheets>"
            // Excel's own name for a sheet's filter range; without it Excel adds it on save.
            + definedNames
            + "</workbook>")
        add("xl/_rels/workbook.xml.rels", head + "<Relationships xmlns=\"\(ns)/package/2006/relationships\">"
            + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(ns)/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(ns)/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>")
        add("xl/styles.xml", WorkbookStyles.xml)
        for (i, sheet) in sheets.enumerated() { add("xl/worksheets/sheet\(i + 1).xml", sheet.xml(selected: i == 0)) }
        return zip.finish()
    }

    private var definedNames: String {
        let filtered = sheets.enumerated().filter { $0.element.filter }
        guard !filtered.isEmpty else { return "" }
        return "<definedNames>" + filtered.map { i, sheet in
            let last = sheet.columnCount
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            let range = "\(quoted)!$A$1:$\(SourceLocation.columnLetters(last))$\(sheet.rows.count + 1)"
            return "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(XMLText.escape(range))</definedName>"
        }.joined() + "</definedNames>"
    }
}
