/// The six AQI categories of HJ 633 (the same in 2012 and 2026).
///
/// ```swift
/// AQICategory(aqi: 101).rawValue   // "轻度污染"
/// AQICategory(aqi: 50).isGood      // true (优良: AQI ≤ 100)
/// ```
public enum AQICategory: String, CaseIterable, Sendable, Hashable, Codable {
    case excellent = "优"
    case good = "良"
    case lightlyPolluted = "轻度污染"
    case moderatelyPolluted = "中度污染"
    case heavilyPolluted = "重度污染"
    case severelyPolluted = "严重污染"

    /// AQI 0…50 is 优 (the table starts at 1, but a day of zeros is still 优).
    public init(aqi: Int) {
        switch aqi {
        case ...50: self = .excellent
        case ...100: self = .good
        case ...150: self = .lightlyPolluted
        case ...200: self = .moderatelyPolluted
        case ...300: self = .heavilyPolluted
        default: self = .severelyPolluted
        }
    }

    /// 优 or 良: counts as a good day (优良天).
    public var isGood: Bool { self == .excellent || self == .good }

    /// 重度 or 严重污染: counts as a heavy-pollution day (重污染天, AQI > 200).
    public var isHeavy: Bool { self == .heavilyPolluted || self == .severelyPolluted }

    /// Roman level I…VI used in bulletins.
    public var level: String { ["I", "II", "III", "IV", "V", "VI"][Self.allCases.firstIndex(of: self) ?? 0] }
}
