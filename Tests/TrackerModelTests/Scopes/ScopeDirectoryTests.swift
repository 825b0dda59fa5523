import TrackerModel
import XCTest

/// Scope look-ups as every reader and `--scope` use them: names, aliases, and names written
/// after the scopes above them (北京市西城区德胜街道), with suggestions for the part misspelt.
final class ScopeDirectoryTests: XCTestCase {
    let scopes: ScopeDirectory = {
        var d = ScopeDirectory()
        d.add(Scope(name: "北京市", level: .city, parent: nil, en: "Beijing"))
        d.add(Scope(name: "西城区", level: .district, parent: "北京市", en: "Xicheng"))
        d.add(Scope(name: "朝阳区", level: .district, parent: "北京市", en: "Chaoyang"))
        d.add(Scope(name: "德胜街道", level: .street, parent: "西城区", en: "Desheng", aliases: ["德胜"]))
        return d
    }()

    func testANameAfterItsParentsIsThatScope() {
        XCTAssertEqual(scopes.resolve("德胜")?.name, "德胜街道")
        XCTAssertEqual(scopes.resolve("北京市西城区")?.name, "西城区")
        XCTAssertEqual(scopes.resolve("北京市西城区德胜街道")?.name, "德胜街道")
        XCTAssertEqual(scopes.resolve("西城区 德胜")?.name, "德胜街道")
        XCTAssertEqual(scopes.resolve("北京市德胜街道")?.name, "德胜街道", "the city is above the street too")
        XCTAssertNil(scopes.resolve("朝阳区德胜街道"), "德胜街道 is not in 朝阳区")
        XCTAssertNil(scopes.resolve("西城区朝阳区"))
    }

    func testParentsMayBeAddedAfterTheirChildren() {
        var d = ScopeDirectory()
        d.add(Scope(name: "德胜街道", level: .street, parent: "西城区", en: "Desheng"))
        d.add(Scope(name: "西城区", level: .district, parent: "北京市", en: "Xicheng"))
        d.add(Scope(name: "北京市", level: .city, parent: nil, en: "Beijing"))
        XCTAssertEqual(d.resolve("北京市西城区德胜街道")?.name, "德胜街道")
        XCTAssertEqual(d.resolve("北京市西城区")?.name, "西城区")
    }

    func testTheSuggestionIsForThePartAfterTheParents() {
        XCTAssertEqual(scopes.suggestion(for: "北京市朝阳县"), "朝阳区")
        XCTAssertEqual(scopes.suggestion(for: "北京市西城区德盛街道"), "德胜街道")
        XCTAssertEqual(scopes.suggestion(for: "德盛街道"), "德胜街道")
    }
}
