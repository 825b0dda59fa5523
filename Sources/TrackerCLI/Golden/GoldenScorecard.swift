import Foundation
import TrackerKit

/// Compares a scorecard with a stored one (the JSON of `--format json`) and says what changed in
/// words a reviewer can act on: which rows, which fields, from what to what.
///
/// ```swift
/// GoldenScorecard.differences(expected: stored, actual: current)
/// // ["德胜街道 PM2.5年均浓度 (pm25_annual_mean): verdict met → missed; observed 30.9 → 31.3"]
/// ```
enum GoldenScorecard {
    /// The fields of a result row that matter to a reviewer, in the order they are reported.
    static let fields = ["verdict", "observed", "compared_value", "target_text", "margin", "valid_days", "required_rest", "notes"]
    static let header = ["plan", "as_of", "final", "rows_read", "rows_used"]

    /// Nil when `expected` is not scorecard JSON; otherwise the differences (empty when equal).
    static func differences(expected: String, actual: String) -> [String]? {
        guard let old = parse(expected), let new = parse(actual) else { return nil }
        var out: [String] = []
        for key in header where text(old.header[key]) != text(new.header[key]) {
            out.append("\(key): \(text(old.header[key])) → \(text(new.header[key]))")
        }
        for key in new.order {
            let row = new.rows[key]!
            guard let before = old.rows[key] else { out.append("\(name(row)): new row, verdict \(text(row["verdict"]))"); continue }
            let changed = fields.filter { text(before[$0]) != text(row[$0]) }
                .map { "\($0) \(text(before[$0])) → \(text(row[$0]))" }
            if !changed.isEmpty { out.append("\(name(row)): " + changed.joined(separator: "; ")) }
        }
        for key in old.order where new.rows[key] == nil {
            out.append("\(name(old.rows[key]!)): row removed (was \(text(old.rows[key]!["verdict"])))")
        }
        return out
    }

    struct Parsed {
        var header: [String: Any]
        var rows: [TargetKey: [String: Any]]
        var order: [TargetKey]
    }

    static func parse(_ json: String) -> Parsed? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let results = object["results"] as? [[String: Any]] else { return nil }
        var rows: [TargetKey: [String: Any]] = [:]
        var order: [TargetKey] = []
        for row in results {
            let key = TargetKey(scope: "\(row["scope"] ?? "")", indicator: "\(row["indicator"] ?? "")")
            if rows[key] == nil { order.append(key) }
            rows[key] = row
        }
        return Parsed(header: object, rows: rows, order: order)
    }

    static func name(_ row: [String: Any]) -> String {
        "\(row["scope"] ?? "") \(row["indicator_zh"] ?? "") (\(row["indicator"] ?? ""))"
    }

    /// Stable text of a JSON value for comparing and printing.
    static func text(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let b as Bool where type(of: value!) == Bool.self: return b ? "true" : "false"
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { return n.boolValue ? "true" : "false" }
            let d = n.doubleValue
            if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
            // Six significant digits: enough to see a change, without binary float noise.
            return String(format: "%.6g", d)
        case let s as String: return s
        case let a as [Any]: return "[" + a.map { text($0) }.joined(separator: ", ") + "]"
        case let o as [String: Any]: return o["text"].map { text($0) } ?? "{" + o.keys.sorted().map { "\($0): \(text(o[$0]))" }.joined(separator: ", ") + "}"
        default: return "\(value!)"
        }
    }
}
