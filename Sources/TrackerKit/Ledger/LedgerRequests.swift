import TrackerEvaluation
import TrackerModel

/// `tracker history`: every recorded month of every plan in a ledger, per scope and target.
///
/// ```swift
/// let history = try HistoryRequest(ledger: "ledger").run()
/// history.plans.first?.months   // [2025-01, 2025-02, 2025-03]
/// ```
public struct HistoryRequest: Sendable {
    public var ledger: String
    /// Only this plan (nil: every plan in the ledger).
    public var plan: String?
    public init(ledger: String, plan: String? = nil) { self.ledger = ledger; self.plan = plan }

    public func run() throws(LedgerFailure) -> LedgerHistory {
        LedgerHistory(try Ledger.load(ledger).filter { plan == nil || $0.plan == plan })
    }
}

/// `tracker changes`: verdicts that moved between recorded months, and the values revisions changed.
///
/// ```swift
/// let changes = try ChangesRequest(ledger: "ledger", since: YearMonth(2025, 2)).run()
/// changes.moves.map(\.kind)   // [.newMiss, .recovery]
/// ```
public struct ChangesRequest: Sendable {
    public var ledger: String
    /// From the pair of months ending in this one on (nil: the last pair of each plan).
    public var since: YearMonth?
    public var plan: String?
    public init(ledger: String, since: YearMonth? = nil, plan: String? = nil) { self.ledger = ledger; self.since = since; self.plan = plan }

    public func run() throws(LedgerFailure) -> LedgerChanges {
        LedgerChanges(try Ledger.load(ledger).filter { plan == nil || $0.plan == plan }, since: since)
    }
}
