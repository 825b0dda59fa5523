import TrackerEvaluation

/// The report's colours, in one place so that a test can hold every pair to WCAG AA. Verdicts
/// are never told by colour alone: each badge also carries a symbol and a word.
///
/// ```swift
/// ReportPalette.tone(of: .atRisk)        // (ink: "#7a2e0e", paper: "#ffedd5")
/// ContrastRatio.of(ReportPalette.ink, ReportPalette.paper)   // ≥ 4.5
/// ```
enum ReportPalette {
    /// Body text and page.
    static let ink = "#1a1a1a"
    static let paper = "#ffffff"
    /// Secondary text (sources, notes): 7.5:1 on white.
    static let muted = "#4b5563"
    /// Rules and grid lines: decoration only, no contrast requirement.
    static let rule = "#d1d5db"
    static let grid = "#e5e7eb"

    /// Chart series; each also differs by line pattern or marker shape, and each passes 4.5:1 on
    /// white so that it can also colour its own legend text.
    static let series = "#1d4e89"
    static let target = "#a3122a"
    static let yearToDate = "#0f6a3c"
    static let rest = "#8a4500"
    static let projection = "#6b2d8f"
    /// The months as the ledger recorded them, and last year's line (`--ledger`).
    static let recorded = "#0e7490"
    static let lastYear = "#71717a"

    /// A verdict's text colour and background: dark ink on a light tint of the same hue.
    struct Tone: Hashable {
        var ink: String
        var paper: String
        /// A mid tone for bars, 3:1 or more against white (WCAG 1.4.11, graphics).
        var bar: String
    }

    static let good = Tone(ink: "#14532d", paper: "#dcfce7", bar: "#2e7d4f")
    static let warning = Tone(ink: "#7a2e0e", paper: "#ffedd5", bar: "#b45309")
    static let bad = Tone(ink: "#991b1b", paper: "#fee2e2", bar: "#c62828")
    static let neutral = Tone(ink: "#374151", paper: "#e5e7eb", bar: "#6b7280")
    static let quiet = Tone(ink: "#374151", paper: "#f3f4f6", bar: "#6b7280")

    static func tone(of verdict: Verdict) -> Tone {
        switch verdict {
        case .met, .withinTolerance, .onTrack: good
        case .atRisk: warning
        case .missed, .offTrack: bad
        case .insufficientData: neutral
        case .deferred, .notApplicable: quiet
        }
    }

    /// Every tone, for the style sheet and the contrast test.
    static let tones: [(name: String, tone: Tone)] = [
        ("good", good), ("warning", warning), ("bad", bad), ("neutral", neutral), ("quiet", quiet),
    ]

    /// The CSS class of a verdict's tone.
    static func toneName(of verdict: Verdict) -> String {
        let t = tone(of: verdict)
        return tones.first { $0.tone == t }!.name
    }
}
