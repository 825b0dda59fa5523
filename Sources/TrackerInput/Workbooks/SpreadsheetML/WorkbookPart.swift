/// `xl/workbook.xml`: the sheets in tab order (name, relationship id, hidden or not) and the
/// date system (1900 or 1904, which shifts every date serial by 1462 days).
///
/// ```swift
/// let part = try WorkbookPart.read(bytes, part: "xl/workbook.xml")
/// part.sheets.map(\.name)   // ["说明", "月度数据"]
/// part.uses1904Dates        // false
/// ```
struct WorkbookPart {
    struct SheetEntry {
        var name: String
        var relationshipID: String
        var hidden: Bool
    }

    var sheets: [SheetEntry] = []
    var uses1904Dates = false

    static func read(_ bytes: [UInt8], part: String) throws(WorkbookError) -> WorkbookPart {
        final class Handler: XMLEventHandler {
            var result = WorkbookPart()
            var done = false
            func start(_ name: String, _ attributes: [String: String]) {
                switch name {
                case "workbookPr":
                    let value = attributes["date1904"]?.lowercased()
                    result.uses1904Dates = value == "1" || value == "true"
                case "sheet":
                    guard let sheetName = attributes["name"], let id = attributes["id"] else { return }
                    let state = attributes["state"] ?? "visible"
                    result.sheets.append(SheetEntry(name: sheetName, relationshipID: id, hidden: state != "visible"))
                default: break
                }
            }
            func end(_ name: String) { if name == "sheets" { done = true } }
            func text(_ text: String) {}
        }
        let handler = Handler()
        try XMLEventParser.parse(bytes, part: part, handler: handler)
        return handler.result
    }
}
