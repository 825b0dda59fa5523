/// The judgement on one target. Final verdicts apply once the period is complete; provisional
/// ones before, except where the outcome is already locked (`met` / `missed`).
///
/// ```swift
/// Verdict.atRisk.rawValue   // "at_risk"
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

    /// How a report prints it: a word and a symbol, so that colour is never the only signal.
    public var label: String {
        switch self {
        case .met: "✔ met"
        case .withinTolerance: "≈ within tolerance"
        case .missed: "✘ missed"
        case .onTrack: "↗ on track"
        case .atRisk: "! at risk"
        case .offTrack: "✘ off track"
        case .insufficientData: "? insufficient data"
        case .deferred: "→ deferred"
        case .notApplicable: "— n/a"
        }
    }

    public var zh: String {
        switch self {
        case .met: "达标"
        case .withinTolerance: "基本达标"
        case .missed: "未达标"
        case .onTrack: "进度正常"
        case .atRisk: "有风险"
        case .offTrack: "严重滞后"
        case .insufficientData: "数据不足"
        case .deferred: "待上级目标"
        case .notApplicable: "不适用"
        }
    }

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
