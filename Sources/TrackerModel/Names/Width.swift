/// Full-width to half-width folding for the characters Chinese files use in numbers and signs.
///
/// ```swift
/// Width.halfWidthString("２９．５％")   // "29.5%"
/// ```
public enum Width {
    /// U+FF01…U+FF5E map onto ASCII; the ideographic space onto a space; a few look-alike signs
    /// onto their usual form (≦ → ≤, ≧ → ≥).
    public static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        case 0x2266: return "≤"
        case 0x2267: return "≥"
        default: return scalar
        }
    }

    public static func halfWidthString(_ text: String) -> String {
        // Plain ASCII (nearly every number in a data file) has nothing to fold.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(halfWidth(scalar)) }
        return String(out)
    }
}
