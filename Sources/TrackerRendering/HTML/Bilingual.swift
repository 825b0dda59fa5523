import TrackerEvaluation

/// A label in Chinese and English. The report reads in Chinese; a CSS-only switch at the top
/// (no script, so it works in mail viewers that strip scripts) shows the English instead.
///
/// ```swift
/// Bilingual("达标", "met").html     // <span class="zh">达标</span><span class="en" lang="en">met</span>
/// Bilingual("达标", "met").both     // "达标 met" (for SVG text and titles, where the switch does not reach)
/// ```
struct Bilingual {
    var zh: String
    var en: String

    init(_ zh: String, _ en: String) { self.zh = zh; self.en = en }

    /// A report term's two texts (`ReportTerm`).
    init(_ term: ReportTerm) { self.init(term.pair.zh, term.pair.en) }

    /// What the rest of the period must achieve, in both languages.
    init(_ rest: RequiredRest) {
        self.init(ScorecardWording.requiredRest(rest, in: .zh), ScorecardWording.requiredRest(rest, in: .en))
    }

    /// Both spans; the style sheet shows one of them. Labels are the program's own words, but they
    /// are escaped all the same so that no path into the document skips escaping.
    var html: String {
        "<span class=\"zh\">\(HTMLEscape.text(zh))</span><span class=\"en\" lang=\"en\">\(HTMLEscape.text(en))</span>"
    }

    /// Chinese, then English in one string.
    var both: String { zh + " " + en }
}
