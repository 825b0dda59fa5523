/// The decimals at which an indicator's value is published, which may change with the year:
/// Beijing published PM2.5 as an integer through 2023 (the 2023 annual "32") and to one decimal
/// from the December 2024 report on (2024 annual 30.5). Written in the catalog as `published`:
/// the decimals first, then each change with the year it takes effect (docs/targets.md).
///
/// ```swift
/// let pm25 = PublicationPrecision(parsing: "0, 1 from 2024")!
/// pm25.decimals(in: 2023)   // 0
/// pm25.decimals(in: 2025)   // 1
/// ```
public struct PublicationPrecision: Hashable, Sendable {
    /// The decimals before the first change.
    public var initial: Int
    /// Changes in year order: from that year on, that many decimals.
    public var changes: [Change]

    public struct Change: Hashable, Sendable {
        public var from: Int
        public var decimals: Int
        public init(from: Int, decimals: Int) { self.from = from; self.decimals = decimals }
    }

    public init(_ initial: Int, changes: [Change] = []) {
        self.initial = initial
        self.changes = changes.sorted { $0.from < $1.from }
    }

    /// The decimals of a value published for `year` (a period's last year).
    public func decimals(in year: Int) -> Int {
        changes.last { $0.from <= year }?.decimals ?? initial
    }

    /// `1`, `0, 1 from 2024`, `0, 1 from 2024, 2 from 2030`; nil when not in that form (decimals 0–6,
    /// years 1900–2100 in increasing order).
    public init?(parsing text: String) {
        let parts = text.split(separator: ",").map { $0.split(separator: " ").map(String.init) }
        guard let first = parts.first, first.count == 1, let d = Int(first[0]), (0...6).contains(d) else { return nil }
        var changes: [Change] = []
        for part in parts.dropFirst() {
            guard part.count == 3, part[1] == "from", let n = Int(part[0]), (0...6).contains(n),
                  let y = Int(part[2]), (1900...2100).contains(y), y > (changes.last?.from ?? 0) else { return nil }
            changes.append(Change(from: y, decimals: n))
        }
        self.init(d, changes: changes)
    }

    /// As the catalog writes it.
    public var text: String {
        ([String(initial)] + changes.map { "\($0.decimals) from \($0.from)" }).joined(separator: ", ")
    }
}
