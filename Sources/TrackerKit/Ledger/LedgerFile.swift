import Foundation
import TrackerEvaluation
import TrackerModel
import TrackerRendering

/// A ledger entry as a file: pretty JSON in a fixed key order, numbers as the project prints them,
/// so that the same inputs give the same bytes and a revision is a readable `git diff`. The
/// scorecard's own JSON (`evaluate --format json`) is kept under `scorecard`. docs/ledger.md.
///
/// ```swift
/// let text = LedgerFile.text(entry, scorecard: card)      // what DIR/xicheng-2025/2025-03.json holds
/// let back = LedgerFile.entry(from: Data(text.utf8))      // the same entry
/// ```
public enum LedgerFile {
    public static let version = 1

    public static func text(_ entry: LedgerEntry, scorecard: Scorecard) -> String {
        JSONValue.object([
            ("ledger", .number(Double(version))),
            ("plan", .string(entry.plan)),
            ("month", .string(entry.month.description)),
            ("revision", .number(Double(entry.revision))),
            ("revised", .bool(entry.isRevised)),
            ("inputs", digests(entry.inputs)),
            ("targets_digest", .string(entry.targetsDigest)),
        ] + extras(catalogDigest: entry.catalogDigest, standard: entry.standard) + [
            ("rows", rows(entry.rows)),
            ("values", values(entry.values)),
            ("previous", .array(entry.previous.map { r in
                .object([("revision", .number(Double(r.revision))), ("inputs", digests(r.inputs)),
                         ("targets_digest", .string(r.targetsDigest))] + extras(catalogDigest: r.catalogDigest, standard: r.standard)
                        + [("rows", rows(r.rows)), ("values", values(r.values))])
            })),
            ("scorecard", ScorecardText.json(scorecard)),
        ]).text(pretty: true) + "\n"
    }

    /// Nil when the bytes are not a ledger file.
    public static func entry(from data: Data) -> LedgerEntry? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let plan = object["plan"] as? String, let monthText = object["month"] as? String,
              let month = YearMonth(parsing: monthText), let revision = object["revision"] as? Int,
              let inputs = digests(object["inputs"]), let targets = object["targets_digest"] as? String,
              let current = rows(object["rows"]), let currentValues = values(object["values"]) else { return nil }
        var previous: [LedgerEntry.Revision] = []
        for item in object["previous"] as? [[String: Any]] ?? [] {
            guard let n = item["revision"] as? Int, let i = digests(item["inputs"]), let t = item["targets_digest"] as? String,
                  let r = rows(item["rows"]), let v = values(item["values"]) else { return nil }
            previous.append(.init(revision: n, inputs: i, targetsDigest: t, rows: r, values: v,
                                  catalogDigest: item["catalog_digest"] as? String, standard: item["standard"] as? String))
        }
        var entry = LedgerEntry(plan: plan, month: month, revision: revision, inputs: inputs, targetsDigest: targets,
                                rows: current, values: currentValues, previous: previous)
        entry.catalogDigest = object["catalog_digest"] as? String
        entry.standard = object["standard"] as? String
        return entry
    }

    /// `catalog_digest` and `standard`, when known (files of version 1 written before them lack them).
    private static func extras(catalogDigest: String?, standard: String?) -> [(String, JSONValue)] {
        (catalogDigest.map { [("catalog_digest", JSONValue.string($0))] } ?? []) + (standard.map { [("standard", JSONValue.string($0))] } ?? [])
    }

    /// The entry's lines from a scorecard.
    public static func rows(of card: Scorecard) -> [LedgerEntry.Row] {
        card.rows.map { r in
            LedgerEntry.Row(scope: r.scope, indicator: r.indicator, indicatorZh: r.indicatorZh, target: ScorecardText.target(r),
                            observed: r.observed, observedText: r.observed == nil ? "" : ScorecardText.observed(r), verdict: r.verdict,
                            period: r.target.period, comparator: r.effectiveComparator.code, bound: r.effectiveComparator.value,
                            publishedDecimals: r.publishedDecimals)
        }
    }

    /// The monthly values behind a scorecard's rows, each scope, indicator and month once, in
    /// scope, indicator and month order.
    public static func values(of card: Scorecard) -> [LedgerEntry.Value] {
        var seen: Set<String> = []
        var out: [LedgerEntry.Value] = []
        for r in card.rows {
            for m in r.monthly {
                guard case .month(let month) = m.period else { continue }
                let value = LedgerEntry.Value(scope: r.scope, indicator: r.indicator, indicatorZh: r.indicatorZh, month: month, value: m.value)
                if seen.insert(value.key).inserted { out.append(value) }
            }
        }
        return out.sorted { ($0.scope, $0.indicator, $0.month) < ($1.scope, $1.indicator, $1.month) }
    }

    private static func values(_ list: [LedgerEntry.Value]) -> JSONValue {
        .array(list.map { v in
            .object([("scope", .string(v.scope)), ("indicator", .string(v.indicator)), ("indicator_zh", .string(v.indicatorZh)),
                     ("month", .string(v.month.description)), ("value", .number(v.value))])
        })
    }

    private static func values(_ any: Any?) -> [LedgerEntry.Value]? {
        guard let list = any as? [[String: Any]] else { return nil }
        var out: [LedgerEntry.Value] = []
        for item in list {
            guard let scope = item["scope"] as? String, let indicator = item["indicator"] as? String,
                  let zh = item["indicator_zh"] as? String, let monthText = item["month"] as? String,
                  let month = YearMonth(parsing: monthText), let value = (item["value"] as? NSNumber)?.doubleValue else { return nil }
            out.append(.init(scope: scope, indicator: indicator, indicatorZh: zh, month: month, value: value))
        }
        return out
    }

    private static func digests(_ list: [LedgerEntry.Digest]) -> JSONValue {
        .array(list.map { .object([("file", .string($0.file)), ("sha256", .string($0.sha256))]) })
    }

    private static func rows(_ list: [LedgerEntry.Row]) -> JSONValue {
        .array(list.map { r in
            .object([("scope", .string(r.scope)), ("indicator", .string(r.indicator)), ("indicator_zh", .string(r.indicatorZh)),
                     ("target", .string(r.target)), ("observed", .optional(r.observed)), ("observed_text", .string(r.observedText)),
                     ("verdict", .string(r.verdict.rawValue))] + (r.period.map { [("period", .string($0.description))] } ?? [])
                    + (r.comparator.map { [("comparator", .string($0)), ("bound", .optional(r.bound))] } ?? [])
                    + (r.publishedDecimals.map { [("published_decimals", .number(Double($0)))] } ?? []))
        })
    }

    private static func digests(_ any: Any?) -> [LedgerEntry.Digest]? {
        guard let list = any as? [[String: Any]] else { return nil }
        var out: [LedgerEntry.Digest] = []
        for item in list {
            guard let file = item["file"] as? String, let sha = item["sha256"] as? String else { return nil }
            out.append(.init(file: file, sha256: sha))
        }
        return out
    }

    private static func rows(_ any: Any?) -> [LedgerEntry.Row]? {
        guard let list = any as? [[String: Any]] else { return nil }
        var out: [LedgerEntry.Row] = []
        for item in list {
            guard let scope = item["scope"] as? String, let indicator = item["indicator"] as? String,
                  let zh = item["indicator_zh"] as? String, let target = item["target"] as? String,
                  let text = item["observed_text"] as? String, let verdictText = item["verdict"] as? String,
                  let verdict = Verdict(rawValue: verdictText) else { return nil }
            var row = LedgerEntry.Row(scope: scope, indicator: indicator, indicatorZh: zh, target: target,
                                      observed: (item["observed"] as? NSNumber)?.doubleValue, observedText: text, verdict: verdict,
                                      period: (item["period"] as? String).flatMap(Period.init(parsing:)))
            row.comparator = item["comparator"] as? String
            row.bound = (item["bound"] as? NSNumber)?.doubleValue
            row.publishedDecimals = item["published_decimals"] as? Int
            out.append(row)
        }
        return out
    }
}
