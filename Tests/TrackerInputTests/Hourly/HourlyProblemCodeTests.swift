import TrackerInput
import TrackerModel
import XCTest

/// Each kind of hourly problem has its own code; an unreadable file shares the code every reader
/// uses for one.
final class HourlyProblemCodeTests: XCTestCase {
    func testKindsMapToTheirCodes() {
        let kinds: [HourlyProblem.Kind] = [.unreadableFile, .unrecognisedHeader, .missingUnit, .unknownUnit, .malformedRow,
                                           .invalidTime, .malformedValue, .negativeValue, .duplicateHour]
        XCTAssertEqual(kinds.map(\.code.rawValue), ["E101", "H102", "H103", "H104", "H105", "H106", "H107", "H108", "H109"])
        XCTAssertEqual(HourlyProblem.Kind.unreadableFile.code, .fileUnreadable)
    }
}
