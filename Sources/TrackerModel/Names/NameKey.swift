import Foundation

/// A name folded for lookup: the same indicator or scope printed as `PM <sub>2.5</sub> 年均浓度`,
/// `PM _{2.5} 年均浓度` or `ＰＭ２.５年均浓度` has one key.
///
/// ```swift
/// NameKey("PM <sub>2.5</sub> 年均浓度") == NameKey("pm2.5年均浓度")   // true
/// ```
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    public let folded: String

    public init(_ text: String) { folded = NameKey.fold(text) }

    public var description: String { folded }

    /// One pass over the scalars (this runs for every row of a data file that names a scope in a
    /// spelling other than the catalog's): markup dropped, full-width folded to half-width,
    /// spaces and quotes dropped, subscript digits made digits, Latin letters lower-cased.
    static func fold(_ text: String) -> String {
        var source = text
        if text.contains("<") || text.contains("_{") {
            for mark in ["<sub>", "</sub>", "<sup>", "</sup>", "<p>", "</p>", "_{"] {
                source = source.replacingOccurrences(of: mark, with: "")
            }
        }
        var out = String.UnicodeScalarView()
        for scalar in source.unicodeScalars {
            let s = Width.halfWidth(scalar)
            switch s.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(s.value + 32)!)             // A–Z
            case 0x2080...0x2089: out.append(Unicode.Scalar(s.value - 0x2080 + 0x30)!) // ₀–₉
            case 0x2093: out.append("x")                                             // ₓ
            case 0x2164, 0x2174: out.append("v")                                     // Ⅴ ⅴ
            case 0x7D, 0x22, 0x201C, 0x201D, 0x2018, 0x2019: continue                // } " “ ” ‘ ’
            default:
                if s.properties.isWhitespace { continue }
                out.append(s)
            }
        }
        return String(out)
    }

    /// The candidate nearest to `name` by edit distance, if it is near enough to be a likely typo
    /// (at most a third of the name's length, and at least one edit), or contains / is contained in it
    /// when the shorter is at least half the longer (`德胜` → `德胜街道`, but not `排名` → `PM2.5排名`:
    /// a part that leaves out what the name is about is another thing, not a typo).
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let key = Array(fold(name))
        guard !key.isEmpty else { return nil }
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let c = Array(fold(candidate))
            var d = editDistance(key, c)
            if d > 0, (c.count >= 2 && key.count >= 2), 2 * min(c.count, key.count) >= max(c.count, key.count),
               String(c).contains(String(key)) || String(key).contains(String(c)) {
                d = min(d, 1)
            }
            if best == nil || d < best!.distance || (d == best!.distance && candidate < best!.name) {
                best = (d, candidate)
            }
        }
        guard let found = best else { return nil }
        return found.distance <= max(1, key.count / 3) ? found.name : nil
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > 64 { return abs(a.count - b.count) }
        // Optimal string alignment: a swap of two neighbours (`lsit`) is one edit.
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
