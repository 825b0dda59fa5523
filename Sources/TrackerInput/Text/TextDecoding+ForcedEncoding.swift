import Foundation
import TrackerModel

extension TextDecoding {
    /// The problem with `--encoding gb18030` on a file that is valid UTF-8 and holds characters
    /// outside ASCII: the forced decoding turns each of them into other characters (`德胜街道` into
    /// `寰疯儨琛楅亾`), so every scope and indicator named in Chinese is then unknown, one error a row,
    /// none of which names the cause. Said once, at the first such character. A warning when the
    /// bytes still decoded as GB18030, an error when they did not. Nil when the bytes are not UTF-8 or
    /// are all ASCII (which reads the same either way).
    ///
    /// ```swift
    /// TextDecoding.decode(Data("scope\n德胜街道\n".utf8), file: "a.csv", encoding: .gb18030)
    /// // .success, with warnings: ["a.csv:2:1: warning: the file is valid UTF-8, …"]
    /// ```
    static func utf8Mistaken(_ data: Data, file: String, severity: Diagnostic.Severity) -> Diagnostic? {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let wide = body.firstIndex(where: { $0 >= 0x80 }), String(data: body, encoding: .utf8) != nil else { return nil }
        let (line, column) = position(of: wide, in: data)
        let what = severity == .error ? "the file is valid UTF-8, not GB18030 as `--encoding` says"
            : "the file is valid UTF-8, but `--encoding` reads it as GB18030, which turns its Chinese text into other characters"
        return Diagnostic(severity, .forcedEncodingMismatch, at: SourceLocation(file: file, line: line, column: column), what,
            fix: "leave out `--encoding` (the encoding is detected), or pass `--encoding utf-8`")
    }
}
