extension Plan {
    /// The plan's targets moved to another year, to ask "what if last year's targets applied to
    /// this year's data": targets over the plan year (and their deadlines) move; multi-year
    /// windows (the 14th five-year period) keep their own years.
    ///
    /// ```swift
    /// let old = set.plan("xicheng-2023")!.rebased(toYear: 2025)
    /// old.targets.first!.period   // 2025
    /// ```
    public func rebased(toYear year: Int) -> Plan {
        guard period.isSingleYear, period.first.year != year else { return self }
        let shift = year - period.first.year
        var moved = self
        moved.period = .year(year)
        moved.targets = targets.map { target in
            var t = target
            guard t.period == period else { return t }
            t.period = .year(year)
            if case .by(let y, let m, let text) = t.deadline { t.deadline = .by(year: y + shift, month: m, text: text) }
            return t
        }
        return moved
    }
}
