import Foundation
import TrackerKit

/// A command's help in both languages: `tracker evaluate --help` prints the one of the run's
/// language, and a usage error quotes its USAGE lines in that language.
///
/// ```swift
/// EvaluateCommand.help.text(in: .zh)   // "用法：tracker evaluate --targets …"
/// ```
struct HelpText: Sendable {
    var en: String
    var zh: String

    func text(in language: Language) -> String { language == .zh ? zh : en }

    /// The help line of the options every command takes (`ArgumentSpec.common`).
    static func commonOptions(_ language: Language, width: Int = 18) -> String {
        let name = "  --lang L".padding(toLength: width, withPad: " ", startingAt: 0)
        return language == .zh
            ? name + "输出语言：zh（中文）或 en（英文）；默认依次看 TRACKER_LANG、LC_ALL、LC_MESSAGES、LANG（以 zh 开头即中文）"
            : name + "zh or en: the language of everything printed (default: TRACKER_LANG, then LC_ALL,\n"
                + String(repeating: " ", count: width) + "LC_MESSAGES, LANG: a locale starting with zh means Chinese)"
    }
}
