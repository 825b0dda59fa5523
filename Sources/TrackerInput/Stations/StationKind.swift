/// What a monitoring station is for (docs/hourly-formats.md, "Station lists"): urban and
/// suburban stations are the assessment stations (评价点) whose values make a district's and the
/// city's; traffic stations (交通污染监控点) and background / regional stations (对照点及区域点)
/// are reported on their own and join the areas only on request.
///
/// ```swift
/// StationKind(label: "交通污染监控点")   // .traffic
/// StationKind(label: "Suburban")?.isAssessment   // true
/// ```
public enum StationKind: String, Sendable, Hashable, CaseIterable {
    case urban
    case suburban
    case traffic
    case background

    /// An assessment station (城区 / 郊区): counts for its areas by default.
    public var isAssessment: Bool { self == .urban || self == .suburban }

    /// The type as station lists write it, Chinese or English; nil for anything else.
    public init?(label: String) {
        let key = label.trimmingCharacters(in: .whitespaces).lowercased()
        switch key {
        case "城区", "城区点", "城市点", "urban", "城市评价点": self = .urban
        case "郊区", "郊区点", "suburban": self = .suburban
        case "交通污染监控点", "交通点", "交通", "traffic": self = .traffic
        case "对照点及区域点", "对照点", "区域点", "清洁对照点", "区域背景点", "background", "regional", "background/regional":
            self = .background
        default: return nil
        }
    }

    /// The label the national station list uses.
    public var labelZh: String {
        switch self {
        case .urban: "城区"
        case .suburban: "郊区"
        case .traffic: "交通污染监控点"
        case .background: "对照点及区域点"
        }
    }
}

/// Which kinds of station count for areas in a run: the assessment stations always, traffic
/// and background stations when asked (`--include-traffic`, `--include-background`).
///
/// ```swift
/// var kinds = StationKinds.assessment
/// kinds.includeTraffic = true
/// kinds.includes(.traffic)   // true
/// ```
public struct StationKinds: Sendable, Hashable {
    public var includeTraffic: Bool
    public var includeBackground: Bool

    public init(includeTraffic: Bool = false, includeBackground: Bool = false) {
        self.includeTraffic = includeTraffic
        self.includeBackground = includeBackground
    }

    /// The default: assessment stations only.
    public static let assessment = StationKinds()

    public func includes(_ kind: StationKind) -> Bool {
        switch kind {
        case .urban, .suburban: true
        case .traffic: includeTraffic
        case .background: includeBackground
        }
    }
}
