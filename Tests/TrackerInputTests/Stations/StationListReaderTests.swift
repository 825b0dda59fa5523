import Foundation
import TrackerInput
import TrackerModel
import XCTest
import TrackerTestSupport

/// The station list: names resolved with the scope catalog, every problem with its exact message.
final class StationListReaderTests: XCTestCase {
    private static let scopes: ScopeDirectory = {
        var reader = CatalogReader()
        let path = Fixtures.path("Targets/scopes.catalog")
        reader.read((try? String(contentsOfFile: path, encoding: .utf8)) ?? "", file: path)
        return reader.scopes
    }()

    private func read(_ text: String) -> (list: StationList, messages: [String]) {
        let (list, diagnostics) = StationListReader.read(text, file: "stations.csv", scopes: Self.scopes)
        return (list, diagnostics.map(\.description))
    }

    func testReadsStationsWithAliasesAndEmptyStreets() {
        let (list, messages) = read("""
            station,name_zh,street,district
            Guanyuan,官园,,西城区
            Wanshouxigong,万寿西宫,,西城
            Desheng,德胜,德胜,西城区
            Dongsi,东四,,东城区

            """)
        XCTAssertEqual(messages, [])
        XCTAssertEqual(list.stations.map(\.id), ["Guanyuan", "Wanshouxigong", "Desheng", "Dongsi"])
        XCTAssertEqual(list["Wanshouxigong"]?.district, "西城区", "alias 西城 → 西城区")
        XCTAssertEqual(list["Desheng"]?.street, "德胜街道", "alias 德胜 → 德胜街道")
        XCTAssertNil(list["Guanyuan"]?.street)
        XCTAssertEqual(list["Guanyuan"]?.nameZh, "官园")
        XCTAssertEqual(list["Dongsi"]?.source, SourceLocation(file: "stations.csv", line: 5))
        XCTAssertEqual(list.areas, ["西城区", "德胜街道", "东城区"])
        XCTAssertEqual(list.stations(in: "西城区").map(\.id), ["Guanyuan", "Wanshouxigong", "Desheng"])
        XCTAssertEqual(list.stations(in: "德胜街道").map(\.id), ["Desheng"])
    }

    func testColumnsInAnyOrder() {
        let (list, messages) = read("district,station,street,name_zh\n东城区,Tiantan,,天坛\n")
        XCTAssertEqual(messages, [])
        XCTAssertEqual(list["Tiantan"]?.nameZh, "天坛")
        XCTAssertEqual(list["Tiantan"]?.district, "东城区")
    }

    func testEveryRowProblemIsReportedWithItsPlaceAndFix() {
        let text = """
            station,name_zh,street,district
            Guanyuan,官园,,西成区
            Guanyuan,官园,,西城区
            Guanyuan,官园2,,西城区
            ,无名,,东城区
            Desheng,德胜,德生街道,西城区
            Desheng2,德胜,德胜街道,东城区
            Tiantan,天坛,,
            Dongsi,东四,东城区,东城区
            Street,街道,,德胜街道
            Short,短,东城区
            Nowhere,无处,,火星区
            """
        let (list, messages) = read(text)
        XCTAssertPlaces(StationListReader.read(text, file: "stations.csv", scopes: Self.scopes).diagnostics, [
            .init(.stationUnknownScope, 2, 14), .init(.stationListedTwice, 4, 1), .init(.stationIDEmpty, 5, 1),
            .init(.stationUnknownScope, 6, 12), .init(.streetOutsideDistrict, 7, 13), .init(.stationDistrictEmpty, 8, 13),
            .init(.stationScopeWrongLevel, 9, 11), .init(.stationScopeWrongLevel, 10, 12), .init(.stationRowFieldCount, 11, 1),
            .init(.stationUnknownScope, 12, 13),
        ])
        XCTAssertEqual(messages, [
            "stations.csv:2:14: error: unknown district `西成区`; did you mean `西城区`?",
            "stations.csv:4:1: error: station `Guanyuan` is listed twice (first on line 3); keep one row per station",
            "stations.csv:5:1: error: the station id is empty; write the id as the hourly files spell it in their `station` column",
            "stations.csv:6:12: error: unknown street `德生街道`; did you mean `德胜街道`?",
            "stations.csv:7:13: error: street `德胜街道` is in 西城区, not in 东城区; correct the street or the district",
            "stations.csv:8:13: error: the district is empty; name the station's district as the plans print it, e.g. 西城区",
            "stations.csv:9:11: error: `东城区` is a district, not a street; leave `street` empty or name a street",
            "stations.csv:10:12: error: `德胜街道` is a street, not a district; put the station's district in the `district` column",
            "stations.csv:11:1: error: the row has 3 fields but the header has 4; check for a missing or extra comma",
            "stations.csv:12:13: error: unknown district `火星区`; use a district name of the scope catalog (Targets/scopes.catalog)",
        ])
        XCTAssertEqual(list.stations.map(\.id), ["Guanyuan"], "only the good row is kept")
    }

    func testWrongHeaderOrEmptyFile() {
        XCTAssertEqual(read("id,name,district\nGuanyuan,官园,西城区\n").messages, [
            "stations.csv:1:1: error: the header is `id,name,district`; a station list needs at least the columns `station` and `district` (in full: `station,name_zh,street,district`, optionally `national_code` and `type`); write that header line (street may be left empty in the rows)",
        ])
        XCTAssertEqual(read("").messages, [
            "stations.csv:1:1: error: the station list is empty; start it with the header `station,name_zh,street,district`",
        ])
        XCTAssertEqual(read("station,name_zh,street,district\n").messages, [
            "stations.csv:1:1: error: the station list has no stations; add one row per station below the header",
        ])
    }

    func testTheSampleListReadsCleanly() {
        let path = Fixtures.path("Samples/beijing-multisite-stations.csv")
        let (list, diagnostics) = StationListReader.read(fileAt: path, scopes: Self.scopes)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(list.stations.map(\.id), ["Guanyuan", "Wanshouxigong", "Dongsi", "Tiantan"])
        XCTAssertEqual(list.stations(in: "西城区").map(\.nameZh), ["官园", "万寿西宫"])
        XCTAssertEqual(list.stations(in: "东城区").map(\.nameZh), ["东四", "天坛"])
    }

    /// The national list (../shared/data/beijing-native/stations.csv, cut to five stations):
    /// Chinese names as ids, national codes, other ids, station types, and 亦庄's two districts.
    func testTheNationalListWithCodesTypesAndTwoDistricts() throws {
        let (list, messages) = read("""
            station,station_id_kdd,national_code,full_name,district,lon,lat,type_kdd,type_en
            东四,dongsi_aq,1003A,东城东四,东城区,116.417,39.929,城区,Urban
            亦庄,yizhuang_aq,,亦庄开发区,大兴区(北京经济技术开发区),116.506,39.795,郊区,Suburban
            定陵,dingling_aq,1002A,昌平定陵,昌平区,116.22,40.292,对照点及区域点,Background
            西直门北,xizhimenbei_aq,,西直门北大街交通点,西城区(?海淀区边界),116.349,39.954,交通污染监控点,Traffic

            """)
        XCTAssertEqual(messages, [])
        XCTAssertEqual(list.stations.map(\.kind), [.urban, .suburban, .background, .traffic])
        XCTAssertEqual(list["亦庄"]?.areas, ["大兴区", "北京经济技术开发区"])
        XCTAssertEqual(list["西直门北"]?.areas, ["西城区"], "a bracket that is not a district is a remark")
        XCTAssertEqual(list.index(of: "1003A"), 0, "by national code (china_sites files)")
        XCTAssertEqual(list.index(of: "dongsi_aq"), 0, "by another id (UTC long files)")
        XCTAssertEqual(list["东四"]?.nameZh, "东四")
        XCTAssertEqual(list["东四"]?.code, "1003A")
        XCTAssertNil(list["亦庄"]?.code)
    }

    func testAnUnknownStationTypeIsAnError() {
        XCTAssertEqual(read("station,district,type\n东四,东城区,市区\n").messages, [
            "stations.csv:2:8: error: unknown station type `市区`; write 城区, 郊区, 交通污染监控点 or 对照点及区域点 (Urban, Suburban, Traffic, Background)",
        ])
    }

    func testTheRealNationalListReadsWhole() throws {
        let path = Fixtures.shared.appendingPathComponent("data/beijing-native/stations.csv").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("shared data not present at \(path)") }
        let (list, diagnostics) = StationListReader.read(fileAt: path, scopes: Self.scopes)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(list.stations.count, 35)
        XCTAssertEqual(list.stations.filter { $0.kind.isAssessment }.count, 23)
        XCTAssertEqual(list.stations.filter { $0.kind == .traffic }.count, 5)
        XCTAssertEqual(list.stations.filter { $0.kind == .background }.count, 7)
    }
}
