import TrackerKit

/// The options one command accepts: flags, options with one value (or one of a `Choice`'s
/// words), options with several. `--x=y` is `--x y`; after `--` every word is positional; a
/// negative number is a value, not an option.
///
/// ```swift
/// let spec = ArgumentSpec(options: [.choice("--format", IndicatorFormat.self), .flag("--strict")])
/// let parsed = try spec.parse(["Targets", "--format", "json"]).get()
/// parsed.value("--format")   // "json"
/// parsed.positionals         // ["Targets"]
/// ```
struct ArgumentSpec {
    struct Option {
        enum Arity { case flag, single, many }
        var name: String
        var arity: Arity
        var allowed: [String]?

        static func flag(_ name: String) -> Option { Option(name: name, arity: .flag) }
        static func value(_ name: String) -> Option { Option(name: name, arity: .single) }
        /// One of a choice's words: `--format json`.
        static func choice<C: Choice>(_ name: String, _ type: C.Type) -> Option { Option(name: name, arity: .single, allowed: C.allowed) }
        /// Takes every following word up to the next option: `--data a.csv b.csv`.
        static func many(_ name: String) -> Option { Option(name: name, arity: .many) }
    }

    /// The options every command takes besides its own: `--lang zh|en`.
    static let common: [Option] = [.choice("--lang", LanguageOption.self)]

    private var own: [Option]
    var maxPositionals = Int.max
    /// The command's options and the common ones.
    var options: [Option] { own + ArgumentSpec.common }

    init(options: [Option], maxPositionals: Int = Int.max) {
        self.own = options
        self.maxPositionals = maxPositionals
    }

    func parse(_ arguments: [String]) -> Result<ParsedArguments, UsageError> {
        var parsed = ParsedArguments()
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            i += 1
            if word == "--" {
                parsed.positionals += arguments[i...]
                break
            }
            guard word.hasPrefix("-"), word.count > 1, !(Double(word) != nil) else {
                parsed.positionals.append(word)
                continue
            }
            var name = word, inline: String?
            if let eq = word.firstIndex(of: "=") {
                name = String(word[..<eq])
                inline = String(word[word.index(after: eq)...])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                let near = NameKey.closest(to: name, among: options.map(\.name) + ["--help"])
                return .failure(UsageError("unknown option `\(name)`" + (near.map { "; did you mean `\($0)`?" } ?? ""),
                                           zh: "未知选项 `\(name)`" + (near.map { "；是否要用 `\($0)`？" } ?? "")))
            }
            switch option.arity {
            case .flag:
                if inline != nil { return .failure(UsageError("`\(name)` takes no value", zh: "`\(name)` 不带值")) }
                parsed.flags.insert(name)
            case .single:
                guard let given = inline ?? (i < arguments.count ? arguments[i] : nil), inline != nil || !arguments[i].hasPrefix("--") else {
                    return .failure(UsageError("`\(name)` needs a value", zh: "`\(name)` 需要一个值"))
                }
                if inline == nil { i += 1 }
                var value = given
                if let allowed = option.allowed {
                    // `--format JSON` means json: the choices are words, not case-sensitive names.
                    guard let match = allowed.first(where: { $0.lowercased() == value.lowercased() }) else {
                        return .failure(ArgumentSpec.badChoice(name, value, allowed: allowed))
                    }
                    value = match
                }
                if parsed.values[name] != nil { return .failure(UsageError("`\(name)` is given twice", zh: "`\(name)` 给出了两次")) }
                parsed.values[name] = [value]
            case .many:
                var values: [String] = inline.map { [$0] } ?? []
                while i < arguments.count, !arguments[i].hasPrefix("--") {
                    values.append(arguments[i])
                    i += 1
                }
                if values.isEmpty { return .failure(UsageError("`\(name)` needs at least one value", zh: "`\(name)` 至少需要一个值")) }
                parsed.values[name, default: []] += values
            }
        }
        if parsed.positionals.count > maxPositionals {
            return .failure(UsageError("unexpected argument `\(parsed.positionals[maxPositionals])`",
                                       zh: "多余的参数 `\(parsed.positionals[maxPositionals])`"))
        }
        return .success(parsed)
    }
}

extension ArgumentSpec {
    /// A choice option given a word it does not take: `--format JSONX`.
    static func badChoice(_ name: String, _ value: String, allowed: [String]) -> UsageError {
        UsageError("`\(name)` takes \(allowed.joined(separator: ", ")), not `\(value)`",
                   zh: "`\(name)` 可取 \(allowed.joined(separator: "、"))，而不是 `\(value)`")
    }
}

/// What the command line said, by option name.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name]?.first }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake in how the command was called (exit code 2), in both languages; `showsUsage`:
/// print the command's USAGE lines after it (for a call that misses what the command is for).
struct UsageError: Error, Equatable {
    var message: String
    var zh: String
    var showsUsage = false
    init(_ message: String, zh: String, showsUsage: Bool = false) {
        self.message = message
        self.zh = zh
        self.showsUsage = showsUsage
    }

    func text(in language: Language) -> String { language == .zh ? zh : message }
}

/// A command's end, reported already: its exit code.
///
/// ```swift
/// switch spec.options(arguments, help: help, console: &console, Options.init) {
/// case .success(let options): run(options)
/// case .failure(let stop): return stop.code
/// }
/// ```
struct ExitStatus: Error {
    var code: Int32
}

/// What a command should do with its arguments: run, or stop with an exit code (after printing
/// its help for `--help`, or the usage error and the USAGE lines for a mistake).
enum Invocation {
    case run(ParsedArguments)
    case exit(Int32)
}

extension ArgumentSpec {
    /// The start of every command: `--help` / `-h` prints `help` (exit 0); a mistake prints what
    /// is wrong and the USAGE lines (exit 2); otherwise the parsed arguments.
    ///
    /// ```swift
    /// let parsed: ParsedArguments
    /// switch spec.invocation(arguments, help: help, console: &console) {
    /// case .run(let p): parsed = p
    /// case .exit(let code): return code
    /// }
    /// ```
    func invocation(_ arguments: [String], help: HelpText, console: inout Console) -> Invocation {
        if arguments.contains("--help") || arguments.contains("-h") {
            console.write(help.text(in: console.language) + "\n")
            return .exit(ExitCode.success)
        }
        switch parse(arguments) {
        case .success(let parsed): return .run(parsed)
        case .failure(let error): return .exit(Tracker.usage(error, help: help, console: &console))
        }
    }

    /// `invocation`, then the command's typed options: a value it cannot read is a usage error
    /// (without the USAGE lines, like every mistake found after parsing).
    func options<O>(_ arguments: [String], help: HelpText, console: inout Console,
                    _ read: (ParsedArguments) throws(UsageError) -> O) -> Result<O, ExitStatus> {
        switch invocation(arguments, help: help, console: &console) {
        case .exit(let code): return .failure(ExitStatus(code: code))
        case .run(let parsed):
            do throws(UsageError) { return .success(try read(parsed)) }
            catch { return .failure(ExitStatus(code: Tracker.usage(error, help: error.showsUsage ? help : nil, console: &console))) }
        }
    }
}
