/// Competition ranking ("1224"): equal values share a rank and the next value's rank counts
/// everyone before it (1, 1, 3). Values are compared exactly, so rank the displayed (rounded)
/// values, never the raw ones.
///
/// ```swift
/// CompetitionRank.ranks([41, 38, 41, 45], ascending: true)   // [2, 1, 2, 4]
/// CompetitionRank.ranks([41, nil], ascending: true)           // [1, nil]
/// ```
public enum CompetitionRank {
    /// Ranks in the order of `values`; nil values get no rank and do not count.
    public static func ranks(_ values: [Double?], ascending: Bool) -> [Int?] {
        values.map { value in
            guard let value else { return nil }
            let before = values.compactMap { $0 }.filter { ascending ? $0 < value : $0 > value }.count
            return before + 1
        }
    }
}
