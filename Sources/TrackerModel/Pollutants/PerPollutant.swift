/// One value per pollutant, stored in a fixed array so lookups are cheap and iteration order is
/// always `Pollutant.allCases` (deterministic output, unlike a dictionary).
///
/// ```swift
/// var counts = PerPollutant(repeating: 0)
/// counts[.pm25] += 1
/// counts[.pm25]   // 1
/// ```
public struct PerPollutant<Value> {
    private var storage: [Value]

    /// Every pollutant starts with `value`.
    public init(repeating value: Value) {
        storage = Array(repeating: value, count: Pollutant.allCases.count)
    }

    /// Each pollutant's value is produced by `make`.
    public init(_ make: (Pollutant) throws -> Value) rethrows {
        storage = try Pollutant.allCases.map(make)
    }

    public subscript(pollutant: Pollutant) -> Value {
        get { storage[pollutant.index] }
        set { storage[pollutant.index] = newValue }
    }

    /// Transforms every value, keeping the pollutant association.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> PerPollutant<T> {
        try PerPollutant<T> { try transform(self[$0]) }
    }
}

extension PerPollutant: Sendable where Value: Sendable {}
extension PerPollutant: Equatable where Value: Equatable {}
