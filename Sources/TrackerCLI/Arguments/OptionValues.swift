import TrackerKit

extension ParsedArguments {
    /// The case of a choice option (the parser has already refused other words).
    func choice<C: Choice>(_ name: String, _ type: C.Type) -> C? {
        value(name).flatMap(C.init(choosing:))
    }

    /// A month option (`--as-of 2025-06`): the one reading of a month on the command line.
    func month(_ name: String) throws(UsageError) -> YearMonth? {
        guard let text = value(name) else { return nil }
        guard let month = YearMonth(parsing: text) else { throw UsageError("`\(name)` takes a month YYYY-MM, not `\(text)`", zh: "`\(name)` 须为月份 YYYY-MM，而不是 `\(text)`") }
        return month
    }

    /// A year option (`--year 2016`), 1900–2100.
    func year(_ name: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let year = Int(text), (1900...2100).contains(year) else { throw UsageError("`\(name)` takes a year YYYY, not `\(text)`", zh: "`\(name)` 须为年份 YYYY，而不是 `\(text)`") }
        return year
    }
}
