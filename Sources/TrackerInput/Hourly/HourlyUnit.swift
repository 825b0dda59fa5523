/// A mass concentration unit declared in a header, e.g. `CO(mg/m³)` or `CO (ug/m3)`.
///
/// ```swift
/// HourlyUnit(declaration: "µg/m³")                                   // .microgramsPerCubicMetre
/// HourlyUnit.microgramsPerCubicMetre.factor(to: .milligramsPerCubicMetre)  // 0.001
/// ```
public enum HourlyUnit: String, Sendable, Hashable {
    case microgramsPerCubicMetre = "µg/m³"
    case milligramsPerCubicMetre = "mg/m³"

    /// Accepts µ (micro sign), μ (Greek mu) or u, and ³ or 3; case-insensitive; spaces ignored.
    public init?(declaration: String) {
        let compact = declaration.lowercased().filter { !$0.isWhitespace }
            .replacingOccurrences(of: "µ", with: "u")
            .replacingOccurrences(of: "μ", with: "u")
            .replacingOccurrences(of: "³", with: "3")
        switch compact {
        case "ug/m3", "ugm-3", "ug·m-3": self = .microgramsPerCubicMetre
        case "mg/m3", "mgm-3", "mg·m-3": self = .milligramsPerCubicMetre
        default: return nil
        }
    }

    /// Multiply a value in `self` by this to get it in `target`.
    public func factor(to target: HourlyUnit) -> Double {
        switch (self, target) {
        case (.microgramsPerCubicMetre, .milligramsPerCubicMetre): 0.001
        case (.milligramsPerCubicMetre, .microgramsPerCubicMetre): 1000
        default: 1
        }
    }
}
