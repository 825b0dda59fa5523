import TrackerModel

/// "did you mean" for option and command names.
enum NearName {
    static func closest(to name: String, among candidates: [String]) -> String? {
        NameKey.closest(to: name, among: candidates)
    }
}
