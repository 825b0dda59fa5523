/// Text made safe for markup: HTML (the report) and XML (the workbook parts). One escaping
/// routine, because the two differ only in what they do with what they cannot carry.
///
/// ```swift
/// MarkupText.escape("a < b & \"c\" 'd'", for: .html)   // "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
/// MarkupText.escape("a\u{1}b", for: .xml)               // "ab"
/// ```
enum MarkupText {
    enum Dialect {
        /// Element text and quoted attributes of HTML/SVG: `'` is escaped too (attributes may be
        /// single-quoted), and control characters become U+FFFD (visible, not silently lost).
        case html
        /// XML 1.0 parts of a workbook: control characters it cannot carry are dropped (a stray
        /// one would make Excel refuse the file).
        case xml
    }

    static func escape(_ raw: String, for dialect: Dialect) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where dialect == .html: out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let unwanted = scalar.value < 0x20 || (dialect == .html ? scalar.value == 0x7F : scalar.value == 0xFFFE || scalar.value == 0xFFFF)
                if !unwanted { out.unicodeScalars.append(scalar) } else if dialect == .html { out += "\u{FFFD}" }
            }
        }
        return out
    }
}
