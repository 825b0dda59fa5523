/// Which language a run speaks: the `--lang` option, else `TRACKER_LANG`, else the locale
/// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them: the first one set decides,
/// and a value starting with `zh` means Chinese), else English. One rule for the command line
/// and for programs on the library; docs/glossary.md lists both languages' terms.
///
/// ```swift
/// LanguageChoice.resolve(option: nil, environment: ["LANG": "zh_CN.UTF-8"])           // .zh
/// LanguageChoice.resolve(option: "en", environment: ["LANG": "zh_CN.UTF-8"])          // .en
/// LanguageChoice.resolve(option: nil, environment: ["TRACKER_LANG": "en", "LC_ALL": "zh_CN.UTF-8"])  // .en
/// LanguageChoice.resolve(option: nil, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"])  // .en
/// ```
public enum LanguageChoice {
    /// The environment variables that name the locale, strongest first.
    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The language of a run. `option` is the `--lang` value, already checked to be `zh` or `en`.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(code: option) { return language }
        if let chosen = environment["TRACKER_LANG"], !chosen.isEmpty, let language = Language(code: chosen) { return language }
        // POSIX: the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty is the locale.
        for name in localeVariables {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}
