/// One plan document's targets, as one target file encodes them.
///
/// ```swift
/// let plan = loaded.plans["xicheng-2025"]!
/// plan.document           // "西政办发〔2025〕4号"
/// plan.targets(for: "德胜街道").count
/// ```
public struct Plan: Hashable, Sendable, Identifiable {
    public var id: String
    public var document: String
    public var title: String
    public var seedFile: String
    /// The plan's own area (`西城区`, `北京市`).
    public var scope: String
    public var period: Period
    /// The higher-level plan that 达到市级要求 cells refer to.
    public var defersTo: String?
    /// Where `defers-to` was written, for diagnostics about it.
    public var defersToAt: SourceLocation?
    public var targets: [Target]
    /// The file it was read from.
    public var file: String

    public init(id: String, document: String, title: String, seedFile: String, scope: String, period: Period,
                defersTo: String?, targets: [Target], file: String, defersToAt: SourceLocation? = nil) {
        self.id = id; self.document = document; self.title = title; self.seedFile = seedFile
        self.scope = scope; self.period = period; self.defersTo = defersTo; self.targets = targets; self.file = file
        self.defersToAt = defersToAt
    }

    public var year: Int { period.last.year }

    public func targets(for scope: String) -> [Target] { targets.filter { $0.scope == scope } }
}
