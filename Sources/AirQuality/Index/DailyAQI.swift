import TrackerModel

/// A day's AQI: the largest IAQI of the day's items, with the missing-pollutant rule (docs/air-quality.md §6):
/// with every item valid the AQI is valid; with some missing it counts only above 100.
///
/// ```swift
/// let aqi = DailyAQI(concentrations: [.pm25: 75.6, .pm10: 80, .so2: 5, .no2: 30, .co: 0.8,
///                                     .o3EightHour: 90, .o3OneHour: 120], version: .hj633_2012)
/// aqi.value               // 102
/// aqi.category            // .lightlyPolluted
/// aqi.primaryPollutants   // [.pm25]
/// ```
public struct DailyAQI: Sendable, Equatable {
    public let version: StandardVersion
    /// IAQIs of the items that had a valid concentration, in `IndexItem` order.
    public let indices: [IndividualIndex]
    /// Items of this version with no valid concentration (or no usable IAQI).
    public let missingItems: [IndexItem]
    /// The largest IAQI of the available items, whether or not it is a valid AQI.
    public let maximumOfAvailable: Int?

    /// `concentrations` holds the unrounded daily values per item (CO in mg/m³); absent = missing.
    /// Items the version does not use (O3 1-h under 2026) are ignored.
    public init(concentrations: [IndexItem: Double], version: StandardVersion) {
        self.version = version
        var indices: [IndividualIndex] = []
        var missing: [IndexItem] = []
        for item in version.indexItems {
            if let c = concentrations[item],
               let index = IndividualIndex(item: item, concentration: c, version: version,
                                           o3OneHour: concentrations[.o3OneHour]) {
                indices.append(index)
            } else {
                missing.append(item)
            }
        }
        self.indices = indices
        self.missingItems = missing
        self.maximumOfAvailable = indices.map(\.value).max()
    }

    /// The daily AQI, or nil (NA) when pollutants are missing and the others do not exceed 100.
    public var value: Int? {
        guard let maximum = maximumOfAvailable else { return nil }
        if missingItems.isEmpty || maximum > 100 { return maximum }
        return nil
    }

    /// A valid AQI day counts in the good-day ratio's denominator.
    public var isValid: Bool { value != nil }

    public var category: AQICategory? { value.map(AQICategory.init(aqi:)) }

    /// 优良天: AQI ≤ 100.
    public var isGoodDay: Bool { value.map { $0 <= 100 } ?? false }

    /// 重污染天: AQI > 200.
    public var isHeavyPollutionDay: Bool { value.map { $0 > 200 } ?? false }

    /// Items whose IAQI equals the AQI, when AQI > 50 (HJ 633 首要污染物).
    public var primaryItems: [IndexItem] {
        guard let aqi = value, aqi > 50 else { return [] }
        return indices.filter { $0.value == aqi }.map(\.item)
    }

    /// The pollutants of `primaryItems`, without duplicates (O3 1-h and 8-h are both O3).
    public var primaryPollutants: [Pollutant] {
        var result: [Pollutant] = []
        for item in primaryItems where !result.contains(item.pollutant) { result.append(item.pollutant) }
        return result
    }

    public func index(of item: IndexItem) -> IndividualIndex? {
        indices.first { $0.item == item }
    }
}
