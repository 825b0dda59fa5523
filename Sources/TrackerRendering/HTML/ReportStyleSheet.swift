/// The report's CSS, inlined in its `<head>`: no web fonts, no imports, no `url(…)`, so the file
/// opens the same offline from a mail attachment. The font stack names a Chinese face for each
/// platform (Windows, macOS, Linux), and a print section lays the report out on A4.
///
/// ```swift
/// "<style>" + ReportStyleSheet.css + "</style>"
/// ```
enum ReportStyleSheet {
    /// Chinese-capable faces first, by platform: Windows (Microsoft YaHei), macOS (PingFang SC),
    /// Linux (Noto Sans CJK SC, WenQuanYi Micro Hei); a generic family last.
    static let fontStack = "\"Microsoft YaHei\", \"微软雅黑\", \"PingFang SC\", \"Hiragino Sans GB\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif"

    static var css: String {
        let p = ReportPalette.self
        var tones = ""
        for (name, tone) in p.tones {
            tones += ".tone-\(name){color:\(tone.ink);background:\(tone.paper);border-color:\(tone.bar)}\n"
        }
        return """
        :root{color-scheme:light}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:\(p.paper);color:\(p.ink);font-family:\(fontStack);font-size:15px;line-height:1.5}
        .page{max-width:1180px;margin:0 auto;padding:24px 28px 40px}
        h1{font-size:24px;line-height:1.3;margin:0 0 6px}
        h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid \(p.ink)}
        h3{font-size:16px;margin:20px 0 8px}
        p{margin:4px 0}
        .muted,.meta{color:\(p.muted)}
        .meta{font-size:13px}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .en{display:none}
        .lang-switch{position:absolute;opacity:0;width:1px;height:1px}
        #lang-en:checked ~ .page .en{display:inline}
        #lang-en:checked ~ .page .zh{display:none}
        .lang-toggle{float:right;cursor:pointer;border:1px solid \(p.muted);border-radius:4px;padding:2px 10px;font-size:13px;color:\(p.ink);background:\(p.paper)}
        #lang-en:focus-visible ~ .page .lang-toggle{outline:3px solid \(p.series);outline-offset:2px}
        .badge{display:inline-block;white-space:nowrap;border:1px solid;border-radius:4px;padding:0 6px;font-size:13px;font-weight:600}
        .badge .sym{font-weight:700}
        \(tones)
        .tiles{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
        .tile{border:1px solid;border-radius:6px;padding:8px 14px;min-width:118px}
        .tile .count{display:block;font-size:28px;font-weight:700;line-height:1.2}
        .tile .what{font-size:14px;font-weight:600}
        .progress{height:10px;background:\(p.grid);border:1px solid \(p.muted);border-radius:5px;max-width:420px;margin:6px 0 2px}
        .progress span{display:block;height:100%;background:\(p.series);border-radius:4px}
        table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
        th,td{border-bottom:1px solid \(p.rule);padding:4px 6px;vertical-align:top;text-align:left}
        th{background:#f3f4f6;font-weight:600}
        thead th{position:sticky;top:0}
        td.scope{white-space:nowrap}
        table.by-scope td{padding:2px 6px}
        table.by-scope .badge{margin:1px 0}
        td.prov{font-size:12px;color:\(p.muted);max-width:300px}
        td.prov q{display:block;color:\(p.ink);quotes:"“" "”"}
        td.valid{font-size:12px;max-width:260px}
        td.rest{min-width:11em}
        ul.notes{margin:2px 0 0;padding-left:16px}
        .summary-grid{display:grid;grid-template-columns:minmax(0,0.8fr) minmax(0,1.2fr);gap:28px;align-items:start}
        @media (max-width:900px){.summary-grid{grid-template-columns:minmax(0,1fr)}}
        ul.attention{padding-left:18px;margin-top:4px}
        ul.attention li{break-inside:avoid;margin-bottom:3px}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:18px}
        figure{margin:0;border:1px solid \(p.rule);border-radius:6px;padding:8px}
        figcaption{font-size:13px;margin-top:4px}
        svg.chart{width:100%;height:auto;display:block}
        svg.chart text{font-family:\(fontStack);font-size:13px;fill:\(p.ink)}
        svg.chart .chart-title{font-size:16px;font-weight:700}
        svg.chart .chart-sub,svg.chart .tick{fill:\(p.muted)}
        svg.chart .axis-title{font-weight:600}
        svg.chart .bar-label{font-size:13px}
        figure.ranking{display:inline-block;vertical-align:top;margin:0 12px 12px 0;max-width:100%}
        table.ranking{width:auto;margin:4px 0}
        table.ranking td,table.ranking th{padding:2px 8px}
        table.monthly{font-size:12px;margin:6px 0 0}
        table.monthly td,table.monthly th{padding:2px 4px;text-align:right}
        footer{margin-top:36px;font-size:12px;color:\(p.muted);border-top:1px solid \(p.rule);padding-top:8px}
        @page{size:A4;margin:14mm 12mm}
        @media print{
          body{font-size:10pt}
          .page{max-width:none;padding:0}
          .lang-toggle{display:none}
          h2{break-after:avoid}
          figure,tr,.tile,.summary-block{break-inside:avoid}
          .charts{display:block}
          .summary-grid{display:block}
          .charts figure{margin-bottom:8px}
          thead{display:table-header-group}
          thead th{position:static}
          table{font-size:8pt}
          td.prov,td.valid{font-size:7.5pt}
          td.rest{min-width:0;width:17%}
          td.prov{max-width:none;width:22%}
          td.valid{max-width:none;width:15%}
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        """
    }
}
