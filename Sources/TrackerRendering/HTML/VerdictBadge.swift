import TrackerEvaluation

/// A verdict as the report shows it: a symbol and a word, in the verdict's tone. The symbol and
/// word come from `Verdict.label` and `Verdict.zh`, the same ones the text formats print.
///
/// ```swift
/// VerdictBadge.html(.atRisk)    // <span class="badge tone-warning">! <span class="zh">有风险</span>…</span>
/// VerdictBadge.plain(.missed)   // "✘ 未达标 missed"
/// ```
enum VerdictBadge {
    /// `✔`, `!`, `?` …: the symbol the text formats print too.
    static func symbol(_ v: Verdict) -> String { ScorecardWording.symbol(v) }

    /// The English words of the label (`at risk`).
    static func english(_ v: Verdict) -> String { ScorecardWording.verdictName(v, in: .en) }

    static func words(_ v: Verdict) -> Bilingual { Bilingual(v.zh, english(v)) }

    static func html(_ v: Verdict) -> String {
        "<span class=\"badge tone-\(ReportPalette.toneName(of: v))\"><span class=\"sym\">\(HTMLEscape.text(symbol(v)))</span> \(words(v).html)</span>"
    }

    /// For SVG text and accessible names.
    static func plain(_ v: Verdict) -> String { "\(symbol(v)) \(v.zh) \(english(v))" }
}
