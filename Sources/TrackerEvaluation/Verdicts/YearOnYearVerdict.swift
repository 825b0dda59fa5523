import TrackerModel

/// Targets phrased as a year-on-year change (同比减少 10 %, docs/evaluation.md "Year-on-year
/// targets"): judged on the row's 同比 as published (`YearOnYearChange`: from the two displayed
/// values, to 0.1 %), never on the period value itself.
///
/// - Period complete: the change holds → `met`, else `missed`.
/// - Before: the change so far (this year to date against the same months last year) holds →
///   `on_track`; it moves the required way but not far enough (−6 % against ≤ −10 %) → `at_risk`;
///   it does not move that way at all → `off_track`.
/// - No last year (neither in the data nor in a ledger), or last year displayed as 0 →
///   `insufficient_data`, with the reason as a note.
///
/// ```swift
/// // 同比减少10%, 2025 to date 9 076 t, 2024's same months 10 120 t: −10.3 % → on_track.
/// ```
extension Evaluator {
    static func judgeYearOnYear(_ row: inout ScorecardRow, relation: Relation, bound: Double, indicator: Indicator,
                                value: PeriodValue, months: [YearMonth], window: YearMonth) {
        let upTo = months.filter { $0 <= window }
        let from = (upTo.first ?? window).advanced(by: -12), to = window.advanced(by: -12)
        guard let change = row.yearOnYear else {
            row.notes.append(.yearOnYear(.lastYearMissing(from: from, to: to)))
            return
        }
        guard let percent = change.changePercent else {
            row.notes.append(.yearOnYear(.lastYearZero(from: change.from, to: change.to)))
            return
        }
        row.notes.append(.yearOnYear(.change(change)))
        let comparator = TrackerModel.Comparator.yearOnYear(relation, bound)
        guard let assessment = comparator.assess(percent, polarity: indicator.polarity) else { return }
        // 口径敏感: the same change from the full values would get another outcome.
        if change.lastYear > 0, case let fullChange = (value.value / change.lastYear - 1) * 100,
           let full = comparator.assess(fullChange, polarity: indicator.polarity), full.outcome != assessment.outcome {
            row.notes.append(.yearOnYear(.boundarySensitive(fullChange: fullChange, full: full.outcome, published: assessment.outcome)))
        }
        // The margin is in percentage points of change, not in the indicator's unit: it stays out
        // of the margin column (the note gives the change).
        row.margin = nil
        let check = validity(of: value, kind: indicator.kind, months: months, upTo: window, complete: row.periodComplete)
        row.notes += check.notes
        guard check.valid else { return }
        if row.periodComplete {
            row.verdict = assessment.outcome == .met ? .met : .missed
        } else if assessment.outcome == .met {
            row.verdict = .onTrack
        } else {
            let direction = relation.direction == 0 ? indicator.polarity.sign : relation.direction
            row.verdict = direction * percent > 0 ? .atRisk : .offTrack
        }
    }

    /// Last year's same months from a ledger recording, for a target over one calendar year.
    static func recordedYearOnYear(_ target: Target, indicator: Indicator, value: Double, asOf window: YearMonth,
                                   lastYear: YearOnYearRecorded) -> YearOnYearChange? {
        guard !lastYear.isEmpty, indicator.kind.hasSamePeriodLastYear, target.period == .year(target.period.first.year) else { return nil }
        let month = window.advanced(by: -12)
        guard let recorded = lastYear.value(scope: target.scope, indicator: target.indicator, month: month, plan: target.plan) else { return nil }
        return YearOnYearChange.make(lastYear: recorded.value, this: value, indicator: indicator, months: target.period.months,
                                     from: target.period.first.advanced(by: -12), to: month,
                                     source: .ledger(plan: recorded.plan, month: recorded.month))
    }
}
