import TrackerModel

/// Renders the indicator catalog (`tracker indicators`).
///
/// ```swift
/// print(IndicatorListing.table(catalog))
/// ```
public enum IndicatorListing {
    /// In Chinese: the same columns with Chinese headers, polarity and kind in words, and no
    /// English name column (the JSON has it).
    public static func table(_ catalog: IndicatorCatalog, in language: Language = .en) -> String {
        if language == .zh {
            var table = TextTable(columns: [.init("代码"), .init("名称"), .init("单位"), .init("方向"), .init("类型"), .init("小数位", right: true)])
            for i in catalog.sortedByID {
                table.add([i.id, i.zh, i.unit.symbol, IndicatorWording.polarity(i.polarity), IndicatorWording.kind(i.kind), String(i.precision)])
            }
            return table.render() + "共 \(catalog.indicators.count) 项指标\n"
        }
        var table = TextTable(columns: [.init("id"), .init("名称"), .init("unit"), .init("polarity"), .init("kind"),
                                        .init("precision", right: true), .init("english")])
        for i in catalog.sortedByID {
            table.add([i.id, i.zh, i.unit.symbol, i.polarity.rawValue, i.kind.rawValue, String(i.precision), i.en])
        }
        return table.render() + "\(catalog.indicators.count) indicators\n"
    }

    public static func json(_ catalog: IndicatorCatalog) -> JSONValue {
        .object([("indicators", .array(catalog.sortedByID.map { i in
            .object([
                ("id", .string(i.id)), ("zh", .string(i.zh)), ("aliases", .array(i.aliases.map { .string($0) })),
                ("en", .string(i.en)), ("unit", .string(i.unit.symbol)), ("polarity", .string(i.polarity.rawValue)),
                ("kind", .string(i.kind.rawValue)), ("precision", .number(Double(i.precision))),
                ("range", i.range.map { .array([.number($0.lowerBound), .number($0.upperBound)]) } ?? .null),
                ("parts", .array(i.parts.map { .string($0) })), ("note", .optional(i.note)),
            ])
        }))])
    }
}
