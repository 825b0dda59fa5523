import Foundation
import TrackerKit

/// What `tracker evaluate` and `tracker report` share: run the library's evaluation, print its
/// diagnostics or its failure, refuse an output that is an input; at the end, write the result
/// to `--output` (atomically) or standard output.
///
/// ```swift
/// switch ScorecardRun.evaluate(options, writes: [("--output", options.output)], help: help, console: &console) {
/// case .success(let evaluation): return ScorecardRun.emit(HTMLReport.render(evaluation.scorecard), to: options.output, console: &console) ?? ExitCode.success
/// case .failure(let stop): return stop.code
/// }
/// ```
enum ScorecardRun {
    static func evaluate(_ options: ScorecardOptions, writes: [(option: String, path: String?)], help: HelpText,
                         console: inout Console) -> Result<Evaluation, ExitStatus> {
        let evaluation: Evaluation
        do throws(RunFailure) {
            evaluation = try options.request.run()
        } catch {
            return .failure(ExitStatus(code: Failures.report(error, help: help, console: &console) { diagnostics, console in
                for d in diagnostics where d.severity != .note { console.diagnostic(d) }
                // --lenient skips bad rows; it cannot help with a file that is unreadable as a whole.
                // A file that cannot be read says so in its one line; a count would add nothing, and
                // --lenient is offered only where lenient reading could get past the errors.
                if diagnostics.errors.count > 1 || diagnostics.lenientCouldSkip {
                    console.error(Wording.dataProblems(diagnostics.errors.count, nothingWas: .evaluated,
                                                       offerLenient: !options.lenient && diagnostics.lenientCouldSkip, in: console.language))
                }
            }))
        }
        // Files written (--output, and --expect with --update-expected) are never an input.
        for (option, path) in writes {
            if let path, SameFile.isOneOf(path, evaluation.inputFiles) {
                return .failure(ExitStatus(code: Tracker.usage(UsageError("`\(option) \(path)` is one of the input files; choose another name",
                                                                                          zh: "`\(option) \(path)` 是输入文件之一；请换一个文件名"),
                                                               help: nil, console: &console)))
            }
        }
        for d in evaluation.diagnostics where d.severity != .note { console.diagnostic(d) }
        return .success(evaluation)
    }

    /// Writes `text` to `output` atomically (saying so on standard error), or to standard output.
    /// Nil when written; the exit code when the file could not be written.
    static func emit(_ text: String, to output: String?, console: inout Console) -> Int32? {
        guard let output else {
            console.write(text)
            return nil
        }
        guard AtomicFile.write(Data(text.utf8), to: output, console: &console) else { return ExitCode.cannotWrite }
        console.wrote(output)
        return nil
    }
}

/// A use case's failure on the console, and its exit code: a usage problem (2), or the input
/// files' problems (65; each command says the data's its own way).
///
/// ```swift
/// do throws(RunFailure) { _ = try request.run() }
/// catch { return Failures.report(error, help: help, console: &console) { diagnostics, console in /* the data's problems */ } }
/// ```
enum Failures {
    static func report(_ failure: RunFailure, help: HelpText, plansIn: Wording.PlansIn = .targetFiles, console: inout Console,
                       data: (_ diagnostics: [Diagnostic], _ console: inout Console) -> Void) -> Int32 {
        switch failure {
        case .usage(let problem):
            let error = Wording.usage(problem, plansIn: plansIn)
            return Tracker.usage(error, help: error.showsUsage ? help : nil, console: &console)
        case .targetProblems(let diagnostics):
            for d in diagnostics where d.severity == .error { console.diagnostic(d) }
            return ExitCode.dataError
        case .dataProblems(let diagnostics):
            data(diagnostics, &console)
            return ExitCode.dataError
        case .unreadable(let file):
            console.error(Wording.errorPrefix(console.language) + console.language.pick("无法读取 `\(file)`", "cannot read `\(file)`"))
            return ExitCode.dataError
        case .ledger(let failure):
            return console.ledgerFailure(failure)
        }
    }
}
