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
    static func text(_ raw: String) -> String { MarkupText.escape(raw, for: .html) }
}
