import TrackerKit

/// The command line's words for the library's usage problems (exit code 2).
///
/// ```swift
/// Wording.usage(.dataFileTwice("a.csv")).message   // "`a.csv` is given twice in --data; give each file once"
/// ```
enum Wording {
    static let noMeasurements = "`--data FILE` (or `--hourly FILE --stations FILE`) is required: the measurements to evaluate"

    /// `plansIn`: how the plan-choice messages name where plans come from ("the target files").
    static func usage(_ problem: UsageProblem, plansIn: String = "the target files") -> UsageError {
        switch problem {
        case .noMeasurements:
            return UsageError(noMeasurements, showsUsage: true)
        case .plan(.unknown(let id, let near, let loaded)):
            return UsageError("no plan `\(id)` in \(plansIn)" + suggestion(near) + " (loaded: \(loaded.joined(separator: ", ")))")
        case .plan(.ambiguous(let loaded)):
            return UsageError("several plans are loaded (\(loaded.joined(separator: ", "))); choose one with `--plan ID`")
        case .sidePlan(let side, .unknown(let id, _, let loaded)):
            return UsageError("no plan `\(id)` on the \(side.rawValue) side (it holds \(loaded.joined(separator: ", ")))")
        case .sidePlan(let side, .ambiguous(let loaded)):
            return UsageError("the \(side.rawValue) side holds several plans (\(loaded.joined(separator: ", "))); choose one with `--\(side.rawValue)-plan ID`")
        case .yearOfMultiYearPlan(let plan, let period):
            return UsageError("`--year` moves a one-year plan; \(plan) covers \(period)")
        case .asOfBeforePlan(let month, let plan, let period):
            return UsageError("`--as-of \(month)` is before the plan period \(period) of \(plan)")
        case .dataFileTwice(let file):
            return UsageError("`\(file)` is given twice in --data; give each file once")
        case .unknownScope(let name, let near):
            return UsageError("unknown scope `\(name)`" + suggestion(near))
        case .scopeNotInPlan(let plan, let name, let covered):
            return UsageError("plan \(plan) has no targets for `\(name)`; its scopes: "
                + covered.prefix(6).joined(separator: ", ") + (covered.count > 6 ? " … (\(covered.count))" : ""))
        case .unknownIndicator(let name, let near):
            return UsageError("unknown indicator `\(name)`" + suggestion(near) + " (`tracker indicators` lists them)")
        case .indicatorNotInPlan(let plan, let name, let covered):
            return UsageError("plan \(plan) has no targets for `\(name)`; its indicators: "
                + covered.prefix(8).joined(separator: ", ") + (covered.count > 8 ? " … (\(covered.count))" : ""))
        case .folderWithoutCSV(let path):
            return UsageError("the folder `\(path)` holds no .csv files")
        case .noHourlyFiles:
            return UsageError("no hourly files given; name the hourly CSV files (or their folder) after the options")
        }
    }

    /// `; did you mean `X`?`, or nothing.
    static func suggestion(_ near: String?) -> String {
        near.map { "; did you mean `\($0)`?" } ?? ""
    }

    /// `3 problems in the data; nothing was evaluated. Fix them, or pass --lenient …`
    static func dataProblems(_ count: Int, nothingWas verb: String, advice: String = "") -> String {
        "\(count) problem\(count == 1 ? "" : "s") in the data; nothing was \(verb). Fix \(count == 1 ? "it" : "them")\(advice)."
    }
}
