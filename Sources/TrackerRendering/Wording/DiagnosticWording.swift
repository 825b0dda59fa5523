import TrackerModel

/// A diagnostic as a person reads it. In English, `Diagnostic.description` as it always was:
/// `file:line:column: error: what is wrong; what would fix it`. In Chinese, the place, the
/// severity and the code, the catalog's Chinese summary of the code, then the reader's own
/// message in parentheses (it quotes the file's text and names the fix exactly) — or, where the
/// code that found the problem words it in Chinese too (`Diagnostic.zh`), that message and fix.
///
/// ```swift
/// DiagnosticWording.line(d, in: .en)   // a.csv:3:1: error: unknown scope `德盛街道`; did you mean `德胜街道`?
/// DiagnosticWording.line(d, in: .zh)   // a.csv:3:1: 错误 M112：范围不在范围目录中（unknown scope `德盛街道`; did you mean `德胜街道`?）
/// ```
public enum DiagnosticWording {
    public static func line(_ d: Diagnostic, in language: Language) -> String {
        switch language {
        case .en: return d.description
        case .zh:
            let place = d.location.map { "\($0): " } ?? ""
            if let zh = d.zh {
                return "\(place)\(severity(d.severity, in: .zh)) \(d.code)：\(zh.message)" + (zh.fix.map { "；\($0)" } ?? "")
            }
            let detail = d.message + (d.fix.map { "; \($0)" } ?? "")
            return "\(place)\(severity(d.severity, in: .zh)) \(d.code)：\(d.code.entry.zh)（\(detail)）"
        }
    }

    /// `error` / `错误`, `warning` / `警告`, `note` / `提示`.
    public static func severity(_ severity: Diagnostic.Severity, in language: Language) -> String {
        switch (severity, language) {
        case (_, .en): severity.rawValue
        case (.error, .zh): "错误"
        case (.warning, .zh): "警告"
        case (.note, .zh): "提示"
        }
    }
}
