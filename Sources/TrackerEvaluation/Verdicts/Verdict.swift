/// The judgement on one target. Final verdicts apply once the period is complete; provisional
/// ones before, except where the outcome is already locked (`met` / `missed`).
///
/// ```swift
/// Verdict.atRisk.rawValue   // "at_risk" (reports word it: `ScorecardWording.verdict` in TrackerRendering)
/// Verdict.atRisk.isFinal    // false
/// ```
public enum Verdict: String, Hashable, Sendable, CaseIterable {
    case met
    case withinTolerance = "within_tolerance"
    case missed
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case insufficientData = "insufficient_data"
    case deferred
    case notApplicable = "not_applicable"

    public var isFinal: Bool { ![.onTrack, .atRisk, .offTrack].contains(self) }

    /// Order of severity for summaries and `--fail-on`: missed is worst.
    public var severity: Int {
        switch self {
        case .missed: 0
        case .offTrack: 1
        case .atRisk: 2
        case .insufficientData: 3
        case .withinTolerance: 4
        case .onTrack: 5
        case .met: 6
        case .deferred: 7
        case .notApplicable: 8
        }
    }
}
