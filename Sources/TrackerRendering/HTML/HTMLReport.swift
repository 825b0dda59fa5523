import TrackerEvaluation
import TrackerModel

/// A scorecard as one self-contained HTML document, for bureau staff to forward by mail: inline
/// CSS and inline SVG only (no scripts, fonts, style sheets or images to fetch), in Chinese with
/// an English switch, printable on A4. Everything from the data is escaped, and the same
/// scorecard always gives the same bytes (no dates, no random ids, fixed number formats).
///
/// ```swift
/// let html = HTMLReport.render(card)
/// try AtomicFile.write(Data(html.utf8), to: "report.html")
/// ```
public enum HTMLReport {
    /// `rankings`: the published tables to draw after the league charts (`ReportRequest` makes
    /// them; none: no section). `history`: the ledger's months and last year's for the trend
    /// charts (`report --ledger`; nil: the charts draw the data alone).
    public static func render(_ card: Scorecard, rankings: [ScopeRanking] = [], history: TrendHistory? = nil) -> String {
        let charts = ChartsSection(card: card, history: history)
        var out = """
        <!DOCTYPE html>
        <html lang="zh-Hans">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="tracker">
        <title>\(HTMLEscape.text(title(card)))</title>
        <style>
        \(ReportStyleSheet.css)
        </style>
        </head>
        <body>
        <input type="checkbox" id="lang-en" class="lang-switch" aria-label="English">
        <div class="page">

        """
        out += header(card)
        out += SummarySection(card: card).html()
        out += charts.trends()
        out += charts.leagues()
        out += RankingsSection(rankings: rankings).html()
        out += details(card)
        out += data(card)
        out += "<footer>\(Bilingual("由 tracker 生成。判定规则见 docs/evaluation.md；同一输入总是生成相同的文件。", "Made by tracker. Verdict rules: docs/evaluation.md. The same input always gives the same file.").html)</footer>\n"
        return out + "</div>\n</body>\n</html>\n"
    }

    /// The browser tab's and the mail attachment's name for it.
    static func title(_ card: Scorecard) -> String {
        "\(card.title) · 截至 \(card.asOf) · 目标评估报告"
    }

    static func header(_ card: Scorecard) -> String {
        let state = card.isFinal ? Bilingual("最终结果", "final") : Bilingual("暂定（年初至今）", "provisional (year to date)")
        return "<header>"
            + "<label for=\"lang-en\" class=\"lang-toggle\"><span class=\"zh\">English</span><span class=\"en\" lang=\"zh-Hans\">中文</span></label>"
            + "<p class=\"meta\">\(Bilingual("环境目标评估报告", "Environmental targets scorecard").html)</p>"
            + "<h1>\(HTMLEscape.text(card.title))</h1>"
            + "<p class=\"meta\">\(HTMLEscape.text(card.document)) · \(Bilingual("计划", "plan").html) \(HTMLEscape.text(card.plan))"
            + " · \(Bilingual("截至", "as of").html) \(card.asOf) · \(state.html)</p>"
            + "</header>\n"
    }

    static func details(_ card: Scorecard) -> String {
        var out = "<section id=\"details\"><h2>\(Bilingual("逐项结果", "Every target").html)</h2>\n"
        out += "<p class=\"meta\">\(Bilingual("差距为正表示有余量（以指标单位计）；每行给出目标出处的原文。", "A positive margin is headroom, in the indicator's unit; each row quotes the clause its target comes from.").html)</p>\n"
        for level in ScopeLevel.allCases {
            let rows = card.rowsShown.filter { $0.target.scopeLevel == level }
            guard !rows.isEmpty else { continue }
            out += "<h3>\(DetailTable.levelName(level).html)</h3>\n" + DetailTable(rows: rows).html()
        }
        // Targets with no data at all: one collapsed section, not pages of 数据不足 (`--all` shows them above).
        let setAside = card.rowsWithoutData
        if !setAside.isEmpty {
            out += "<details class=\"without-data\"><summary>\(Bilingual("无数据的目标 \(setAside.count) 项（未评估，点击展开）", "\(setAside.count) targets with no data (not evaluated; click to open)").html)</summary>\n"
                + DetailTable(rows: setAside).html() + "</details>\n"
        }
        return out + "</section>\n"
    }

    /// The data behind the scorecard: files, rows read and used, and every row skipped.
    static func data(_ card: Scorecard) -> String {
        var out = "<section id=\"data\"><h2>\(Bilingual("数据", "Data").html)</h2><ul>\n"
        for s in card.sources {
            out += "<li>\(HTMLEscape.text(s.file)) " + Bilingual("（\(DataWording.layout(s.layout, in: .zh))，\(DataWording.encoding(s.encoding, in: .zh))）",
                                                            "(\(s.layout), \(s.encoding))").html + "</li>\n"
        }
        out += "<li>\(Bilingual("读取行数", "rows read").html) \(card.rowsRead) · \(Bilingual("使用", "used").html) \(card.rowsUsed)"
            + " · \(Bilingual("跳过", "skipped").html) \(card.skipped.count)</li>\n"
        for d in card.skipped { out += "<li class=\"muted\">\(Bilingual(DiagnosticWording.line(d, in: .zh), d.description).html)</li>\n" }
        return out + "</ul></section>\n"
    }
}
