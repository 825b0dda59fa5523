@testable import TrackerInput
import XCTest

final class HourlyNumberTests: XCTestCase {
    private func parse(_ text: String) -> HourlyNumber { HourlyNumber.parse(Array(text.utf8)[...]) }

    func testDecimalsAreExactDoubles() {
        XCTAssertEqual(parse("2.35"), .value(2.35))
        XCTAssertEqual(parse("74.5"), .value(74.5))
        XCTAssertEqual(parse("300"), .value(300))
        XCTAssertEqual(parse(" 12.0 "), .value(12))
        XCTAssertEqual(parse("-3"), .value(-3))
        XCTAssertEqual(parse("+7.25"), .value(7.25))
        XCTAssertEqual(parse(".5"), .value(0.5))
        XCTAssertEqual(parse("1e2"), .value(100))
        XCTAssertEqual(parse("0.1234567890123456789"), .value(0.1234567890123456789))
    }

    func testMissingTokens() {
        for token in ["", "NA", "na", "NaN", "-", "—", " ", "N/A"] {
            XCTAssertEqual(parse(token), .missing, token)
        }
    }

    func testMalformed() {
        for token in ["1,2", "abc", "1.2.3", "12µg", "inf", "--1"] {
            XCTAssertEqual(parse(token), .malformed, token)
        }
    }

    /// Found by the fuzzer (Tests/Fuzz/Regressions/FuzzHourly/long-digit-string.csv): a digit
    /// string longer than a UInt64 overflowed the fast path; it now falls back to the exact parse.
    func testDigitStringsLongerThanAUInt64() {
        XCTAssertEqual(parse("99999999999999999999999999"), .value(1e26))
        XCTAssertEqual(parse("1" + String(repeating: "0", count: 400)), .malformed, "1e400 is not finite")
        XCTAssertEqual(parse("0." + String(repeating: "0", count: 30) + "1"), .value(1e-31))
    }

    func testIntegers() {
        XCTAssertEqual(HourlyNumber.parseInteger(Array("2015".utf8)[...]), 2015)
        XCTAssertNil(HourlyNumber.parseInteger(Array("2015.0".utf8)[...]))
        XCTAssertNil(HourlyNumber.parseInteger(Array("".utf8)[...]))
    }

    /// The one-pass paths (digits, then a point and decimals) agree with the rules above at
    /// their edges: a trailing point, blanks, a sign before a blank, long mantissas.
    func testOnePassEdges() {
        XCTAssertEqual(parse("12."), .value(12))
        XCTAssertEqual(parse("\t5\t"), .value(5))
        XCTAssertEqual(parse("0005"), .value(5))
        XCTAssertEqual(parse("996.0"), .value(996))
        XCTAssertEqual(parse("123456789012345"), .value(123456789012345))
        XCTAssertEqual(parse("1234567890123456"), .value(1234567890123456))
        XCTAssertEqual(parse("- 5"), .malformed)
        XCTAssertEqual(parse("."), .malformed)
        XCTAssertEqual(parse("5 5"), .malformed)
        let integer = { (text: String) in HourlyNumber.parseInteger(Array(text.utf8)[...]) }
        XCTAssertEqual(integer("2025"), 2025)
        XCTAssertEqual(integer(" 23 "), 23)
        XCTAssertEqual(integer("123456789"), 123456789)
        XCTAssertNil(integer("1234567890"))
        XCTAssertNil(integer(""))
        XCTAssertNil(integer("1a"))
        XCTAssertNil(integer("-1"))
    }
}
