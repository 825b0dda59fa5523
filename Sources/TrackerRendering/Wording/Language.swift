/// The language of the words a person reads: Chinese (`zh`, the users' own) or English (`en`).
/// Every wording function takes it; numbers, units, symbols, identifiers and JSON keys are the
/// same in both. The terms of both languages are listed in docs/glossary.md.
///
/// ```swift
/// ScorecardWording.verdict(.atRisk, in: .zh)   // "! 有风险"
/// ScorecardWording.verdict(.atRisk, in: .en)   // "! at risk"
/// Language(code: "zh_CN.UTF-8")                // .zh
/// ```
public enum Language: String, CaseIterable, Hashable, Sendable {
    case zh
    case en

    /// The language a locale or option value names: `zh`, `zh_CN.UTF-8`, `ZH-cn` → `.zh`;
    /// `en`, `en_US` → `.en`; anything else (`C`, `POSIX`, empty) → nil.
    public init?(code: String) {
        let lower = String(code.drop { $0 == " " }).lowercased()
        if lower.hasPrefix("zh") { self = .zh } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }

    /// Picks the word of this language: `language.pick("达标", "met")`.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}
