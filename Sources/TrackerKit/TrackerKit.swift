// The library: the modules' public types, and one use case per job (EvaluateRequest,
// DiffRequest, AggregateRequest, TargetListRequest, TargetCheck, IndicatorsRequest); docs/library.md.
@_exported import AirQuality
@_exported import StationAggregation
@_exported import TrackerEvaluation
@_exported import TrackerInput
@_exported import TrackerModel
@_exported import TrackerRendering

import Foundation

/// Problems found while loading: every diagnostic, not only the first. Thrown by the `load`
/// conveniences so that a test or a program fails with the same `file:line:column` messages the
/// command line prints.
public struct ProblemsFound: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.errors.map(\.description).joined(separator: "\n") }
}

extension TargetSet {
    /// Loads target files and directories (with the catalogs beside them).
    ///
    /// ```swift
    /// let targets = try TargetSet.load("Targets")
    /// ```
    public static func load(_ paths: String...) throws -> TargetSet {
        let loaded = TargetLoader.load(paths: paths)
        if loaded.diagnostics.hasErrors { throw ProblemsFound(diagnostics: loaded.diagnostics) }
        return loaded.set
    }

    /// Reads measurement files against these targets' catalogs.
    ///
    /// ```swift
    /// let data = try targets.measurements("Samples/xicheng-2025-synthetic.csv")
    /// ```
    public func measurements(_ files: String..., lenient: Bool = false) throws -> MeasurementSet {
        let (set, diagnostics) = MeasurementReader.read(files: files, indicators: indicators, scopes: scopes, lenient: lenient)
        if diagnostics.hasErrors { throw ProblemsFound(diagnostics: diagnostics) }
        return set
    }

    /// Evaluates one plan as of a month (`"2025-06"`; nil: the latest month in the data).
    ///
    /// ```swift
    /// let card = try targets.evaluate("xicheng-2025", data: data, asOf: "2025-06")
    /// ```
    public func evaluate(_ planID: String, data: MeasurementSet, asOf: String? = nil) throws -> Scorecard {
        guard case .success(let plan) = choosePlan(planID) else {
            throw ProblemsFound(diagnostics: [Diagnostic(.error, .unknownPlan, at: nil, "no plan `\(planID)`",
                fix: "load its target file; loaded: \(plans.map(\.id).joined(separator: ", "))")])
        }
        var month: YearMonth?
        if let asOf {
            guard let m = YearMonth(parsing: asOf) else {
                throw ProblemsFound(diagnostics: [Diagnostic(.error, .badMonth, at: nil, "`\(asOf)` is not a month", fix: "write YYYY-MM")])
            }
            month = m
        }
        return Evaluator.evaluate(plan: plan, in: self, data: data, asOf: month)
    }

    /// What changed from one loaded plan to another.
    ///
    /// ```swift
    /// let diff = try targets.diff(from: "xicheng-2023", to: "xicheng-2025")
    /// ```
    public func diff(from old: String, to new: String) throws -> PlanDiff {
        guard let o = plan(old), let n = plan(new) else {
            throw ProblemsFound(diagnostics: [Diagnostic(.error, .unknownPlan, at: nil, "no plan `\(plan(old) == nil ? old : new)`",
                fix: "load its target file; loaded: \(plans.map(\.id).joined(separator: ", "))")])
        }
        return PlanDiff(old: o, in: self, new: n, in: self)
    }
}
