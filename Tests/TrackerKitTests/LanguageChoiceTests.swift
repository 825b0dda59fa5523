import TrackerKit
import XCTest

/// The language of a run: `--lang` > `TRACKER_LANG` > `LC_ALL`, `LC_MESSAGES`, `LANG` (the first
/// set decides; `zh…` is Chinese) > English.
final class LanguageChoiceTests: XCTestCase {
    func resolve(_ option: String? = nil, _ environment: [String: String] = [:]) -> Language {
        LanguageChoice.resolve(option: option, environment: environment)
    }

    func testTheOrderOfTheSources() {
        XCTAssertEqual(resolve(), .en)
        XCTAssertEqual(resolve(nil, ["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(resolve(nil, ["LANG": "zh_TW.UTF-8"]), .zh)
        XCTAssertEqual(resolve(nil, ["LANG": "C"]), .en)
        XCTAssertEqual(resolve(nil, ["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(resolve(nil, ["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(resolve(nil, ["LC_ALL": "C.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]), .en, "LC_ALL wins")
        XCTAssertEqual(resolve(nil, ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]), .zh, "an empty variable is not set")
        XCTAssertEqual(resolve(nil, ["TRACKER_LANG": "en", "LC_ALL": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(resolve(nil, ["TRACKER_LANG": "zh", "LANG": "C"]), .zh)
        XCTAssertEqual(resolve(nil, ["TRACKER_LANG": "fr", "LANG": "zh_CN.UTF-8"]), .zh, "an unknown TRACKER_LANG is passed over")
        XCTAssertEqual(resolve("en", ["TRACKER_LANG": "zh", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(resolve("zh", ["TRACKER_LANG": "en"]), .zh)
    }

    func testLanguageCodes() {
        XCTAssertEqual(Language(code: "ZH-cn"), .zh)
        XCTAssertEqual(Language(code: "en"), .en)
        XCTAssertNil(Language(code: "POSIX"))
        XCTAssertEqual(Language.allCases.map(\.rawValue), ["zh", "en"])
    }
}
