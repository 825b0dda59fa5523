import XCTest
import TrackerInput
import TrackerModel
import TrackerTestSupport

/// Issue 18, one indicator per concept: `targets check` warns about look-alike indicators, and the
/// bundled catalog links or separates every such pair (the charging-radius triple by `concept`).
final class IndicatorLintTests: XCTestCase {
    func catalog(_ text: String) -> CatalogReader {
        var reader = CatalogReader()
        reader.read(text, file: "local.catalog")
        return reader
    }

    static let entries = """
        [indicator radius]
        zh         公共充电设施平均服务半径
        en         Radius
        unit       km
        polarity   lower
        kind       reported
        precision  2

        [indicator radius_core]
        zh         核心区公共充电设施平均服务半径
        en         Radius, core area
        unit       km
        polarity   lower
        kind       reported
        precision  2

        """

    func testALookAlikePairIsReportedWithItsPlaceAndFix() {
        let reader = catalog(Self.entries)
        let found = IndicatorLint.lookAlikes(reader.indicators, at: { reader.locations[$0] })
        XCTAssertEqual(found.map(\.description), [
            "local.catalog:9:1: warning: `radius_core` (核心区公共充电设施平均服务半径) and `radius` (公共充电设施平均服务半径) look like one concept under two ids, so a diff across plans cannot link their targets; merge them, link them with the same `concept`, or write `distinct radius` in `[indicator radius_core]` when they measure different things",
        ])
        XCTAssertEqual(found.first?.code, .lookAlikeIndicators)
    }

    func testAConceptOrADistinctMarkSettlesThePair() {
        let linked = catalog(Self.entries.replacingOccurrences(of: "precision  2\n", with: "precision  2\nconcept    charging_radius\n"))
        XCTAssertEqual(IndicatorLint.lookAlikes(linked.indicators, at: { _ in nil }).count, 0)
        // `distinct` on the longer one says they measure different things.
        let text = Self.entries.replacingOccurrences(of: "en         Radius, core area\n", with: "en         Radius, core area\ndistinct   radius\n")
        XCTAssertEqual(IndicatorLint.lookAlikes(catalog(text).indicators, at: { _ in nil }).count, 0)
        XCTAssertEqual(IndicatorLint.lookAlikes(catalog(Self.entries).indicators, at: { _ in nil }).count, 1, "unmarked: reported")
    }

    func testTheBundledCatalogHasNoUnlinkedLookAlikesAndTheRadiusTripleIsOneConcept() {
        let loaded = TargetLoader.load(paths: [Fixtures.path("Targets")])
        XCTAssertEqual(loaded.diagnostics.filter { $0.code == .lookAlikeIndicators }.map(\.description), [])
        let concepts = Set(["public_charging_service_radius", "public_charging_radius_core", "charging_service_radius"]
            .map { loaded.set.indicators[$0]?.concept })
        XCTAssertEqual(concepts, ["public_charging_radius"])
    }
}
