import Foundation
import TrackerModel

/// The words monitoring centres write in a cell that has no value: dashes, a slash, 无, 无数据,
/// 缺测 (not measured), 停运 (station out of service), `NA`, `N/A`, `null`, or nothing at all.
/// Such a cell is "no value" for that month, counted and reported once per file, never an error
/// (docs/measurements.md, "Cells without a value"). Case and full width do not matter.
///
/// ```swift
/// MissingValueMarker.kind(of: "—")        // .marker("—")
/// MissingValueMarker.kind(of: "n/a")      // .marker("n/a")
/// MissingValueMarker.kind(of: "")         // .empty
/// MissingValueMarker.kind(of: "48.2")     // nil: a value
/// ```
enum MissingValueMarker {
    enum Kind: Hashable {
        case empty
        /// A written marker, as written (trimmed).
        case marker(String)
    }

    /// The markers, folded (half width, lowercase).
    static let words: [String] = ["—", "——", "–", "-", "--", "/", "无", "无数据", "缺测", "停运", "na", "n/a", "null"]
    private static let folded = Set(words)

    static func kind(of text: String) -> Kind? {
        // Nearly every cell is a number: a digit first is never a marker, decided before trimming.
        if let byte = text.utf8.first, (48...57).contains(byte) { return nil }
        let t = Whitespace.trim(text)
        guard let first = t.utf8.first else { return .empty }
        guard !(48...57).contains(first), t.count <= 4 else { return nil }
        return folded.contains(Width.halfWidthString(t).lowercased()) ? .marker(t) : nil
    }
}
