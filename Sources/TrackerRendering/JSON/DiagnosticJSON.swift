import TrackerModel

extension JSONValue {
    /// A diagnostic as JSON, for the outputs that list diagnostics: its code first (stable, see
    /// docs/diagnostics.md), then severity, place (nulls when it has none), sentence and fix.
    ///
    /// ```swift
    /// let d = Diagnostic(.warning, .notANumber, at: SourceLocation(file: "data.csv", line: 7, column: 28),
    ///                    "`abc` is not a number", fix: "write a number")
    /// JSONValue.diagnostic(d).text()
    /// // {"code":"M127","severity":"warning","file":"data.csv","line":7,"column":28,"sheet":null,
    /// //  "message":"`abc` is not a number","fix":"write a number"}
    /// ```
    public static func diagnostic(_ d: Diagnostic) -> JSONValue {
        .object([
            ("code", .string(d.code.rawValue)),
            ("severity", .string(d.severity.rawValue)),
            ("file", .optional(d.location?.file)),
            ("line", .optional(d.location?.line)),
            ("column", .optional(d.location?.column)),
            ("sheet", .optional(d.location?.sheet)),
            ("message", .string(d.message)),
            ("fix", .optional(d.fix)),
        ])
    }
}
