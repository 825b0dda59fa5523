import Foundation
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

    /// The words of a repeatable option, each value split at commas (`--verdict missed,at_risk`,
    /// `--indicator PM2.5年均浓度 降尘量`); a Chinese comma counts too.
    func words(_ name: String) -> [String] {
        all(name).flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "，" }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A repeatable choice option's cases, in the order given, each once.
    func choices<C: Choice>(_ name: String, _ type: C.Type) throws(UsageError) -> [C] {
        var cases: [C] = []
        for word in words(name) {
            guard let choice = C(choosing: word) else {
                let words = C.allCases.map { $0.words[0] }
                throw UsageError("`\(name)` takes \(words.joined(separator: ", ")), not `\(word)`",
                                 zh: "`\(name)` 须为 \(words.joined(separator: "、")) 之一，而不是 `\(word)`")
            }
            if !cases.contains(choice) { cases.append(choice) }
        }
        return cases
    }

    /// A row number option (`--header-row 2`): a whole number from 1.
    func rowNumber(_ name: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let row = Int(text), row >= 1, row <= 1_048_576 else {
            throw UsageError("`\(name)` takes a row number from 1 (the line of a CSV file or the row of a sheet), not `\(text)`",
                             zh: "`\(name)` 须为从 1 起的行号（CSV 文件的行或工作表的行），而不是 `\(text)`")
        }
        return row
    }
}
