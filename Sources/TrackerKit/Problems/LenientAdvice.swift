import TrackerModel

extension Array where Element == Diagnostic {
    /// Whether reading leniently (`DataSources.lenient`, `--lenient`) could get past these errors:
    /// only problems of single rows or cells are skipped; a file that cannot be read at all, or an
    /// error with no place in a file, stays an error however the file is read.
    ///
    /// ```swift
    /// [Diagnostic(.error, .fileUnreadable, at: nil, "cannot read x.csv")].lenientCouldSkip   // false
    /// ```
    public var lenientCouldSkip: Bool {
        errors.contains { $0.code != .fileUnreadable && $0.location != nil }
    }
}
