/// Exit codes, the same for every command.
public enum ExitCode {
    public static let success: Int32 = 0
    /// `--fail-on` matched, or `--expect` differed.
    public static let failed: Int32 = 1
    /// The command line was wrong.
    public static let usage: Int32 = 2
    /// An input file had problems (EX_DATAERR).
    public static let dataError: Int32 = 65
    /// An output could not be written (EX_CANTCREAT).
    public static let cannotWrite: Int32 = 73
}
