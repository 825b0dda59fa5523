/// How many days of a result were computed under each regulation, so outputs can name the
/// version(s) used and a period straddling 2026-03-01 shows the split.
///
/// ```swift
/// let usage = StandardUsage(versions: assessments.map(\.version))
/// usage.versionsUsed               // [.hj633_2012]
/// usage.dayCount(.hj633_2026)      // 0
/// ```
public struct StandardUsage: Sendable, Equatable, CustomStringConvertible {
    private var counts: [StandardVersion: Int] = [:]

    public init(versions: some Sequence<StandardVersion>) {
        for version in versions { counts[version, default: 0] += 1 }
    }

    public func dayCount(_ version: StandardVersion) -> Int { counts[version] ?? 0 }

    /// Versions with at least one day, oldest first.
    public var versionsUsed: [StandardVersion] {
        StandardVersion.allCases.filter { dayCount($0) > 0 }
    }

    public var description: String {
        versionsUsed.map { "\($0.rawValue): \(dayCount($0)) day\(dayCount($0) == 1 ? "" : "s")" }.joined(separator: ", ")
    }
}
