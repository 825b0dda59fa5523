/// The language a report's words are in. English only for now; every wording function takes it,
/// so another language is a new case and its branch in `ScorecardWording`.
///
/// ```swift
/// ScorecardWording.requiredRest(rest, in: .en)
/// ```
public enum Language: Hashable, Sendable {
    case en
}
