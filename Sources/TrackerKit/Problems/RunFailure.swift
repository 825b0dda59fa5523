import TrackerModel
import TrackerEvaluation

/// Why a use case produced no result: a usage problem (the request), or problems in the input
/// files — the target files or the measurements — each with its place and fix. The command line
/// maps them to exit codes 2 and 65.
///
/// ```swift
/// do throws(RunFailure) { let result = try request.run(); print(result.scorecard.rows.count) }
/// catch .usage(let problem) { print(problem) }
/// catch .targetProblems(let diagnostics), .dataProblems(let diagnostics) { diagnostics.errors.forEach { print($0) } }
/// catch .unreadable(let file) { print("cannot read", file) }
/// ```
public enum RunFailure: Error, Sendable {
    case usage(UsageProblem)
    /// The target files (or catalogs) have errors: every diagnostic of the load.
    case targetProblems([Diagnostic])
    /// The measurement files have errors: every diagnostic of the read (notes included).
    case dataProblems([Diagnostic])
    /// A file the job needs could not be read at all (the scope catalog of `aggregate`).
    case unreadable(String)
    /// The ledger a 同比 was to be read from (`EvaluateRequest.ledger`) cannot be read.
    case ledger(LedgerFailure)
}
