import Foundation
import TrackerModel

/// Reads a number as people type it in plans and spreadsheets: full-width digits, thousands
/// separators, a trailing `%`. Rejects what is not a finite decimal number (`NaN`, `1e400`, `٣`);
/// `refusal` says why, for the message.
///
/// ```swift
/// NumberText.parse("１,２３４.５")  // (1234.5, percent: false)
/// NumberText.parse("78%")         // (78, percent: true)
/// NumberText.parse("NaN")         // nil
/// ```
public enum NumberText {
    public struct Parsed: Hashable, Sendable {
        public var value: Double
        public var percent: Bool
    }

    public static func parse(_ raw: String) -> Parsed? {
        var text = Whitespace.trim(Width.halfWidthString(raw), newlines: false)
        var percent = false
        if text.hasSuffix("%") {
            percent = true
            text.removeLast()
            text = Whitespace.trim(text, newlines: false)
        }
        guard let value = decimal(text) else { return nil }
        return Parsed(value: value, percent: percent)
    }

    /// A plain decimal: optional sign, ASCII digits with optional `,` thousands groups, optional
    /// fraction, optional exponent. `-0` is read as 0.
    public static func decimal(_ text: String) -> Double? {
        var text = text
        // The syntax is checked on the UTF-8 bytes in place: no array per field.
        let grouped: Bool? = text.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= 64 else { return nil }
            var i = 0
            if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            var integerDigits = 0
            var groups = 0, firstGroup = 0, irregular = false
            var groupLength = 0
            while i < bytes.count, bytes[i] == UInt8(ascii: ",") || (bytes[i] >= 48 && bytes[i] <= 57) {
                if bytes[i] == UInt8(ascii: ",") {
                    if groups == 0 { firstGroup = groupLength } else if groupLength != 3 { irregular = true }
                    groups += 1; groupLength = 0
                } else {
                    integerDigits += 1; groupLength += 1
                }
                i += 1
            }
            if groups > 0 {
                // 1,234,567: the first group 1–3 digits, the rest exactly 3.
                guard (1...3).contains(firstGroup), !irregular, groupLength == 3 else { return nil }
            }
            var fractionDigits = 0
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1; fractionDigits += 1 }
            }
            guard integerDigits > 0 || fractionDigits > 0 else { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                var expDigits = 0
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1; expDigits += 1 }
                guard expDigits > 0 else { return nil }
            }
            guard i == bytes.count else { return nil }
            return groups > 0
        }
        guard let grouped else { return nil }
        let cleaned = !grouped ? text : text.replacingOccurrences(of: ",", with: "")
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value == 0 ? 0 : value
    }

    /// Why `parse` refused a text, for the message: a number too large for a Double (`1e400`),
    /// the marker of a missing number (`NaN`), infinity (`inf`), digits of another script (`٣`),
    /// or anything else.
    public enum Refusal: Hashable, Sendable {
        case tooLarge, notAValue, infinite, otherDigits, notANumber
    }

    public static func refusal(_ raw: String) -> Refusal {
        var text = Width.halfWidthString(raw).trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        let word = text.lowercased()
        if ["nan", "+nan", "-nan"].contains(word) { return .notAValue }
        if ["inf", "+inf", "-inf", "infinity", "+infinity", "-infinity", "∞", "+∞", "-∞"].contains(word) { return .infinite }
        if text.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.numericType == .decimal }) { return .otherDigits }
        // A well-formed decimal (the syntax `decimal` checks) whose value overflows.
        if text.utf8.count <= 64, text.utf8.allSatisfy({ (48...57).contains($0) || [43, 45, 46, 44, 69, 101].contains($0) }),
           let value = Double(text.replacingOccurrences(of: ",", with: "")), value.isInfinite {
            return .tooLarge
        }
        return .notANumber
    }
}
