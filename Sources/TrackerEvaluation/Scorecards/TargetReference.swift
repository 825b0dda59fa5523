import TrackerModel

/// Which target another one stands for: a deferred target (达到市级要求) is judged against the
/// target it resolved to, named by plan, scope and the seed line it was read from.
///
/// ```swift
/// let ref = TargetReference(target)   // plan "beijing-2025", scope "北京市", seed file and line
/// ```
public struct TargetReference: Hashable, Sendable {
    public var plan: String
    public var scope: String
    public var indicator: String
    public var seedFile: String
    public var seedLine: Int

    public init(plan: String, scope: String, indicator: String, seedFile: String, seedLine: Int) {
        self.plan = plan; self.scope = scope; self.indicator = indicator; self.seedFile = seedFile; self.seedLine = seedLine
    }

    public init(_ target: Target) {
        self.init(plan: target.plan, scope: target.scope, indicator: target.indicator,
                  seedFile: target.provenance.seedFile, seedLine: target.provenance.seedLine)
    }
}
