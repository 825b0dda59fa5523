import AirQuality

/// `--standard auto|2012|2026`: which AQI regulation daily values are computed under.
///
/// ```swift
/// StandardOption.choice("2026")   // .forced(.hj633_2026)
/// ```
enum StandardOption {
    static let values = ["auto", "2012", "2026"]

    static func choice(_ value: String?) -> StandardChoice {
        switch value {
        case "2012": .forced(.hj633_2012)
        case "2026": .forced(.hj633_2026)
        default: .automatic
        }
    }

    /// How outputs name the choice.
    static func label(_ value: String?) -> String {
        switch value {
        case "2012": "HJ 633—2012"
        case "2026": "HJ 633—2026"
        default: "HJ 633 in force on each day"
        }
    }
}
