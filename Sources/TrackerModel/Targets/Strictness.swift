/// How one target compares with another for the same indicator: stricter, looser, the same,
/// or not comparable (different kinds of comparator).
///
/// ```swift
/// Comparator.bound(.atMost, 31).strictness(comparedTo: .bound(.atMost, 32), polarity: .lowerIsBetter)
/// // .stricter
/// ```
public enum Strictness: String, Hashable, Sendable {
    case stricter, looser, same, incomparable
}

extension Comparator {
    /// Compares the requirement `self` makes with the one `other` makes, for an indicator of the
    /// given polarity. A smaller tolerance band is stricter; `≤ 29` is stricter than `< 30`'s
    /// bound only by the number, so strict and non-strict signs compare by bound first.
    public func strictness(comparedTo other: Comparator, polarity: Polarity) -> Strictness {
        switch (self, other) {
        case let (.fraction(r1, f1), .fraction(r2, f2)) where r1 == r2 && f1 == f2:
            return .same
        case let (.fraction(r, f), _):
            // A fraction orders against other bounds by its value (1/3 ≈ 33.33 % is stricter than ≥ 33.3 %).
            return Comparator.bound(r, f.percent).strictness(comparedTo: other, polarity: polarity)
        case let (_, .fraction(r, f)):
            return strictness(comparedTo: .bound(r, f.percent), polarity: polarity)
        case let (.bound(r1, v1), .bound(r2, v2)):
            guard r1.direction == r2.direction, r1.direction != 0 else { return r1 == r2 && v1 == v2 ? .same : .incomparable }
            if v1 == v2 {
                if r1 == r2 { return .same }
                return (r1 == .below || r1 == .above) ? .stricter : .looser
            }
            return (r1.direction * (v1 - v2) > 0) ? .stricter : .looser
        case let (.approximately(v1, t1), .approximately(v2, t2)):
            let edge1 = v1 - polarity.sign * t1, edge2 = v2 - polarity.sign * t2
            if v1 == v2 && t1 == t2 { return .same }
            let byBound = polarity.sign * (v1 - v2), byEdge = polarity.sign * (edge1 - edge2)
            if byBound >= 0 && byEdge >= 0 { return .stricter }
            if byBound <= 0 && byEdge <= 0 { return .looser }
            return .incomparable
        case let (.approximately(v1, t1), .bound(r, v2)) where r == polarity.bareRelation:
            // "about 4.5" against "≤ 5": compare the outer edge of the band with the bound.
            let edge = v1 - polarity.sign * t1
            let d = polarity.sign * (edge - v2)
            return d > 0 ? .stricter : d < 0 ? .looser : (t1 > 0 ? .stricter : .same)
        case let (.bound(r, v1), .approximately(v2, t2)) where r == polarity.bareRelation:
            let flipped = Comparator.approximately(v2, tolerance: t2).strictness(comparedTo: .bound(r, v1), polarity: polarity)
            return flipped == .stricter ? .looser : flipped == .looser ? .stricter : flipped
        case let (.between(a1, b1), .between(a2, b2)):
            if a1 == a2 && b1 == b2 { return .same }
            if a1 >= a2 && b1 <= b2 { return .stricter }
            if a1 <= a2 && b1 >= b2 { return .looser }
            return .incomparable
        case let (.reduction(y1, a1, r1), .reduction(y2, a2, r2)) where y1 == y2 && r1 == r2:
            return a1 == a2 ? .same : a1 > a2 ? .stricter : .looser
        case let (.yearOnYear(r1, c1), .yearOnYear(r2, c2)) where r1.direction == r2.direction && r1.direction != 0:
            // Both ask the change to go one way: the further bound is stricter (−15 % over −10 %).
            if c1 == c2 { return r1 == r2 ? .same : (r1 == .below || r1 == .above) ? .stricter : .looser }
            return r1.direction * (c1 - c2) > 0 ? .stricter : .looser
        case let (.rank(n1, m1), .rank(n2, m2)) where m1 == m2:
            return n1 == n2 ? .same : n1 > n2 ? .stricter : .looser
        case (.notApplicable, .notApplicable):
            return .same
        case let (.deferred(a), .deferred(b)):
            return a == b ? .same : .incomparable
        default:
            return self == other ? .same : .incomparable
        }
    }
}
