@testable import TrackerInput
import XCTest

/// The duplicate table against a dictionary: random periods (months and years, near and far
/// apart), scopes and indicators, in random order.
final class DuplicateTableTests: XCTestCase {
    private struct Key: Hashable { var period: Int32, scope: Int32, indicator: Int32 }

    func testAgreesWithADictionary() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            var table = DuplicateTable<Int>()
            var reference: [Key: Int] = [:]
            let far = round % 4 == 0
            for n in 0..<3000 {
                let year = far ? Int32.random(in: 0...9999, using: &generator) : Int32.random(in: 1990...2030, using: &generator)
                let key = Key(period: year * 13 + Int32.random(in: 0...12, using: &generator),
                              scope: Int32.random(in: 0..<5, using: &generator), indicator: Int32.random(in: 0..<7, using: &generator))
                XCTAssertEqual(table[key.period, key.scope, key.indicator], reference[key])
                if reference[key] == nil {
                    table.insert(n, period: key.period, scope: key.scope, indicator: key.indicator)
                    reference[key] = n
                }
            }
            for (key, value) in reference { XCTAssertEqual(table[key.period, key.scope, key.indicator], value) }
            XCTAssertEqual(table.count, reference.count)
        }
    }

    func testOneArchiveRunPerPair() {
        var table = DuplicateTable<String>()
        table.insert("a", period: 2025 * 13 + 1, scope: 0, indicator: 0)
        table.insert("b", period: 2000 * 13 + 1, scope: 0, indicator: 0)   // before: the run grows at its start
        table.insert("c", period: 9999 * 13, scope: 0, indicator: 0)       // too far: kept apart
        table.insert("d", period: 2025 * 13 + 1, scope: 1, indicator: 0)
        XCTAssertEqual(table[2025 * 13 + 1, 0, 0], "a")
        XCTAssertEqual(table[2000 * 13 + 1, 0, 0], "b")
        XCTAssertEqual(table[9999 * 13, 0, 0], "c")
        XCTAssertEqual(table[2025 * 13 + 1, 1, 0], "d")
        XCTAssertNil(table[2025 * 13 + 2, 0, 0])
        XCTAssertNil(table[2025 * 13 + 1, 0, 1])
    }
}
