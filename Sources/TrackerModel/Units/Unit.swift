import Foundation

/// A unit of measure as the plans print it. A closed set: a typo in a catalog is an error,
/// not a new unit. Units of one `Dimension` convert into each other by an exact factor.
///
/// ```swift
/// Unit(parsing: "微克/立方米")                       // .microgramPerCubicMetre
/// Unit.milligramPerCubicMetre.convert(0.3, to: .microgramPerCubicMetre)  // 300
/// ```
public enum Unit: String, CaseIterable, Hashable, Sendable, Codable {
    case microgramPerCubicMetre = "µg/m³"
    case milligramPerCubicMetre = "mg/m³"
    case tonnePerSquareKilometreMonth = "t/km²·月"
    case gramPerSquareMetre = "g/m²"
    case percent = "%"
    case tonne = "t"
    case tenThousandTonnes = "万t"
    case tenThousandVehicleTrips = "万辆次"
    case vehicles = "辆"
    case enterprises = "家"
    case items = "项"
    case count = "个"
    case plots = "块"
    case steamTonnes = "蒸吨"
    case days = "天"
    case rank = "名"
    case kilowattHour = "kWh"
    case tenThousandKilowattHours = "万kWh"
    /// Power (installed capacity), not energy: 装机容量 420 万千瓦 is 4.2 GW, not an amount of
    /// electricity (docs/targets.md, "Units").
    case kilowatt = "kW"
    case megawatt = "MW"
    case tenThousandKilowatts = "万kW"
    case cubicMetre = "m³"
    case tenThousandCubicMetres = "万m³"
    case kilometre = "km"
    case squareMetre = "m²"
    case tenThousandSquareMetres = "万m²"
    case hectare = "ha"
    case trees = "棵"
    case times = "次"

    /// What a unit measures; only units of the same dimension convert.
    public enum Dimension: Hashable, Sendable {
        case massConcentration, deposition, surfaceLoad, ratio, mass, vehicleTrips, vehicles
        case enterprises, items, count, plots, boilerCapacity, days, rank, energy, power, volume
        case length, area, trees, times
    }

    public var symbol: String { rawValue }

    public var dimension: Dimension {
        switch self {
        case .microgramPerCubicMetre, .milligramPerCubicMetre: .massConcentration
        case .tonnePerSquareKilometreMonth: .deposition
        case .gramPerSquareMetre: .surfaceLoad
        case .percent: .ratio
        case .tonne, .tenThousandTonnes: .mass
        case .tenThousandVehicleTrips: .vehicleTrips
        case .vehicles: .vehicles
        case .enterprises: .enterprises
        case .items: .items
        case .count: .count
        case .plots: .plots
        case .steamTonnes: .boilerCapacity
        case .days: .days
        case .rank: .rank
        case .kilowattHour, .tenThousandKilowattHours: .energy
        case .kilowatt, .megawatt, .tenThousandKilowatts: .power
        case .cubicMetre, .tenThousandCubicMetres: .volume
        case .kilometre: .length
        case .squareMetre, .tenThousandSquareMetres, .hectare: .area
        case .trees: .trees
        case .times: .times
        }
    }

    /// Factor to the dimension's base unit (µg/m³, t, kWh, kW, m³, m²); exact powers of ten.
    var factorToBase: Double {
        switch self {
        case .milligramPerCubicMetre, .megawatt: 1000
        case .tenThousandTonnes, .tenThousandKilowattHours, .tenThousandKilowatts, .tenThousandCubicMetres,
             .tenThousandSquareMetres, .hectare: 10_000
        default: 1
        }
    }

    /// Whether a value in `self` can be restated in `other` exactly (same dimension).
    public func converts(to other: Unit) -> Bool { dimension == other.dimension }

    /// The value restated in `other`, or nil when the units measure different things.
    public func convert(_ value: Double, to other: Unit) -> Double? {
        guard converts(to: other) else { return nil }
        if self == other { return value }
        return value * factorToBase / other.factorToBase
    }

    /// Recognises a unit as catalogs, plan headers and data files spell it: the symbol, or the
    /// Chinese words (`微克/立方米`, `吨/平方公里·月`, `吨`, `天`, `家数`, …). Spaces are ignored;
    /// 平方千米 (the official bulletins' word) is 平方公里 and `km2` is `km²`.
    public init?(parsing text: String) {
        let key = String(text.filter { !$0.isWhitespace })
            .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
            .replacingOccurrences(of: "％", with: "%")
            .replacingOccurrences(of: "平方千米", with: "平方公里")
            .replacingOccurrences(of: "km2", with: "km²", options: .caseInsensitive)
        if let unit = Unit(rawValue: key) ?? Unit(rawValue: key.lowercased()) { self = unit; return }
        guard let unit = Unit.spellings[key] ?? Unit.spellings[key.lowercased()] else { return nil }
        self = unit
    }

    private static let spellings: [String: Unit] = [
        "微克/立方米": .microgramPerCubicMetre, "ug/m3": .microgramPerCubicMetre, "μg/m³": .microgramPerCubicMetre,
        "μg/m3": .microgramPerCubicMetre, "µg/m3": .microgramPerCubicMetre,
        "毫克/立方米": .milligramPerCubicMetre, "mg/m3": .milligramPerCubicMetre,
        "吨/平方公里·月": .tonnePerSquareKilometreMonth, "吨/平方公里.月": .tonnePerSquareKilometreMonth,
        "吨/(平方公里·月)": .tonnePerSquareKilometreMonth, "t/km2·月": .tonnePerSquareKilometreMonth,
        "t/(km²·月)": .tonnePerSquareKilometreMonth, "t/km²·month": .tonnePerSquareKilometreMonth,
        "克/平方米": .gramPerSquareMetre, "g/m2": .gramPerSquareMetre,
        "百分比": .percent, "percent": .percent,
        "吨": .tonne, "万吨": .tenThousandTonnes,
        "万辆次": .tenThousandVehicleTrips, "辆": .vehicles, "家": .enterprises, "家数": .enterprises,
        "项": .items, "个": .count, "一个": .count, "块": .plots, "蒸吨": .steamTonnes,
        "天": .days, "days": .days, "d": .days, "名": .rank,
        "千瓦时": .kilowattHour, "度": .kilowattHour, "万千瓦时": .tenThousandKilowattHours,
        "千瓦": .kilowatt, "kw": .kilowatt, "兆瓦": .megawatt, "mw": .megawatt, "万千瓦": .tenThousandKilowatts, "万kw": .tenThousandKilowatts,
        "立方米": .cubicMetre, "m3": .cubicMetre, "万立方米": .tenThousandCubicMetres,
        "公里": .kilometre, "千米": .kilometre, "平方米": .squareMetre, "m2": .squareMetre,
        "万平方米": .tenThousandSquareMetres, "公顷": .hectare, "棵": .trees, "株": .trees, "次": .times,
    ]
}
