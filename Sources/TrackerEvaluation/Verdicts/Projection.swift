import TrackerModel

/// What the rest of a period must achieve, and the provisional verdict that follows from it
/// (docs/evaluation.md, "Provisional verdicts").
///
/// ```swift
/// // ≤ 30 µg/m³ over 365 days, 181 valid days so far at 33.0: the remaining 184 days must average
/// // (30·365 − 33·181) / 184 = 27.05, 18 % better than so far → at risk.
/// ```
struct Projection {
    var requiredRest: RequiredRest?
    var seasonal: Double?
    var notes: [ScorecardNote] = []
    /// True when no remaining value can meet the target (a negative concentration, a ratio above 100 %).
    var impossible = false
    /// True when no remaining value can miss it (the rest may be 0 % good days and still meet ≥ 78 %).
    var secured = false
    /// True when an approximate target (4.5左右) can no longer reach its number but can still end
    /// within its tolerance band.
    var onlyWithinTolerance = false
    /// How much better than so far the rest must be (0.18 = 18 %); nil when not meaningful.
    var improvementNeeded: Double?
    var polarity: Polarity
    var bound: Double?

    static func make(target: Target, comparator: TrackerModel.Comparator, indicator: Indicator, value: PeriodValue,
                     compared: Double, rows: [Measurement], asOf: YearMonth) -> Projection {
        var p = Projection(polarity: indicator.polarity)
        guard let bound = effectiveBound(comparator, polarity: indicator.polarity) else { return p }
        p.bound = bound
        let monthsLeft = target.period.months.filter { $0 > asOf }.count
        let rest = { (value: Double, requirement: RequiredRest.Requirement) in
            RequiredRest(value: value, requirement: requirement, relation: indicator.polarity.bareRelation,
                         unit: indicator.unit, precision: indicator.precision)
        }

        switch indicator.kind {
        case .mean, .dayRatio:
            guard let n = value.validDays else { break }
            let daysLeft = target.period.months.filter { $0 > asOf }.reduce(0) { $0 + $1.dayCount }
            guard daysLeft > 0 else { break }
            // Assume the remaining days will all be valid: N = days so far (valid) + days left.
            let N = Double(n + daysLeft)
            let requiredFor = { (b: Double) in (b * N - value.value * Double(n)) / Double(daysLeft) }
            let required = requiredFor(bound)
            if indicator.kind == .mean {
                p.requiredRest = rest(required, .average(.days(daysLeft)))
                p.settle(required, range: indicator.range ?? 0...Double.greatestFiniteMagnitude, polarity: indicator.polarity)
                p.tryTolerance(comparator, requiredFor: requiredFor, range: indicator.range ?? 0...Double.greatestFiniteMagnitude,
                               rest: { rest($0, .average(.days(daysLeft))) })
            } else {
                let share = required / 100
                // Whole days, with float slack: 184 × (1 − 0.8587) is 26, not 25.999….
                let allowed = ((indicator.polarity == .higherIsBetter ? Double(daysLeft) * (1 - share) : Double(daysLeft) * share) + 1e-9)
                    .rounded(.down)
                p.requiredRest = rest(required, .ratio(days: daysLeft, allowedDays: allowed))
                p.settle(required, range: 0...100, polarity: indicator.polarity)
            }
            p.improvementNeeded = improvement(from: value.value, to: required, polarity: indicator.polarity)
            p.seasonal = seasonalProjection(rows: rows, kind: indicator.kind, target: target, asOf: asOf, thisYear: value.value)
        case .monthlyMean:
            let k = value.monthsUsed.count
            guard monthsLeft > 0, k > 0 else { break }
            let requiredFor = { (b: Double) in (b * Double(k + monthsLeft) - value.value * Double(k)) / Double(monthsLeft) }
            let required = requiredFor(bound)
            p.requiredRest = rest(required, .average(.months(monthsLeft)))
            p.settle(required, range: indicator.range ?? 0...Double.greatestFiniteMagnitude, polarity: indicator.polarity)
            p.tryTolerance(comparator, requiredFor: requiredFor, range: indicator.range ?? 0...Double.greatestFiniteMagnitude,
                           rest: { rest($0, .average(.months(monthsLeft))) })
            p.improvementNeeded = improvement(from: value.value, to: required, polarity: indicator.polarity)
            p.seasonal = seasonalProjection(rows: rows, kind: indicator.kind, target: target, asOf: asOf, thisYear: value.value)
        case .count:
            let elapsed = target.period.months.filter { $0 <= asOf }.count
            guard elapsed > 0 else { break }
            let budget = bound - value.value
            p.requiredRest = rest(budget, .budget(months: monthsLeft))
            let pace = value.value * Double(target.period.months.count) / Double(elapsed)
            p.notes.append(.pace(pace))
            p.improvementNeeded = improvement(from: pace, to: bound, polarity: indicator.polarity).map { max(0, $0) }
        case .cumulative:
            guard monthsLeft > 0 else { break }
            let need = bound - value.value
            let pace = need / Double(monthsLeft)
            p.requiredRest = rest(pace, .pace(total: need, months: monthsLeft))
            // The pace so far is the gain since the start of the period: from the last value before
            // it when the data has one (累计 totals run over several years: NOx since 2021), else
            // from 0. The rest must then beat that pace by the improvement.
            let elapsed = target.period.months.count - monthsLeft
            let before = rows.filter { $0.period.lastMonth < target.period.first }.max { $0.period < $1.period }
            let start = before?.value ?? 0
            let soFar = (value.value - start) / Double(elapsed)
            p.improvementNeeded = soFar > 0 ? max(0, pace / soFar - 1) : (pace > 0 ? 1 : 0)
            let from = before.map { ScorecardNote.Start.value($0.value, at: $0.period) } ?? .zero(atStartOf: target.period)
            p.notes.append(.soFar(perMonth: soFar, from: from))
        case .reported, .flowShare, .relativeChange, .rank:
            p.requiredRest = rest(bound, .latestValue(by: target.deadline))
        }
        if let seasonal = p.seasonal {
            // It decides the provisional verdict, so every format shows it, not only the JSON.
            p.notes.append(.seasonalProjection(seasonal, period: target.period))
        }
        if p.secured {
            p.requiredRest?.standing = .secured
        } else if p.impossible {
            p.requiredRest?.standing = .unreachable
        }
        return p
    }

    /// A required average outside the physical range decides the outcome already: beyond the
    /// good end, nothing can miss (secured); beyond the bad end, nothing can meet (impossible).
    mutating func settle(_ required: Double, range: ClosedRange<Double>, polarity: Polarity) {
        let slack = 1e-9 * max(1, abs(required))
        let (goodEnd, badEnd) = polarity == .higherIsBetter ? (range.lowerBound, range.upperBound) : (range.upperBound, range.lowerBound)
        if polarity == .higherIsBetter {
            impossible = required > badEnd + slack
            secured = required <= goodEnd + slack
        } else {
            impossible = required < badEnd - slack
            secured = required >= goodEnd - slack
        }
    }

    /// When the number of an approximate target is out of reach, whether its tolerance edge is
    /// not: then the target is not missed yet, and the row says what the band still needs.
    mutating func tryTolerance(_ comparator: TrackerModel.Comparator, requiredFor: (Double) -> Double,
                               range: ClosedRange<Double>, rest: (Double) -> RequiredRest) {
        guard impossible, case .approximately(let b, let tolerance) = comparator else { return }
        let edge = b - polarity.sign * tolerance
        var atEdge = self
        atEdge.settle(requiredFor(edge), range: range, polarity: polarity)
        guard !atEdge.impossible else { return }
        impossible = false
        onlyWithinTolerance = true
        notes.append(.onlyBandReachable(rest(requiredFor(edge))))
    }

    /// The provisional verdict (docs/evaluation.md).
    func verdict(assessment: Assessment) -> Verdict {
        if impossible { return .missed }
        if onlyWithinTolerance { return .atRisk }
        if secured { return .met }
        if let seasonal, let bound {
            let meets = polarity.bareRelation.holds(seasonal, bound)
            if meets { return assessment.outcome == .missed ? .atRisk : .onTrack }
            let gap = Projection.improvement(from: seasonal, to: bound, polarity: polarity) ?? 1
            return gap <= Evaluator.riskBand ? .atRisk : .offTrack
        }
        if assessment.outcome != .missed, (improvementNeeded ?? 0) <= 0 { return .onTrack }
        guard let improvementNeeded else { return assessment.outcome == .missed ? .atRisk : .onTrack }
        if improvementNeeded <= 0 { return .onTrack }
        return improvementNeeded <= Evaluator.riskBand ? .atRisk : .offTrack
    }

    /// The bound a projection aims at: the number itself, the near end of a range, the first branch
    /// of alternatives; nil for comparators without one.
    static func effectiveBound(_ c: TrackerModel.Comparator, polarity: Polarity) -> Double? {
        switch c {
        case .bound(_, let v), .approximately(let v, _): v
        case .fraction(_, let f): f.percent
        case .between(let lo, let hi): polarity == .lowerIsBetter ? hi : lo
        case .anyOf(let a): a.first.flatMap { effectiveBound($0.comparator, polarity: polarity) }
        default: nil
        }
    }

    /// Relative improvement from `current` to `required` in the good direction (0.2 = 20 % better).
    static func improvement(from current: Double, to required: Double, polarity: Polarity) -> Double? {
        guard current != 0 else { return nil }
        return polarity == .lowerIsBetter ? (current - required) / abs(current) : (required - current) / abs(current)
    }


    /// This year to date, scaled by how last year's full period related to last year's same months.
    static func seasonalProjection(rows: [Measurement], kind: IndicatorKind, target: Target, asOf: YearMonth, thisYear: Double) -> Double? {
        let lastMonths = target.period.months.map { $0.advanced(by: -12) }
        let lastAsOf = asOf.advanced(by: -12)
        guard let lastFull = PeriodValue.aggregate(rows, kind: kind, months: lastMonths, asOf: lastMonths.last!),
              lastFull.monthsUsed.count == lastMonths.count,
              let lastToDate = PeriodValue.aggregate(rows, kind: kind, months: lastMonths, asOf: lastAsOf),
              lastToDate.value != 0 else { return nil }
        return thisYear * lastFull.value / lastToDate.value
    }
}

