import Foundation

/// Trimming for text read from files, fast when there is nothing to trim (nearly every field of
/// a data file): Foundation's `trimmingCharacters` costs far more than the check.
///
/// ```swift
/// Whitespace.trim("  德胜街道 ")   // "德胜街道"
/// Whitespace.trim("48.2")         // "48.2", without a copy
/// ```
enum Whitespace {
    static func trim(_ text: String, newlines: Bool = true) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if isPlain(first) && isPlain(last) { return text }
        let set: CharacterSet = newlines ? .whitespacesAndNewlines : .whitespaces
        guard set.contains(first) || set.contains(last) else { return text }
        return text.trimmingCharacters(in: set)
    }

    /// Surely not whitespace or a line end: printable ASCII, or U+3001–U+FEFE (CJK, after the
    /// ideographic space U+3000), so the common field needs no `CharacterSet` look-up.
    @inline(__always)
    private static func isPlain(_ c: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(c.value) || (0x3001...0xFEFE).contains(c.value)
    }
}
