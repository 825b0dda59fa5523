/// What one `tracker` run gave: its exit code and both streams.
///
/// ```swift
/// let outcome = TrackerCommand.run(["targets", "check", Fixtures.targets]).relative
/// // outcome.code == 0, outcome.err == ""
/// ```
public struct CommandOutcome: Equatable, Sendable {
    public var code: Int32
    public var out: String
    public var err: String

    public init(code: Int32, out: String, err: String) {
        self.code = code
        self.out = out
        self.err = err
    }

    /// Both streams with the repository's paths shown relative to it (`Fixtures.relative`).
    public var relative: CommandOutcome {
        CommandOutcome(code: code, out: Fixtures.relative(out), err: Fixtures.relative(err))
    }
}
