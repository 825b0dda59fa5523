/// `xl/styles.xml`, as far as values need it: the number format of each cell style (`cellXfs`,
/// indexed by a cell's `s`), classified once, so that a serial number under `yyyy-mm` is read as a
/// month and `0.756` under `0.0%` as `75.6%`.
///
/// ```swift
/// let styles = try CellStyles.read(bytes, part: "xl/styles.xml")
/// styles.format(ofStyle: 3)   // .date(year: true, month: true, day: false)
/// ```
struct CellStyles {
    var formats: [NumberFormatKind] = []

    func format(ofStyle index: Int?) -> NumberFormatKind {
        guard let index, index >= 0, index < formats.count else { return .general }
        return formats[index]
    }

    static func read(_ bytes: [UInt8], part: String) throws(WorkbookError) -> CellStyles {
        final class Handler: XMLEventHandler {
            var custom: [Int: String] = [:]
            var styleFormats: [Int] = []
            var inCellXfs = false
            var done = false
            func start(_ name: String, _ attributes: [String: String]) {
                switch name {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
                case "cellXfs": inCellXfs = true
                // `cellStyleXfs` also holds `xf` elements; only the ones cells point at count.
                case "xf" where inCellXfs: styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            }
            func end(_ name: String) { if name == "cellXfs" { inCellXfs = false; done = true } }
            func text(_ text: String) {}
        }
        let handler = Handler()
        try XMLEventParser.parse(bytes, part: part, handler: handler)
        return CellStyles(formats: handler.styleFormats.map { NumberFormatKind(id: $0, code: handler.custom[$0]) })
    }
}
