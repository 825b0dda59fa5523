/// Text made safe for an XML element or attribute: `& < > "` escaped, and the control
/// characters XML 1.0 cannot carry dropped (a stray one would make Excel refuse the file).
///
/// ```swift
/// XMLText.escape("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
/// ```
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
