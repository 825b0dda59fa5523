import TrackerModel

/// How one scope's target for one indicator differs between two plans.
///
/// ```swift
/// let change = diff.change(scope: "西城区", indicator: "pm25_annual_mean")!
/// change.kind                     // .loosened   (31 → 32)
/// change.old?.provenance.seedLine // 326
/// ```
public struct TargetChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case added, removed, tightened, loosened, unchanged
        /// The indicator itself changed (a share of days → a count of days), or the kind of
        /// requirement did (a number → 达到市级要求), so the two cannot be ordered.
        case definitionChanged = "definition_changed"

        /// The order outputs group changes in: what is new or gone first, then what moved, then
        /// what changed meaning, then what stayed.
        public static let reportOrder: [Kind] = [.added, .removed, .tightened, .loosened, .definitionChanged, .unchanged]
    }

    public var scope: String
    /// The indicator id (the new side's, when the definition changed).
    public var indicator: String
    public var kind: Kind
    public var old: Target?
    public var new: Target?
    /// Why, when the kind alone does not say (which definition changed into which).
    public var note: Note?

    /// What changed in a `definitionChanged` target, as a fact; renderers word it.
    public enum Note: Hashable, Sendable {
        /// Another indicator of the same concept measures it now (`indicator` is the new one).
        case indicatorChanged(from: String, concept: String)
        /// The kind of requirement changed (a number → 达到市级要求): the comparators of `old` and `new`.
        case requirementKindChanged
    }
}
