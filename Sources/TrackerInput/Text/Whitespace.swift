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
        let set: CharacterSet = newlines ? .whitespacesAndNewlines : .whitespaces
        guard set.contains(first) || set.contains(last) else { return text }
        return text.trimmingCharacters(in: set)
    }
}
