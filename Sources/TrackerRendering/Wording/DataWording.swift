import TrackerEvaluation
import TrackerModel

/// What a scorecard says about its data and its sources, in both languages: the data files read
/// (layout and encoding), the rows read, used and skipped, the verdict counts, the as-of line,
/// and where a target comes from as people cite it (document number, attachment, line).
///
/// ```swift
/// DataWording.rows(read: 572, used: 572, skipped: 0, outside: 0, in: .zh)   // "读取 572 行，采用 572 行，跳过 0 行"
/// DataWording.provenance(p, in: .zh)     // "西政办发〔2025〕4号 附件1 第1554行"
/// DataWording.provenance(p, in: .en)     // "附件1 000_ca42086f4126cb0d.txt:1554"
/// ```
public enum DataWording {
    /// A data file's layout: `long`, `wide`, `hourly, UCI Beijing multi-site`.
    public static func layout(_ layout: String, in language: Language) -> String {
        guard language == .zh else { return layout }
        func one(_ name: String) -> String {
            switch name {
            case "long": "长表"
            case "wide": "宽表"
            case "UCI Beijing multi-site": "UCI 北京多站点格式"
            case "unknown layout": "未知格式"
            default: name
            }
        }
        if layout.hasPrefix("hourly, ") { return "小时数据，" + one(String(layout.dropFirst("hourly, ".count))) }
        return one(layout)
    }

    /// A data file's encoding: `utf-8`, `utf-8 with BOM`, `xlsx, sheet 月度数据`.
    public static func encoding(_ encoding: String, in language: Language) -> String {
        guard language == .zh else { return encoding }
        if encoding.hasSuffix(" with BOM") { return String(encoding.dropLast(" with BOM".count)) + "（带 BOM）" }
        if encoding.hasPrefix("xlsx, sheet ") { return "xlsx，工作表 " + encoding.dropFirst("xlsx, sheet ".count) }
        return encoding
    }

    /// `data: FILE (long, utf-8)` / `数据：FILE（长表，utf-8）`.
    public static func source(_ s: MeasurementSet.Source, in language: Language) -> String {
        switch language {
        case .en: "data: \(s.file) (\(s.layout), \(s.encoding))"
        case .zh: "数据：\(s.file)（\(layout(s.layout, in: .zh))，\(encoding(s.encoding, in: .zh))）"
        }
    }

    /// The rows of the data: read, used, skipped, and those outside the plan period.
    public static func rows(read: Int, used: Int, skipped: Int, outside: Int, in language: Language) -> String {
        switch language {
        case .en:
            "rows read \(read), used \(used), skipped \(skipped)"
                + (outside > 0 ? " (\(outside) outside the plan period, not evaluated)" : "")
        case .zh:
            "读取 \(read) 行，采用 \(used) 行，跳过 \(skipped) 行"
                + (outside > 0 ? "（其中 \(outside) 行在计划期外，未评估）" : "")
        }
    }

    /// The count of each verdict: `met 44 · missed 18` (the JSON names) or `达标 44 · 未达标 18`.
    public static func verdictCounts(_ counts: [Verdict: Int], in language: Language) -> String {
        // What needs attention first: missed, off track, at risk, then the rest by severity.
        Verdict.allCases.sorted { $0.severity < $1.severity }.compactMap { v in
            counts[v].map { "\(language == .zh ? ScorecardWording.verdictZh(v) : v.rawValue) \($0)" }
        }.joined(separator: " · ")
    }

    /// `plan xicheng-2025 · as of 2025-12 · final` / `计划 xicheng-2025 · 截至 2025-12 · 最终结果`.
    public static func standing(_ card: Scorecard, in language: Language) -> String {
        let status: ReportTerm = card.isFinal ? .final : .provisionalYearToDate
        return "\(ReportTerm.plan.text(in: language)) \(card.plan) · \(ReportTerm.asOf.text(in: language)) \(card.asOf) · "
            + status.text(in: language)
    }

    /// Where a target comes from, in a table: in Chinese as the plan is cited (document number,
    /// attachment, line: `西政办发〔2025〕4号 附件1 第1554行`); in English the attachment and the seed
    /// file's line, as before. JSON and the HTML detail keep the seed file name in both.
    public static func provenance(_ p: Provenance, in language: Language) -> String {
        switch language {
        case .en: [p.attachment ?? "", "\(p.seedFile):\(p.seedLine)"].filter { !$0.isEmpty }.joined(separator: " ")
        case .zh: [p.document, p.attachment ?? "", "第\(p.seedLine)行"].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// A target's seed line without the attachment: `000_….txt:142` / `西政办发〔2025〕4号 第142行`.
    public static func line(_ p: Provenance, in language: Language) -> String {
        switch language {
        case .en: "\(p.seedFile):\(p.seedLine)"
        case .zh: "\(p.document) 第\(p.seedLine)行"
        }
    }
}
