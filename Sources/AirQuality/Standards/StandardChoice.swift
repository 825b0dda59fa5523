import TrackerModel

/// How a run picks the regulation for each day: by date, or one version forced for every day
/// (to compare "what if 2026 rules had applied") [project rule, docs/air-quality.md §1].
///
/// ```swift
/// StandardChoice.automatic.version(for: day)           // depends on the date
/// StandardChoice.forced(.hj633_2026).version(for: day) // always 2026
/// ```
public enum StandardChoice: Sendable, Hashable {
    case automatic
    case forced(StandardVersion)

    public func version(for day: CalendarDay) -> StandardVersion {
        switch self {
        case .automatic: StandardVersion.inForce(on: day)
        case .forced(let version): version
        }
    }
}
