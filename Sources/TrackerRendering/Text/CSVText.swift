/// Writes RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled,
/// lines end with CRLF as the RFC (and Excel) expect.
///
/// ```swift
/// CSVText.line(["德胜街道", "a,b", "say \"hi\""])   // "德胜街道,\"a,b\",\"say \"\"hi\"\"\"\r\n"
/// ```
public enum CSVText {
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

import Foundation
