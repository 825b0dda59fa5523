import TrackerModel

/// Evaluates a plan's targets against measurements: pure, no I/O. The verdict rules are
/// documented in docs/evaluation.md.
///
/// ```swift
/// let card = Evaluator.evaluate(plan: set.plan("xicheng-2025")!, in: set, data: data, asOf: nil)
/// ```
public enum Evaluator {
    /// How much better than the year-to-date value the rest of the period may need to be and
    /// still count as "at risk" rather than "off track": 20 % [project rule].
    public static let riskBand = 0.2

    /// `compare` is the run's comparison (`--compare`): `.published` (the default: the value as
    /// published, at the indicator's publication precision for the period) or `.full`; a target
    /// whose file says `compare …` keeps its own.
    /// `lastYear`: last year's values a ledger recorded, for 同比 when the data lack them.
    public static func evaluate(plan: Plan, in set: TargetSet, data: MeasurementSet, asOf requested: YearMonth?,
                                compare: Target.Comparison = .published, lastYear: YearOnYearRecorded = .none) -> Scorecard {
        let asOf = requested ?? min(data.latestMonth ?? plan.period.last, plan.period.last)
        var index: [TargetKey: [Measurement]] = [:]
        // Only the rows of the scopes and indicators the plan targets are looked up below.
        let wanted = Set(plan.targets.map(\.key))
        for m in data.measurements {
            let key = TargetKey(scope: m.scope, indicator: m.indicator)
            if wanted.contains(key) { index[key, default: []].append(m) }
        }

        // One row per scope, indicator and period; later restatements are cited on the first.
        var seen: [TargetKey: Int] = [:]
        var rows: [ScorecardRow] = []
        for target in plan.targets {
            let key = target.periodKey
            if let at = seen[key] {
                if target.comparator.elaborates(rows[at].target.comparator) {
                    // The fuller statement (with its alternatives) decides; the first is cited.
                    let earlier = rows[at].target.provenance.seedLine
                    rows[at] = evaluate(target, in: set, rows: index[target.key] ?? [], asOf: asOf, compare: compare, lastYear: lastYear)
                    rows[at].alsoStatedAt.append(earlier)
                } else {
                    rows[at].alsoStatedAt.append(target.provenance.seedLine)
                }
                continue
            }
            seen[key] = rows.count
            rows.append(evaluate(target, in: set, rows: index[target.key] ?? [], asOf: asOf, compare: compare, lastYear: lastYear))
        }
        rows = rows.enumerated().sorted { a, b in
            let (ox, oy) = (set.scopes.rank(of: a.element.scope), set.scopes.rank(of: b.element.scope))
            return ox != oy ? ox < oy : a.offset < b.offset
        }.map(\.element)
        var card = Scorecard(plan: plan.id, document: plan.document, title: plan.title, asOf: asOf,
                             isFinal: asOf >= plan.period.last, rows: rows, rowsRead: data.rowsRead,
                             rowsUsed: data.rowsUsed, skipped: data.skipped, sources: data.sources)
        // The reader's window (Plan.dataWindow): a baseline row it keeps is never "outside".
        let window = plan.dataWindow
        // Rows the reader set aside (outside the window it was asked to keep) count as outside too.
        card.rowsOutsidePeriod = data.setAside.count + data.measurements.reduce(0) { $0 + ($1.period.isWithin(window) ? 0 : 1) }
        return card
    }

    static func evaluate(_ target: Target, in set: TargetSet, rows: [Measurement],
                         asOf: YearMonth, compare: Target.Comparison = .published,
                         lastYear: YearOnYearRecorded = .none) -> ScorecardRow {
        let indicator = set.indicators[target.indicator]
        var row = ScorecardRow(
            target: target, effectiveComparator: target.comparator, resolvedFrom: nil,
            indicatorZh: indicator?.zh ?? target.indicator, unit: indicator?.unit ?? .count,
            precision: indicator?.precision ?? 1, polarity: indicator?.polarity ?? .higherIsBetter, observed: nil, comparedValue: nil, verdict: .insufficientData,
            margin: nil, requiredRest: nil, validDays: nil, expectedDays: nil, notes: [], seasonalProjection: nil,
            alsoStatedAt: [])
        row.periodComplete = asOf >= target.period.last
        if case .deferred(let phrase) = target.comparator {
            guard let resolved = set.resolveDeferral(of: target) else {
                row.verdict = .deferred
                row.notes.append(.higherTargetNotLoaded(phrase: phrase))
                return row
            }
            row.effectiveComparator = resolved.comparator
            row.resolvedFrom = TargetReference(resolved)
        }
        if case .notApplicable = row.effectiveComparator {
            row.verdict = .notApplicable
            return row
        }
        guard let indicator else { return row }
        let months = target.period.months
        let window = min(asOf, target.period.last)
        row.kind = indicator.kind
        row.elapsedDays = months.filter { $0 <= window }.reduce(0) { $0 + $1.dayCount }
        row.monthly = rows.filter { m in
            if case .month(let month) = m.period { target.period.contains(month) && month <= window } else { false }
        }.sorted { $0.period < $1.period }
        guard let value = PeriodValue.aggregate(rows, kind: indicator.kind, months: months, asOf: window) else {
            row.notes.append(rows.isEmpty ? .noData : .noDataInPeriod(target.period, upTo: window))
            return row
        }
        row.observed = value.value
        row.yearOnYear = YearOnYearChange.make(rows, indicator: indicator, months: months, asOf: window, this: value)
            ?? recordedYearOnYear(target, indicator: indicator, value: value.value, asOf: window, lastYear: lastYear)
        row.shortMonths = value.shortMonths.map(\.0)
        row.validDays = value.validDays
        row.expectedDays = value.expectedDays
        // Round once, from the unrounded period value (GB/T 8170 half to even): the published value.
        let publishedDecimals = indicator.publishedDecimals(in: target.period.last.year)
        let published = Rounding.halfEven(value.value, decimals: publishedDecimals)
        row.publishedValue = published
        row.publishedDecimals = publishedDecimals
        let comparison = target.comparison ?? compare
        row.comparison = comparison
        let compared: Double
        switch comparison {
        case .full: compared = value.value
        case .published: compared = published
        case .rounded(let d): compared = Rounding.halfEven(value.value, decimals: d)
        }
        row.comparedValue = compared
        for (month, flags) in value.excludedMonths { row.notes.append(.excludedMonth(month, flags: flags)) }
        for (month, count) in value.excludedDays { row.notes.append(.excludedDays(.init(month, days: count))) }
        if let without = value.valueWithoutExclusion { row.notes.append(.valueWithoutExclusions(without)) }
        if value.validityUnknown { row.notes.append(.validityUnknown) }

        if case .yearOnYear(let relation, let bound) = row.effectiveComparator {
            judgeYearOnYear(&row, relation: relation, bound: bound, indicator: indicator, value: value, months: months, window: window)
            return row
        }

        var baseline: Double?
        var baselineValid = true
        if case .reduction(let year, _, _) = row.effectiveComparator {
            let baseMonths = Period.year(year).months
            if let base = PeriodValue.aggregate(rows, kind: indicator.kind, months: baseMonths, asOf: YearMonth(year, 12)) {
                // The baseline year is held to the same rules as the period itself.
                let check = validity(of: base, kind: indicator.kind, months: baseMonths, upTo: YearMonth(year, 12), complete: true)
                baseline = base.value
                baselineValid = check.valid
                row.notes += check.notes.map { .baseline(year: year, $0) }
            } else {
                row.notes.append(.noBaseline(year: year))
            }
        }
        guard let assessment = row.effectiveComparator.assess(compared, polarity: indicator.polarity, baseline: baseline) else {
            return row
        }
        row.margin = assessment.margin
        // 口径敏感: the full value and the published value get different outcomes.
        if let full = row.effectiveComparator.assess(value.value, polarity: indicator.polarity, baseline: baseline),
           let pub = row.effectiveComparator.assess(published, polarity: indicator.polarity, baseline: baseline),
           full.outcome != pub.outcome {
            row.boundary = BoundarySensitivity(full: full.outcome, published: pub.outcome, fullValue: value.value,
                                               publishedValue: published, publishedDecimals: publishedDecimals)
            row.notes.append(.boundarySensitive(row.boundary!))
        }
        row.observedDigits = observedDigits(value.value, compared: compared, precision: indicator.precision,
                                            comparator: row.effectiveComparator, polarity: indicator.polarity)
        for condition in assessment.conditions { row.notes.append(.condition(condition)) }

        let complete = row.periodComplete
        let check = validity(of: value, kind: indicator.kind, months: months, upTo: window, complete: complete)
        let valid = check.valid && baselineValid
        row.notes += check.notes
        let locked = lockedOutcome(row.effectiveComparator, indicator: indicator, value: compared, assessment: assessment)
        if let locked {
            row.verdict = locked
        } else if !valid {
            row.verdict = .insufficientData
        } else if complete {
            switch assessment.outcome {
            case .met: row.verdict = .met
            case .withinTolerance: row.verdict = .withinTolerance
            case .missed: row.verdict = .missed
            }
        } else {
            let projection = Projection.make(target: target, comparator: row.effectiveComparator, indicator: indicator,
                                             value: value, compared: compared, rows: rows, asOf: window)
            row.requiredRest = projection.requiredRest
            row.seasonalProjection = projection.seasonal
            row.verdict = projection.verdict(assessment: assessment)
            row.notes += projection.notes
        }
        return row
    }

    /// Whether a period value may be judged, and the notes saying why not: monthly kinds need
    /// every month up to `upTo` (a yearly row in the period stands for its whole year; one outside
    /// it, a baseline or last year's value, does not); concentration means need 27 (February 25)
    /// valid days a month and, for a complete year, 324, counting excluded days too (§9:
    /// exclusions never make a period short).
    static func validity(of value: PeriodValue, kind: IndicatorKind, months: [YearMonth], upTo window: YearMonth,
                         complete: Bool) -> (valid: Bool, notes: [ScorecardNote]) {
        var notes: [ScorecardNote] = []
        let short = value.shortMonths
        let excluded = Set(value.excludedMonths.map(\.0))
        let monthly = [IndicatorKind.mean, .dayRatio, .count, .monthlyMean].contains(kind) && !value.fromYearlyRow
        let missingMonths = monthly
            ? months.filter { $0 <= window && !value.monthsUsed.contains($0) && !excluded.contains($0) } : []
        let yearDays = value.measuredDays ?? value.validDays ?? 0
        let enoughDays = !complete || !kind.hasValidDayMinimums || value.validityUnknown
            || yearDays >= yearMinimum * (months.count / 12)
        if !short.isEmpty { notes.append(.shortMonths(short.map { .init($0.0, days: $0.1) })) }
        if !missingMonths.isEmpty { notes.append(.monthsWithoutData(missingMonths)) }
        if !enoughDays { notes.append(.shortYear(validDays: yearDays, yearMinimum: yearMinimum)) }
        return (short.isEmpty && missingMonths.isEmpty && enoughDays, notes)
    }

    /// Valid days a complete year of a concentration needs (HJ 663: 324 of 365).
    static let yearMinimum = 324

    /// The decimals at which the observed value reads true to its verdict: the precision, unless
    /// its rounded text would get another outcome than the value compared (35.6 shown as 36
    /// against ≥ 36, missed); then the fewest extra decimals that keep the outcome (31.01 against ≤ 31).
    static func observedDigits(_ value: Double, compared: Double, precision: Int, comparator: TrackerModel.Comparator,
                               polarity: Polarity) -> ObservedDigits {
        guard let shown = Double(NumberFormat.fixed(value, precision)),
              let full = comparator.assess(compared, polarity: polarity)?.outcome,
              let rounded = comparator.assess(shown, polarity: polarity)?.outcome,
              full != rounded else { return .precision }
        for decimals in (precision + 1)...6 {
            if let v = Double(NumberFormat.fixed(value, decimals)), comparator.assess(v, polarity: polarity)?.outcome == full {
                return .decimals(decimals)
            }
        }
        return .full
    }

    /// Outcomes that no remaining month can change: a count budget already spent, a cumulative
    /// quantity already reached.
    static func lockedOutcome(_ comparator: TrackerModel.Comparator, indicator: Indicator, value: Double,
                              assessment: Assessment) -> Verdict? {
        switch indicator.kind {
        case .count:
            // Counts only grow: over a ceiling is final; reaching a floor is final.
            if indicator.polarity == .lowerIsBetter, assessment.outcome == .missed { return .missed }
            if indicator.polarity == .higherIsBetter, assessment.outcome == .met { return .met }
        case .cumulative:
            if indicator.polarity == .higherIsBetter, assessment.outcome == .met { return .met }
        default:
            break
        }
        return nil
    }
}
