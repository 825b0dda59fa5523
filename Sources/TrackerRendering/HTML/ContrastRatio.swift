import Foundation

/// The WCAG 2.x contrast ratio of two sRGB colours written `#rrggbb`: 1 (none) to 21
/// (black on white). AA asks 4.5 for body text and 3 for large text and chart lines.
///
/// ```swift
/// ContrastRatio.of("#000000", "#ffffff")   // 21.0
/// ContrastRatio.of("#767676", "#ffffff")   // ≈ 4.54, the lightest grey that passes AA on white
/// ```
enum ContrastRatio {
    static func of(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// Relative luminance (WCAG 2.x definition, sRGB linearised).
    static func luminance(_ hex: String) -> Double {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let v = Int(digits, radix: 16) else { return 0 }
        func channel(_ shift: Int) -> Double {
            let c = Double((v >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}
