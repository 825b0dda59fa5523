import Foundation
@testable import TrackerEvaluation
import TrackerInput
import TrackerModel
@testable import TrackerRendering
import TrackerTestSupport
import XCTest

/// The scorecard workbook, read back by the project's own reader: its sheets, that every cell
/// says what the text scorecard says, numbers stored as numbers, verdict fills, the frozen
/// header, and the same bytes every time.
final class ScorecardWorkbookTests: XCTestCase {
    /// The bundled Xicheng 2025 plan against its synthetic sample, as of September (provisional:
    /// every verdict family appears).
    static let card: Scorecard = {
        let loaded = TargetLoader.load(paths: [Fixtures.targets]).set
        let plan = loaded.plan("xicheng-2025")!
        let (data, _) = MeasurementReader.read(files: [Fixtures.path("Samples/xicheng-2025-synthetic.csv")],
                                               indicators: loaded.indicators, scopes: loaded.scopes,
                                               period: Period(first: YearMonth(2024, 1), last: YearMonth(2025, 12)))
        return Evaluator.evaluate(plan: plan, in: loaded, data: data, asOf: YearMonth(2025, 9))
    }()

    private func part(_ bytes: Data, _ name: String) throws -> String {
        var budget = Int.max
        return String(decoding: try ZipArchive([UInt8](bytes)).contents(of: name, limits: .standard, budget: &budget), as: UTF8.self)
    }

    func testSheetsAreTheSummaryAndOnePerScopeLevel() throws {
        let book = try Workbook(ScorecardWorkbook.xlsx(Self.card))
        XCTAssertEqual(book.sheets.map(\.name), ["summary", "district", "street"])
        XCTAssertEqual(ScorecardWorkbook.sheetNames(Self.card), ["summary", "district", "street"])
        let summary = try book.grid(of: book.sheets[0]).records.map { $0.fields.map(\.text) }
        XCTAssertEqual(summary[0].prefix(2), ["field", "value"])
        XCTAssertEqual(summary[4].prefix(2), ["as of", "2025-09"])
        XCTAssertTrue(summary.contains { $0.prefix(2) == ["rows read", String(Self.card.rowsRead)] })
        for (verdict, count) in Self.card.summary {
            XCTAssertTrue(summary.contains { $0 == [verdict.label, String(count), verdict.zh] }, "\(verdict) counted")
        }
    }

    /// `--lang zh`: Chinese sheet names, headers and labels; the same numbers.
    func testTheChineseWorkbook() throws {
        let book = try Workbook(ScorecardWorkbook.xlsx(Self.card, in: .zh))
        XCTAssertEqual(book.sheets.map(\.name), ["概况", "区级", "街道"])
        let summary = try book.grid(of: book.sheets[0]).records.map { $0.fields.map(\.text) }
        XCTAssertEqual(summary[0].prefix(2), ["项目", "内容"])
        XCTAssertEqual(summary[4].prefix(2), ["截至", "2025-09"])
        for (verdict, count) in Self.card.summary {
            XCTAssertTrue(summary.contains { $0.prefix(2) == [ScorecardWording.verdict(verdict, in: .zh), String(count)] }, "\(verdict) counted")
        }
        let district = try book.grid(of: book.sheets[1]).records.map { $0.fields.map(\.text) }
        XCTAssertEqual(district[0], ["范围", "指标", "实测", "目标", "单位", "差距", "判定", "有效天数", "余下须", "说明", "出处",
                                     "指标代码", "实测（未修约）"])
        let english = try Workbook(ScorecardWorkbook.xlsx(Self.card)).grid(of: book.sheets[1]).records.map { $0.fields.map(\.text) }
        for (zh, en) in zip(district.dropFirst(), english.dropFirst()) {
            XCTAssertEqual(zh[2], en[2], "the observed value")
            XCTAssertEqual(zh.last, en.last, "the unrounded value")
        }
    }

    func testEveryCellReadsBackAsTheTextScorecardShowsIt() throws {
        let book = try Workbook(ScorecardWorkbook.xlsx(Self.card))
        for (sheet, level) in [(book.sheets[1], ScopeLevel.district), (book.sheets[2], .street)] {
            let records = try book.grid(of: sheet).records.map { $0.fields.map(\.text) }
            XCTAssertEqual(records[0], ScorecardWorkbook.levelHeader)
            let rows = Self.card.rows.filter { $0.target.scopeLevel == level }
            XCTAssertEqual(records.count - 1, rows.count)
            for (cells, r) in zip(records.dropFirst(), rows) {
                XCTAssertEqual(cells[0], r.scope)
                XCTAssertEqual(cells[1], r.indicatorZh)
                XCTAssertEqual(Double(cells[2]), Double(ScorecardText.observed(r)), "\(r.scope) \(r.indicator) observed")
                XCTAssertEqual(cells[3], ScorecardText.target(r))
                XCTAssertEqual(cells[4], r.unit.symbol)
                XCTAssertEqual(Double(cells[5]), Double(ScorecardText.margin(r)))
                XCTAssertEqual(cells[6], r.verdict.label)
                XCTAssertEqual(cells[7], r.verdict.zh)
                XCTAssertEqual(cells[8], r.validDays.map(String.init) ?? "")
                XCTAssertEqual(cells[9], r.requiredRest.map { ScorecardWording.requiredRest($0) } ?? "")
                XCTAssertEqual(cells[10], ScorecardWording.notes(r).joined(separator: "; "))
                XCTAssertEqual(cells[11], ScorecardText.source(r))
                XCTAssertEqual(cells[12], r.indicator)
                XCTAssertEqual(Double(cells[13]), r.observed)
            }
        }
    }

    /// 同比 comes last, as numbers (the change to 0.1 %, last year's value at that year's precision),
    /// only on the sheets of a level where some row has it; empty where a row has none.
    func testYearOnYearColumnsComeLastWhenTheDataHoldLastYear() throws {
        var card = Self.card
        let i = card.rows.firstIndex { $0.target.scopeLevel == .district && $0.observed != nil }!
        card.rows[i].yearOnYear = YearOnYearChange(lastYear: 82.6, lastYearDisplayed: 83, lastYearDecimals: 0, displayed: 78,
                                                   decimals: 0, from: YearMonth(2024, 1), to: YearMonth(2024, 9), changePercent: -6.0)
        for (language, names) in [(Language.en, ["y/y (%)", "last year"]), (.zh, ["同比（%）", "上年同期"])] {
            let book = try Workbook(ScorecardWorkbook.xlsx(card, in: language))
            let district = try book.grid(of: book.sheets[1]).records.map { $0.fields.map(\.text) }
            XCTAssertEqual(Array(district[0].suffix(2)), names)
            let rowIndex = card.rows.filter { $0.target.scopeLevel == .district }.firstIndex { $0 == card.rows[i] }! + 1
            XCTAssertEqual(Array(district[rowIndex].suffix(2)).map { Double($0) }, [-6.0, 83])
            XCTAssertTrue(district.dropFirst().contains { $0.count < district[0].count || $0.suffix(2) == ["", ""] }, "rows without 同比 are empty")
            let street = try book.grid(of: book.sheets[2]).records.map { $0.fields.map(\.text) }
            XCTAssertFalse(street[0].contains(names[0]), "no 同比 column where no row has one")
        }
        let xml = try part(ScorecardWorkbook.xlsx(card), "xl/worksheets/sheet2.xml")
        XCTAssertTrue(xml.contains("s=\"\(WorkbookStyles.signed(1))\"><v>-6</v>") || xml.contains("s=\"\(WorkbookStyles.signed(1))\"><v>-6.0</v>"), "the change is a signed number")
    }

    func testNumbersAreNumbersAndVerdictsHaveAFillAndTheirText() throws {
        let bytes = ScorecardWorkbook.xlsx(Self.card)
        let district = try part(bytes, "xl/worksheets/sheet2.xml")
        let first = Self.card.rows.first { $0.target.scopeLevel == .district }!
        // Observed and margin: a `<v>` number with a format of the shown decimals, no string type.
        XCTAssertTrue(district.contains("<c r=\"C2\" s=\"\(WorkbookStyles.fixed(first.precision))\"><v>\(ScorecardText.observed(first))</v></c>"), district)
        XCTAssertTrue(district.contains("<c r=\"G2\" s=\"\(WorkbookStyles.verdict(first.verdict))\" t=\"inlineStr\"><is><t>\(first.verdict.label)</t></is></c>"))
        let styles = try part(bytes, "xl/styles.xml")
        for rgb in ["FFC6EFCE", "FFFFEB9C", "FFFFC7CE", "FFEDEDED"] { XCTAssertTrue(styles.contains("<fgColor rgb=\"\(rgb)\"/>"), rgb) }
        XCTAssertTrue(styles.contains("formatCode=\"+0.0;-0.0;0.0\""))
        let verdicts = Set(Self.card.rows.map { WorkbookStyles.verdict($0.verdict) })
        XCTAssertEqual(verdicts.count, 4, "green, amber, red and grey all occur as of September")
    }

    func testHeaderRowIsFrozenAndFilteredAndColumnsFitted() throws {
        let street = try part(ScorecardWorkbook.xlsx(Self.card), "xl/worksheets/sheet3.xml")
        XCTAssertTrue(street.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        XCTAssertTrue(street.contains("<autoFilter ref=\"A1:N\(Self.card.rows.filter { $0.target.scopeLevel == .street }.count + 1)\"/>"))
        // The widest street name (西长安街街道, 12 columns: CJK counts double), plus 3 for the filter button.
        let widest = Self.card.rows.filter { $0.target.scopeLevel == .street }.map { DisplayWidth.of($0.scope) }.max()!
        XCTAssertEqual(widest, 12)
        XCTAssertTrue(street.contains("<col min=\"1\" max=\"1\" width=\"\(Double(widest + 3))\" customWidth=\"1\"/>"), street)
    }

    func testTheSameScorecardGivesTheSameBytes() throws {
        let a = ScorecardWorkbook.xlsx(Self.card), b = ScorecardWorkbook.xlsx(Self.card)
        XCTAssertEqual(a, b)
        // Local header: the modification time and date are MS-DOS 1980-01-01 00:00.
        XCTAssertEqual([UInt8](a[10..<14]), [0, 0, 0x21, 0])
        XCTAssertTrue(try part(a, "docProps/core.xml").contains("1980-01-01T00:00:00Z"))
    }

    func testHostileTextStaysText() throws {
        let card = ReportCards.hostileCard()
        let book = try Workbook(ScorecardWorkbook.xlsx(card))
        let texts = try book.sheets.flatMap { try book.grid(of: $0).rows.flatMap { $0.cells.map(\.text) } }
        for r in card.rows {
            XCTAssertTrue(texts.contains(r.scope), r.scope)
            if !r.notes.isEmpty { XCTAssertTrue(texts.contains(ScorecardWording.notes(r).joined(separator: "; "))) }
        }
    }

    func testSheetNamesFollowExcelsRules() {
        XCTAssertEqual(WorkbookPackage.sheetName("a/b[c]:d*e?f\\g", taken: []), "abcdefg")
        XCTAssertEqual(WorkbookPackage.sheetName(String(repeating: "长", count: 40), taken: []).count, 31)
        XCTAssertEqual(WorkbookPackage.sheetName("Street", taken: ["street"]), "Street (2)")
        XCTAssertEqual(WorkbookPackage.sheetName("", taken: []), "Sheet")
    }

    func testXMLTextDropsWhatXMLCannotCarry() {
        XCTAssertEqual(XMLText.escape("a<b & \"c\"\u{1}\td"), "a&lt;b &amp; &quot;c&quot;\td")
    }
}
