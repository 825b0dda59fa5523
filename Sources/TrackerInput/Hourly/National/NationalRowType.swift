import TrackerModel

/// The `type` column of the national platform's daily files: an hourly concentration (what is
/// read), a value the platform derived from them (`PM2.5_24h`, `O3_8h`, `AQI` …: used only to
/// cross-check), or something else.
///
/// ```swift
/// NationalRowType("PM2.5")       // .hourly(.pm25)
/// NationalRowType("PM2.5_24h")   // .movingMean(.pm25): the mean of the last 24 hours
/// NationalRowType("O3_8h")       // .derived
/// NationalRowType("TEMP")        // .unknown
/// ```
enum NationalRowType: Equatable {
    case hourly(Pollutant)
    /// `P_24h`: the platform's mean of the 24 hours up to this one.
    case movingMean(Pollutant)
    /// `AQI`, `O3_8h`, `O3_8h_24h`, `O3_24h`: derived values that are not cross-checked.
    case derived
    case unknown

    init(_ raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.uppercased() == "AQI" { self = .derived; return }
        if text.lowercased().hasSuffix("_24h") {
            let base = String(text.dropLast(4))
            if let pollutant = Pollutant(headerName: base) {
                self = pollutant == .o3 ? .derived : .movingMean(pollutant)
            } else {
                self = base.uppercased().hasPrefix("O3_8H") ? .derived : .unknown
            }
            return
        }
        if text.uppercased() == "O3_8H" { self = .derived; return }
        self = Pollutant(headerName: text).map { .hourly($0) } ?? .unknown
    }
}
