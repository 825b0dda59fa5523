import TrackerModel

/// The indicator catalog's choices in Chinese words (English prints their catalog names,
/// `lower`, `day_ratio`, which are also what the catalog files and the JSON say).
///
/// ```swift
/// IndicatorWording.polarity(.lowerIsBetter)   // "越低越好"
/// IndicatorWording.kind(.dayRatio)            // "天数比例"
/// ```
public enum IndicatorWording {
    public static func polarity(_ polarity: Polarity) -> String {
        switch polarity {
        case .lowerIsBetter: "越低越好"
        case .higherIsBetter: "越高越好"
        }
    }

    public static func kind(_ kind: IndicatorKind) -> String {
        switch kind {
        case .mean: "期间均值"
        case .monthlyMean: "月均值"
        case .dayRatio: "天数比例"
        case .count: "计数"
        case .cumulative: "累计量"
        case .reported: "报送值"
        case .flowShare: "流量占比"
        case .relativeChange: "相对变化"
        case .rank: "排名"
        }
    }
}
