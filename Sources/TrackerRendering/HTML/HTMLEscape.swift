/// Text from the data made safe to place in HTML or SVG, as element content or as a quoted
/// attribute value. Every string that comes from a target file or a measurement file passes
/// through here: a scope named `<script>` must print as those characters, not run.
///
/// ```swift
/// HTMLEscape.text("PM2.5 < 35 & \"good\"")   // "PM2.5 &lt; 35 &amp; &quot;good&quot;"
/// ```
enum HTMLEscape {
    /// Escapes the five characters that can end text or an attribute (`& < > " '`). One function
    /// for both places, so that a caller can never pick the weaker one.
    static func text(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for c in raw.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and newline are not allowed in HTML text.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
