import Foundation
import TrackerKit

/// Where a command writes: standard output and error, captured in tests.
///
/// ```swift
/// var console = Console.capturing()
/// let code = Tracker.run(["targets", "check", "Targets"], console: &console)
/// console.output   // what the command printed
/// ```
public struct Console: Sendable {
    public var output = ""
    public var errors = ""
    /// Whether standard output is a terminal (colour is used only then, and never with NO_COLOR).
    public var isTerminal = false
    public var environment: [String: String] = [:]
    /// The language the command speaks (`LanguageChoice`: `--lang`, `TRACKER_LANG`, the locale);
    /// `Tracker.run` sets it before the command starts.
    public var language: Language = .en
    /// The terminal's width in columns, when standard output is a terminal that tells it.
    public var terminalColumns: Int? = nil
    let passthrough: Bool

    public static func capturing(environment: [String: String] = [:]) -> Console {
        Console(environment: environment, passthrough: false)
    }

    public static func standard() -> Console {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        return Console(isTerminal: isTerminal, environment: ProcessInfo.processInfo.environment,
                       terminalColumns: isTerminal ? Self.queryTerminalColumns() : nil, passthrough: true)
    }

    private static func queryTerminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// How wide terminal tables may be: the terminal's width, else `COLUMNS`, else no limit (a
    /// pipe or a file); `wide` (`--wide`) lifts the limit. `TRACKER_AMBIGUOUS_WIDE=1` says the
    /// terminal draws characters of ambiguous width (`≈ ± · ² µ`) two columns wide.
    public func tableLayout(wide: Bool) -> TableLayout {
        let columns = terminalColumns ?? environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0 > 0 ? $0 : nil }
        return TableLayout(width: wide ? nil : columns, ambiguousWide: environment["TRACKER_AMBIGUOUS_WIDE"] == "1")
    }

    public mutating func write(_ text: String) {
        if passthrough { FileHandle.standardOutput.write(Data(text.utf8)) } else { output += text }
    }

    public mutating func error(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        if passthrough { FileHandle.standardError.write(Data(line.utf8)) } else { errors += line }
    }

    public var useColour: Bool { isTerminal && environment["NO_COLOR"] == nil }
}

extension Console {
    /// A diagnostic on standard error, in the console's language (`DiagnosticWording`).
    public mutating func diagnostic(_ d: Diagnostic) {
        error(DiagnosticWording.line(d, in: language))
    }

    /// `wrote FILE` / `已写出 FILE` on standard error.
    mutating func wrote(_ path: String, _ extra: (zh: String, en: String)? = nil) {
        error(language.pick("已写出 \(path)", "wrote \(path)") + (extra.map { language.pick($0.zh, $0.en) } ?? ""))
    }

    /// A ledger that cannot be read or written, on standard error; the exit code (73 when a
    /// ledger file cannot be written, else 65: the folder or a file in it is the problem).
    mutating func ledgerFailure(_ failure: LedgerFailure) -> Int32 {
        error(Wording.errorPrefix(language) + LedgerWording.failure(failure, in: language))
        if case .cannotWrite = failure { return ExitCode.cannotWrite }
        return ExitCode.dataError
    }
}
