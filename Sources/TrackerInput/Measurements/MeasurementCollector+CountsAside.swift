import TrackerModel

/// What a row set aside (outside the window kept) is to the shares of days `DayRatioForming`
/// forms: nothing (most rows), a count that forms a wanted share, or a wanted share that counts
/// form. Without forming (`MeasurementCollector.forming` nil) counts and shares are kept.
///
/// ```swift
/// AsideRole(catalog["good_days"], forming: ["good_day_ratio"], rule: rule)        // .count(ratio: "good_day_ratio")
/// AsideRole(catalog["good_day_ratio"], forming: ["good_day_ratio"], rule: rule)   // .share(counts: ["good_days"])
/// AsideRole(catalog["good_days"], forming: nil, rule: nil)                        // .kept
/// ```
enum AsideRole: Equatable {
    /// Set aside, nothing more.
    case plain
    /// Kept whatever its period (an indicator not in the catalog; counts and shares without forming).
    case kept
    /// A count of days forming the wanted share `ratio`.
    case count(ratio: String)
    /// A wanted share of days that the counts `counts` form.
    case share(counts: [String])

    init(_ indicator: Indicator?, forming: Set<String>?, rule: DayRatioForming.Rule?) {
        guard let indicator else { self = .kept; return }
        guard forming != nil else {
            self = indicator.isDayCount || indicator.kind == .dayRatio ? .kept : .plain
            return
        }
        if let ratio = rule?.ratio(of: indicator) {
            self = .count(ratio: ratio.id)
        } else if let counts = rule?.counts(forming: indicator), !counts.isEmpty {
            self = .share(counts: counts)
        } else {
            self = .plain
        }
    }
}

extension MeasurementCollector {
    /// A row set aside, for the shares of days: a count is remembered (`countsAside`) unless its
    /// share was read before (it is in the duplicate table); a share takes out the counts it
    /// makes unneeded. Only what `DayRatioForming.form` would word or count is kept.
    mutating func noteAside(_ role: AsideRole, period: Int32, scope: Int32, indicator: Int32, value: Double, validDays: Int?,
                            place: Int32, line: Int) {
        switch role {
        case .plain, .kept:
            return
        case .count(let ratio):
            if let r = indicatorIDs[ratio], kept.entry(period: period, scope: scope, indicator: r) != nil { return }
            countsAside.add(.init(period: period, scope: scope, indicator: indicator), order: set.measurements.count, place: place,
                            line: line, validDays: validDays, value: value)
        case .share(let counts):
            guard !countsAside.isEmpty else { return }
            for count in counts {
                if let c = indicatorIDs[count] { countsAside.remove(.init(period: period, scope: scope, indicator: c)) }
            }
        }
    }

    /// The counts set aside, with the names of the numbers they are kept under.
    func namedCountsAside() -> DayRatioForming.CountsAside {
        var aside = countsAside
        guard !aside.isEmpty else { return aside }
        aside.scopes = Array(repeating: "", count: scopeIDs.count)
        for (name, id) in scopeIDs { aside.scopes[Int(id)] = name }
        aside.indicators = Array(repeating: "", count: indicatorIDs.count)
        for (name, id) in indicatorIDs { aside.indicators[Int(id)] = name }
        aside.files = places.map(\.file)
        aside.sheets = places.map(\.sheet)
        return aside
    }
}
