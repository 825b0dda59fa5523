import TrackerKit

/// The command line's words for the library's usage problems (exit code 2), in both languages.
///
/// ```swift
/// Wording.usage(.dataFileTwice("a.csv")).message   // "`a.csv` is given twice in --data; give each file once"
/// Wording.usage(.dataFileTwice("a.csv")).zh        // "`a.csv` 在 --data 中给出了两次；每个文件只需给一次"
/// ```
enum Wording {
    /// Where the plan-choice messages say plans come from.
    struct PlansIn {
        var en: String
        var zh: String
        static let targetFiles = PlansIn(en: "the target files", zh: "目标文件")
        static let loadedFiles = PlansIn(en: "the loaded files", zh: "已载入的文件")
    }

    static func usage(_ problem: UsageProblem, plansIn: PlansIn = .targetFiles) -> UsageError {
        switch problem {
        case .noMeasurements:
            return UsageError("`--data FILE` (or `--hourly FILE --stations FILE`) is required: the measurements to evaluate",
                              zh: "须给出 `--data FILE`（或 `--hourly FILE --stations FILE`）：要评估的监测数据", showsUsage: true)
        case .plan(.unknown(let id, let near, let loaded)):
            return UsageError("no plan `\(id)` in \(plansIn.en)" + suggestion(near) + " (loaded: \(loaded.joined(separator: ", ")))",
                              zh: "\(plansIn.zh)中没有计划 `\(id)`" + suggestion(near, in: .zh) + "（已载入：\(loaded.joined(separator: "、"))）")
        case .plan(.ambiguous(let loaded)):
            return UsageError("several plans are loaded (\(loaded.joined(separator: ", "))); choose one with `--plan ID`",
                              zh: "载入了多个计划（\(loaded.joined(separator: "、"))）；请用 `--plan ID` 选一个")
        case .sidePlan(let side, .unknown(let id, _, let loaded)):
            return UsageError("no plan `\(id)` on the \(side.rawValue) side (it holds \(loaded.joined(separator: ", ")))",
                              zh: "\(sideZh(side))一侧没有计划 `\(id)`（该侧有：\(loaded.joined(separator: "、"))）")
        case .sidePlan(let side, .ambiguous(let loaded)):
            return UsageError("the \(side.rawValue) side holds several plans (\(loaded.joined(separator: ", "))); choose one with `--\(side.rawValue)-plan ID`",
                              zh: "\(sideZh(side))一侧有多个计划（\(loaded.joined(separator: "、"))）；请用 `--\(side.rawValue)-plan ID` 选一个")
        case .yearOfMultiYearPlan(let plan, let period):
            return UsageError("`--year` moves a one-year plan; \(plan) covers \(period)",
                              zh: "`--year` 只能移动一年期的计划；\(plan) 的期限是 \(period)")
        case .asOfBeforePlan(let month, let plan, let period):
            return UsageError("`--as-of \(month)` is before the plan period \(period) of \(plan)",
                              zh: "`--as-of \(month)` 早于 \(plan) 的计划期 \(period)")
        case .dataFileTwice(let file):
            return UsageError("`\(file)` is given twice in --data; give each file once",
                              zh: "`\(file)` 在 --data 中给出了两次；每个文件只需给一次")
        case .unknownScope(let name, let near):
            return UsageError("unknown scope `\(name)`" + suggestion(near), zh: "未知范围 `\(name)`" + suggestion(near, in: .zh))
        case .scopeNotInPlan(let plan, let name, let covered):
            let more = covered.count > 6 ? " … (\(covered.count))" : ""
            return UsageError("plan \(plan) has no targets for `\(name)`; its scopes: " + covered.prefix(6).joined(separator: ", ") + more,
                              zh: "计划 \(plan) 中没有 `\(name)` 的目标；其范围：" + covered.prefix(6).joined(separator: "、") + more)
        case .unknownIndicator(let name, let near):
            return UsageError("unknown indicator `\(name)`" + suggestion(near) + " (`tracker indicators` lists them)",
                              zh: "未知指标 `\(name)`" + suggestion(near, in: .zh) + "（`tracker indicators` 列出全部指标）")
        case .indicatorNotInPlan(let plan, let name, let covered):
            let more = covered.count > 8 ? " … (\(covered.count))" : ""
            return UsageError("plan \(plan) has no targets for `\(name)`; its indicators: " + covered.prefix(8).joined(separator: ", ") + more,
                              zh: "计划 \(plan) 中没有 `\(name)` 的目标；其指标：" + covered.prefix(8).joined(separator: "、") + more)
        case .folderWithoutCSV(let path):
            return UsageError("the folder `\(path)` holds no .csv files", zh: "文件夹 `\(path)` 中没有 .csv 文件")
        case .noHourlyFiles:
            return UsageError("no hourly files given; name the hourly CSV files (or their folder) after the options",
                              zh: "未给出小时数据文件；请在选项之后列出小时数据 CSV 文件（或其文件夹）")
        }
    }

    static func sideZh(_ side: DiffSide) -> String { side == .old ? "原" : "新" }

    /// `; did you mean `X`?` / `；是否要用 `X`？`, or nothing.
    static func suggestion(_ near: String?, in language: Language = .en) -> String {
        near.map { language == .zh ? "；是否要用 `\($0)`？" : "; did you mean `\($0)`?" } ?? ""
    }

    /// What a command did not do because of the data's problems.
    enum Undone {
        case evaluated, compared
        var zh: String { self == .evaluated ? "评估" : "比较" }
    }

    /// `3 problems in the data; nothing was evaluated. Fix them, or pass --lenient …`
    static func dataProblems(_ count: Int, nothingWas undone: Undone, offerLenient: Bool = false, in language: Language) -> String {
        switch language {
        case .en:
            let advice = offerLenient ? ", or pass --lenient to skip the bad rows (each is listed)" : ""
            return "\(count) problem\(count == 1 ? "" : "s") in the data; nothing was \(undone). Fix \(count == 1 ? "it" : "them")\(advice)."
        case .zh:
            let advice = offerLenient ? "，或加 --lenient 跳过有问题的行（逐行列出）" : ""
            return "数据中有 \(count) 个问题，未作\(undone.zh)。请修正\(advice)。"
        }
    }

    /// `error: ` / `错误：`, before a usage error or a failure.
    static func errorPrefix(_ language: Language) -> String { language == .zh ? "错误：" : "error: " }
}
