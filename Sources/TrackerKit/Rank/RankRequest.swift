import TrackerEvaluation
import TrackerInput
import TrackerModel

/// Rank districts (or streets) on one indicator for a month or the cumulative months of its year,
/// with 同比 from the same months of the previous year: what `tracker rank` asks. No plan is
/// needed: only the catalogs beside the targets.
///
/// ```swift
/// var request = RankRequest(data: ["Samples/dongcheng-xicheng-2014-2016.csv"], indicator: "PM2.5",
///                           month: YearMonth(2016, 3))
/// request.cumulative = true            // 2016-01 to 2016-03
/// let ranking = try request.run().ranking
/// ranking.entries.map(\.scope)         // ["西城区", "东城区"] or the other way round
/// ```
public struct RankRequest: Sendable {
    /// Target files or directories: their catalogs name the indicators and scopes.
    public var targets: [String]
    public var sources: DataSources
    /// Id, Chinese name or alias.
    public var indicator: String
    public var month: YearMonth
    /// January to `month` instead of the month alone.
    public var cumulative = false
    /// Which scopes are ranked (default: districts).
    public var level: ScopeLevel = .district
    /// Only scopes below this one (西城区: its streets).
    public var within: String?

    public init(targets: [String] = ["Targets"], data: [String] = [], sources: DataSources? = nil,
                indicator: String, month: YearMonth) {
        self.targets = targets
        self.sources = sources ?? DataSources(files: data)
        self.indicator = indicator
        self.month = month
    }
}

/// A ranking and how it was made: the files read and every warning or note of reading.
public struct RankResult: Sendable {
    public var ranking: Ranking
    public var level: ScopeLevel
    public var within: String?
    public var diagnostics: [Diagnostic]
}

extension RankRequest {
    /// Loads the catalogs, resolves the indicator and the scopes, reads every row of the data
    /// (all years: last year's months give 同比) and ranks the scopes of the level that have rows.
    public func run() throws(RunFailure) -> RankResult {
        guard !sources.isEmpty else { throw .usage(.noMeasurements) }
        let loaded = TargetLoader.load(paths: targets)
        if loaded.diagnostics.hasErrors { throw .targetProblems(loaded.diagnostics) }
        let set = loaded.set
        guard let indicator = set.indicators.resolve(self.indicator) else {
            throw .usage(.unknownIndicator(self.indicator, suggestion: set.indicators.suggestion(for: self.indicator)))
        }
        let below = try within.map { name throws(RunFailure) in try ScopeChoice.subtree(name, scopes: set.scopes) }
        for (i, file) in sources.files.enumerated() where SameFile.isOneOf(file, Array(sources.files[..<i])) {
            throw .usage(.dataFileTwice(file))
        }
        let (data, diagnostics) = sources.read(for: set, window: nil)
        if diagnostics.hasErrors { throw .dataProblems(diagnostics) }
        let rows = data.measurements.filter { $0.indicator == indicator.id }
        let present = Set(rows.map(\.scope))
        let scopes = set.scopes.scopes.filter { scope in
            scope.level == level && present.contains(scope.name) && (below?.contains(scope.name) ?? true)
        }.map(\.name)
        let ranking = Ranking.make(rows, indicator: indicator, month: month, cumulative: cumulative, scopes: scopes)
        return RankResult(ranking: ranking, level: level, within: within, diagnostics: diagnostics)
    }
}
