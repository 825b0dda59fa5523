import Foundation

/// A small long-layout hourly file whose monthly figures can be worked out by hand: two
/// stations, A in 德胜街道 (西城区) and B in 西城区 without a street, three January 2025 days,
/// every pollutant constant over the day so each 24-h mean is the value itself.
///
/// | day | A PM2.5 | B PM2.5 | 西城区 PM2.5 | AQI 2012 (西城区) | AQI 2026 (西城区) |
/// |---|---|---|---|---|---|
/// | 01-01 | 60 | 80 | 70 | 94 优良 | 110 not good |
/// | 01-02 | 160 | 240 | 200 | 250 heavy | 250 heavy |
/// | 01-03 | 19 hours only | 100 | 100 (B alone: 1 of 2 stations suffices) | 132 | 132 |
///
/// The other pollutants stay low (PM10 40, SO2 5, NO2 20, CO 0.5 mg/m³, O3 50): PM2.5 decides
/// every AQI. On 01-03 station A has no valid PM2.5 and its other IAQIs are ≤ 100, so A's AQI is
/// NA (missing-pollutant rule) while 西城区's is valid from B.
enum HourlyFixture {
    static let stations = """
        station,name_zh,street,district
        A,甲,德胜街道,西城区
        B,乙,,西城区

        """

    static var hourly: String {
        var lines = ["station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3"]
        let days: [(String, Double, Double)] = [("2025-01-01", 60, 80), ("2025-01-02", 160, 240), ("2025-01-03", 0, 100)]
        for (date, a, b) in days {
            for hour in 0..<24 {
                let time = "\(date)T\(hour < 10 ? "0" : "")\(hour):00"
                // Station A on 01-03: PM2.5 in 19 hours only (20 needed).
                let pmA = date == "2025-01-03" ? (hour < 19 ? "30" : "NA") : number(a)
                lines.append("A,\(time),\(pmA),40,5,20,0.5,50")
                lines.append("B,\(time),\(number(b)),40,5,20,0.5,50")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func number(_ value: Double) -> String { String(Int(value)) }
}
