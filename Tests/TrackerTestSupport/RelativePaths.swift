/// The rewriting behind `Fixtures.relative`: a path in the repository loses the repository's
/// prefix; a path in the temporary folder stays whole. The two folders may lie inside each other
/// (a clone under `$TMPDIR`, or `TMPDIR` inside the checkout), so the folder with the longer
/// path, the more specific one, decides first.
///
/// ```swift
/// let paths = RelativePaths(repository: "/tmp/x", temporary: "/tmp")
/// paths.rewrite("/tmp/x/Targets/a.targets and /tmp/out.csv")  // "Targets/a.targets and /tmp/out.csv"
/// ```
public struct RelativePaths: Sendable {
    public var repository: String
    public var temporary: String

    public init(repository: String, temporary: String) {
        self.repository = Self.folder(repository)
        self.temporary = Self.folder(temporary)
    }

    public func rewrite(_ text: String) -> String {
        // A marker no path holds keeps the temporary folder's paths out of the repository's rewrite.
        let hidden = "\u{0}TMPDIR\u{0}/"
        if repository.count >= temporary.count {
            // The repository in the temporary folder (or beside it): its own paths first.
            return text.replacingOccurrences(of: repository, with: "")
        }
        return text.replacingOccurrences(of: temporary, with: hidden)
            .replacingOccurrences(of: repository, with: "")
            .replacingOccurrences(of: hidden, with: temporary)
    }

    /// The folder's path with exactly one trailing slash, so `/tmp/x` never matches `/tmp/xy`.
    private static func folder(_ path: String) -> String {
        var path = path
        while path.hasSuffix("/") { path.removeLast() }
        return path + "/"
    }
}
