import Foundation
import XCTest

/// A small random number generator with a seed (SplitMix64): the same seed gives the same
/// numbers on every machine, so a failing random test can be run again exactly.
///
/// ```swift
/// var generator = SeededGenerator(seed: 42)
/// let roll = Int.random(in: 1...6, using: &generator)  // the same on every run
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The environment variable that fixes the seed of every random test: `TRACKER_TEST_SEED=123 swift test`.
    public static let environmentVariable = "TRACKER_TEST_SEED"

    /// The seed from `TRACKER_TEST_SEED` when given, else `fallback`, else a fresh one.
    public static func chosenSeed(fallback: UInt64?) -> UInt64 {
        if let text = ProcessInfo.processInfo.environment[environmentVariable], let seed = UInt64(text) { return seed }
        return fallback ?? UInt64.random(in: 0...UInt64.max)
    }
}

extension XCTestCase {
    /// Runs `body` with a seeded generator (`SeededGenerator.chosenSeed`); when the test has
    /// failed by the end, one more failure names the seed and how to run the test with it again.
    public func withSeededGenerator(seed fallback: UInt64? = nil, file: StaticString = #filePath, line: UInt = #line,
                                    _ body: (inout SeededGenerator) throws -> Void) rethrows {
        var generator = SeededGenerator(seed: SeededGenerator.chosenSeed(fallback: fallback))
        let failuresBefore = testRun?.totalFailureCount ?? 0
        let rerun = "run it again with \(SeededGenerator.environmentVariable)=\(generator.seed)"
        do {
            try body(&generator)
        } catch {
            // XCTest counts a thrown error only after the test returns: say the seed now.
            XCTFail("random test threw \(error) with seed \(generator.seed); \(rerun)", file: file, line: line)
            throw error
        }
        if (testRun?.totalFailureCount ?? 0) > failuresBefore {
            XCTFail("random test failed with seed \(generator.seed); \(rerun)", file: file, line: line)
        }
    }
}
