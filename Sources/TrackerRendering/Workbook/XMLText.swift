/// Text made safe for an XML element or attribute: `& < > "` escaped, and the control
/// characters XML 1.0 cannot carry dropped (a stray one would make Excel refuse the file).
///
/// ```swift
/// XMLText.escape("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
/// ```
enum XMLText {
    static func escape(_ text: String) -> String { MarkupText.escape(text, for: .xml) }
}
