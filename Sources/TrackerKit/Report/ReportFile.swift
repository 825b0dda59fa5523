import Foundation

/// Where `tracker report` writes when not told: `report-<plan>-<as-of>.html` in the current
/// folder, so that a report is a file to forward and never an HTML page on a terminal. `-` asks
/// for standard output (for a pipe).
///
/// ```swift
/// ReportFile.defaultName(plan: "xicheng-2025", asOf: YearMonth(2025, 6))   // "report-xicheng-2025-2025-06.html"
/// ReportFile.destination(given: nil, plan: "xicheng-2025", asOf: YearMonth(2025, 6))   // .file("report-xicheng-2025-2025-06.html")
/// ReportFile.destination(given: "-", plan: "xicheng-2025", asOf: YearMonth(2025, 6))   // .standardOutput
/// ```
public enum ReportFile: Hashable, Sendable {
    case file(String)
    case standardOutput

    public static func defaultName(plan: String, asOf: YearMonth) -> String {
        "report-\(plan)-\(asOf).html"
    }

    public static func destination(given: String?, plan: String, asOf: YearMonth) -> ReportFile {
        switch given {
        case "-": .standardOutput
        case let path?: .file(path)
        case nil: .file(defaultName(plan: plan, asOf: asOf))
        }
    }
}
