import TrackerModel

/// The IAQI of one item on one day: the concentration is first rounded (GB/T 8170: whole µg/m³,
/// CO to 0.1 mg/m³), then placed on the breakpoint scale and rounded up (HJ 633).
///
/// ```swift
/// let i = IndividualIndex(item: .pm25, concentration: 75.6, version: .hj633_2012)
/// i?.roundedConcentration   // 76
/// i?.value                  // 102
/// ```
public struct IndividualIndex: Sendable, Equatable {
    public let item: IndexItem
    /// The daily concentration as computed (unrounded).
    public let concentration: Double
    /// The concentration the IAQI was computed from.
    public let roundedConcentration: Double
    /// The IAQI, rounded up to an integer.
    public let value: Int
    /// Set when a special case replaced the breakpoint scale (O3 8-h above 800).
    public let rule: SpecialRule?

    /// The special cases of §5 for O3 8-h above 800 µg/m³.
    public enum SpecialRule: String, Sendable, Equatable {
        /// HJ 633—2012: the O3 IAQI is taken from the daily max 1-h value.
        case takenFromOneHour = "O3 8-h > 800: IAQI from O3 1-h"
        /// HJ 633—2026: the O3 IAQI is 300.
        case fixedAt300 = "O3 8-h > 800: IAQI 300"
    }

    /// Nil when the version has no scale for `item`, the concentration is not a valid number, or
    /// (2012) O3 8-h is above 800 but no valid O3 1-h value exists to take the IAQI from.
    public init?(item: IndexItem, concentration: Double, version: StandardVersion, o3OneHour: Double? = nil) {
        guard concentration.isFinite, concentration >= 0, let table = version.breakpoints(for: item) else {
            return nil
        }
        let rounded = Rounding.halfEven(concentration, decimals: item.pollutant.roundingDecimals)
        self.item = item
        self.concentration = concentration
        self.roundedConcentration = rounded
        if item == .o3EightHour, rounded > table.lastConcentration {
            switch version {
            case .hj633_2012:
                guard let oneHour = o3OneHour,
                      let fromOneHour = IndividualIndex(item: .o3OneHour, concentration: oneHour, version: version)
                else { return nil }
                value = fromOneHour.value
                rule = .takenFromOneHour
            case .hj633_2026:
                value = 300
                rule = .fixedAt300
            }
            return
        }
        value = Int(Rounding.ceilInteger(table.rawIndex(for: rounded)))
        rule = nil
    }
}
