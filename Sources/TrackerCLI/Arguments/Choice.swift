import Foundation
import TrackerKit

/// An option that takes one of a fixed set of words (`--format json`): the words accepted, in the
/// order errors and help list them, come from the cases, so the check and the help cannot differ.
/// A case may have several words (`utf-8`, `utf8`); its first is the one help names.
///
/// ```swift
/// ScorecardFormat.allowed                 // ["table", "csv", "json", "markdown", "html", "xlsx"]
/// ScorecardFormat.helpList                // "table|csv|json|markdown|html|xlsx"
/// ScorecardFormat(choosing: "JSON")       // .json: the words are not case-sensitive
/// ```
protocol Choice: CaseIterable, Hashable, Sendable {
    var words: [String] { get }
}

extension Choice {
    /// Every word accepted.
    static var allowed: [String] { allCases.flatMap(\.words) }
    /// The cases' first words joined by `|`, as a USAGE line shows them.
    static var helpList: String { allCases.map { $0.words[0] }.joined(separator: "|") }

    init?(choosing text: String) {
        guard let match = Self.allCases.first(where: { $0.words.contains { $0.lowercased() == text.lowercased() } }) else { return nil }
        self = match
    }
}

extension Choice where Self: RawRepresentable, RawValue == String {
    var words: [String] { [rawValue] }
}

/// `evaluate --format`.
enum ScorecardFormat: String, Choice {
    case table, csv, json, markdown, html, xlsx
}

/// `--lang`: the language of everything a person reads (every command takes it).
enum LanguageOption: String, Choice {
    case zh, en
}

/// `diff --format`.
enum DiffFormat: String, Choice {
    case table, json, markdown, csv, xlsx
}

/// `targets list --format`.
enum TargetListFormat: String, Choice {
    case table, csv, json
}

/// `rank --format`.
enum RankFormat: String, Choice {
    case table, csv, json, xlsx
}

/// `history --format`, `changes --format`.
enum LedgerFormat: String, Choice {
    case table, csv, json
}

/// `rank --level`: districts or streets.
enum RankLevel: String, Choice {
    case district, street
    var level: ScopeLevel { self == .district ? .district : .street }
}

/// `indicators --format`.
enum IndicatorFormat: String, Choice {
    case table, json
}

/// `--verdict`: a verdict by its identifier (`at_risk`, or `at-risk`).
extension Verdict: Choice {
    var words: [String] { rawValue.contains("_") ? [rawValue, rawValue.replacingOccurrences(of: "_", with: "-")] : [rawValue] }
}

/// `--level`: the scopes of one level.
extension ScopeLevel: Choice {}

/// `--fail-on`: exit 1 when a target is missed, or also off track or at risk.
enum FailOn: String, Choice {
    case missed
    case atRisk = "at_risk"

    func matches(_ card: Scorecard) -> Bool {
        switch self {
        case .missed: card.rows.contains { $0.verdict == .missed }
        case .atRisk: card.rows.contains { [.missed, .offTrack, .atRisk].contains($0.verdict) }
        }
    }
}

/// `--standard auto|2012|2026`: which AQI regulation daily values are computed under.
enum StandardOption: String, Choice {
    case auto = "auto"
    case y2012 = "2012"
    case y2026 = "2026"

    var standard: StandardChoice {
        switch self {
        case .auto: .automatic
        case .y2012: .forced(.hj633_2012)
        case .y2026: .forced(.hj633_2026)
        }
    }
}

/// `--compare published|full`: compare the value as published (the default) or the full value.
enum CompareOption: String, Choice {
    case published, full

    var comparison: Target.Comparison { self == .full ? .full : .published }
}

/// `--encoding`: the data files' encoding, instead of detecting it.
enum InputEncoding: Choice {
    case utf8, gb18030
    var words: [String] {
        switch self {
        case .utf8: ["utf-8", "utf8"]
        case .gb18030: ["gb18030", "gbk"]
        }
    }
    var encoding: TextEncoding {
        switch self {
        case .utf8: .utf8
        case .gb18030: .gb18030
        }
    }
}

/// `--output-encoding`: how a CSV written to a file is encoded.
enum OutputEncoding: Choice {
    case utf8BOM, utf8, gb18030
    var words: [String] {
        switch self {
        case .utf8BOM: ["utf-8-bom"]
        case .utf8: ["utf-8", "utf8"]
        case .gb18030: ["gb18030"]
        }
    }
}
