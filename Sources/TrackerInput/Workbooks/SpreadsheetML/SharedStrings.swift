/// `xl/sharedStrings.xml`: the strings cells of type `s` refer to by index. A string is either
/// one `<t>` or rich text, `<r><t>…</t></r>` runs whose texts are joined; phonetic guides
/// (`<rPh>`, furigana/pinyin shown above the text) are not part of the value.
///
/// ```swift
/// let strings = try SharedStrings.read(bytes, part: "xl/sharedStrings.xml")
/// strings.items[0]   // "period"
/// ```
struct SharedStrings {
    var items: [String] = []

    static func read(_ bytes: [UInt8], part: String) throws(WorkbookError) -> SharedStrings {
        final class Handler: XMLEventHandler {
            var items: [String] = []
            var current = ""
            var inItem = false, inText = false, phonetic = 0
            var done = false
            func start(_ name: String, _ attributes: [String: String]) {
                switch name {
                case "si": inItem = true; current = ""
                case "rPh": phonetic += 1
                case "t" where inItem && phonetic == 0: inText = true
                default: break
                }
            }
            func end(_ name: String) {
                switch name {
                case "si": items.append(CellText.unescape(current)); inItem = false
                case "rPh": phonetic -= 1
                case "t": inText = false
                default: break
                }
            }
            func text(_ text: String) { if inText { current += text } }
        }
        let handler = Handler()
        try XMLEventParser.parse(bytes, part: part, handler: handler)
        return SharedStrings(items: handler.items)
    }
}
