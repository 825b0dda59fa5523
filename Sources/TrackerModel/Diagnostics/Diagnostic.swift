/// One problem found in an input, phrased so that a person can act on it:
/// what is wrong, then what would fix it; its code (`DiagnosticCode`) names the kind of problem
/// for scripts and for docs/diagnostics.md, and is not part of the text.
///
/// ```swift
/// let d = Diagnostic(.error, .targetUnknownIndicator, at: SourceLocation(file: "a.targets", line: 3, column: 1),
///                    "unknown indicator `PM25`", fix: "did you mean `PM2.5年均浓度`?")
/// d.description  // a.targets:3:1: error: unknown indicator `PM25`; did you mean `PM2.5年均浓度`?
/// d.code         // .targetUnknownIndicator, written T137
/// ```
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    public var location: SourceLocation?
    public var message: String
    public var fix: String?
    /// The message and fix in Chinese, where the code that found the problem words it (the
    /// command line prints it under `--lang zh`; otherwise the code's Chinese summary from the
    /// catalog and the English message). Not part of `description`, which stays English.
    public var zh: Chinese?

    /// A diagnostic's own message and fix in Chinese.
    public struct Chinese: Hashable, Sendable {
        public var message: String
        public var fix: String?
        public init(_ message: String, fix: String? = nil) { self.message = message; self.fix = fix }
    }

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation?, _ message: String, fix: String? = nil,
                zh: Chinese? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.fix = fix
        self.zh = zh
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        let tail = fix.map { "; \($0)" } ?? ""
        return "\(place)\(severity.rawValue): \(message)\(tail)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }

    /// Files in the order they first appear here (the order they were read, not their paths,
    /// which depend on where a file happens to live), then line and column; errors before
    /// warnings at the same place; problems without a place first. Stable output.
    public func sortedForDisplay() -> [Diagnostic] {
        var rank: [String: Int] = [:]
        for case let location? in map(\.location) where rank[location.file] == nil { rank[location.file] = rank.count }
        return enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            switch (a.location, b.location) {
            case let (la?, lb?) where la != lb:
                if la.file != lb.file { return rank[la.file]! < rank[lb.file]! }
                return la < lb
            case (nil, _?): return true
            case (_?, nil): return false
            default:
                if a.severity != b.severity { return a.severity < b.severity }
                return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
