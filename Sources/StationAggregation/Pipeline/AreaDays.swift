import AirQuality
import TrackerModel

/// The area days of a run: for each area (layout order) and each day it has data, the HJ 663
/// concentrations from the exact station sums and the AQI computed from them (never from the
/// stations' AQIs), under the regulation chosen for the day.
///
/// ```swift
/// let days = AreaDays.assess(collector.areaSums, layout: layout, choice: .automatic, exclusions: exclusions)
/// ```
enum AreaDays {
    static func assess(_ sums: AreaDaySums, layout: AreaLayout, choice: StandardChoice, exclusions: Exclusions) -> [AreaDay] {
        var result: [AreaDay] = []
        for (index, area) in layout.areas.enumerated() {
            for ordinal in sums.days(of: index) {
                guard let slots = sums.slots(area: index, day: ordinal, requiredStations: area.requiredStations) else { continue }
                let day = CalendarDay(ordinal: ordinal)
                let assessment = DailyAssessment(values: StationDayReduction.dailyValues(slots, on: day),
                                                 version: choice.version(for: day))
                result.append(AreaDay(area: area.name, level: area.level, stationCount: area.stationCount,
                                      assessment: assessment, excluded: exclusions.reason(for: day)))
            }
        }
        return result
    }
}
