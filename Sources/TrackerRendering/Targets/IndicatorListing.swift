import TrackerModel

/// Renders the indicator catalog (`tracker indicators`).
///
/// ```swift
/// print(IndicatorListing.table(catalog))
/// ```
public enum IndicatorListing {
    public static func table(_ catalog: IndicatorCatalog) -> String {
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
