/// What recording a month in the ledger did (`Ledger.record`).
///
/// ```swift
/// LedgerOutcome.recorded(path: "ledger/xicheng-2025/2025-03.json", revision: 2)   // the month was revised
/// ```
public enum LedgerOutcome: Hashable, Sendable {
    /// Written as this revision (1: the month's first recording).
    case recorded(path: String, revision: Int)
    /// The month was recorded from the same inputs and targets before: nothing written.
    case unchanged(path: String)
}

/// Why the ledger could not be read or written.
///
/// ```swift
/// LedgerFailure.notALedgerFile("ledger/xicheng-2025/notes.json")
/// ```
public enum LedgerFailure: Error, Hashable, Sendable {
    case cannotWrite(String)
    case unreadable(String)
    /// A `.json` file in the ledger that is not a ledger file.
    case notALedgerFile(String)
    /// The ledger folder does not exist.
    case noLedger(String)
}
