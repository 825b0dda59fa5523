import Foundation
import TrackerInput
import TrackerModel
import XCTest
import TrackerTestSupport

/// Files that are not readable workbooks get one sentence saying what to do; damaged ZIPs and
/// ZIP bombs are refused without exhausting memory.
final class WorkbookRefusalTests: XCTestCase {
    private func problems(_ data: Data, _ file: String) -> [String] {
        MeasurementReader.read(data, file: file, indicators: MeasurementTestSupport.targets.indicators,
                               scopes: MeasurementTestSupport.targets.scopes).diagnostics.map(\.description)
    }

    private func fixture(_ name: String) throws -> [String] {
        problems(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/workbooks/" + name))), name)
    }

    func testLegacyEncryptedAndFakeWorkbooks() throws {
        XCTAssertEqual(try fixture("legacy.xls"), [
            "error: legacy.xls is an Excel 97–2003 workbook (.xls), which cannot be read; open it in Excel, WPS or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV UTF-8",
        ])
        XCTAssertEqual(try fixture("encrypted.xlsx"), [
            "error: encrypted.xlsx is protected with a password (encrypted), so its cells cannot be read; open it with the password and save a copy without one (File › Info › Protect Workbook › Encrypt with Password, cleared)",
        ])
        XCTAssertEqual(try fixture("text-named.xlsx"), [
            "error: text-named.xlsx is not an Excel workbook: it is neither a ZIP (.xlsx) nor an OLE2 (.xls) file, perhaps a web page or text saved under a workbook name; open it in Excel, WPS or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV UTF-8",
        ])
    }

    func testAZipBombIsRefusedAtTheLimit() throws {
        XCTAssertEqual(try fixture("bomb.xlsx"), [
            "error: bomb.xlsx is refused: its part xl/worksheets/sheet1.xml unpacks to more than 4 MiB (a ZIP bomb, or far more cells than a measurement sheet holds); copy the measurement table to a new workbook, or save it as CSV UTF-8",
        ])
        // The same bomb is fine under limits that allow it: the refusal is the limit, not damage.
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/workbooks/bomb.xlsx")))
        let roomy = ZipLimits(maxEntryBytes: 64 << 20, maxRatio: 2000, ratioFloor: 1 << 20, maxTotalBytes: 64 << 20)
        let book = try Workbook(data, limits: roomy)
        XCTAssertEqual(try book.grid(of: book.sheets[0]).rows.count, 261)
        // A total budget smaller than the parts together.
        let tight = ZipLimits(maxEntryBytes: 64 << 20, maxRatio: 2000, ratioFloor: 1 << 20, maxTotalBytes: 4 << 20)
        XCTAssertThrowsError(try Workbook(data, limits: tight).grid(of: book.sheets[0]))
    }

    func testOtherContainers() {
        let ods = Data(TestZip.archive([("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", [])]))
        XCTAssertEqual(problems(ods, "a.ods").first?.hasPrefix("error: a.ods is an OpenDocument spreadsheet (.ods), which cannot be read;"), true)
        let docx = Data(TestZip.archive([("word/document.xml", Array("<w/>".utf8))]))
        XCTAssertEqual(problems(docx, "a.xlsx").first?.hasPrefix("error: a.xlsx is a ZIP archive but not an Excel workbook"), true)
        let xlsb = Data(TestZip.archive([("xl/workbook.bin", [1, 2, 3])]))
        XCTAssertEqual(problems(xlsb, "a.xlsb").first?.hasPrefix("error: a.xlsb is an Excel binary workbook (.xlsb)"), true)
    }

    /// The readers throw what is wrong as values (which part, which inflate error); the code and
    /// the words are given where the reader reports, so a program can tell the cases apart.
    func testRefusalsAreTypedUntilReported() {
        func refusal(_ bytes: [UInt8]) -> WorkbookError? {
            do { _ = try Workbook(Data(bytes)); return nil } catch { return error }
        }
        let good = TestZip.workbook(sheets: [("S", "")])
        XCTAssertEqual(refusal(Array(good.prefix(good.count - 30))), .damaged(.directoryMissing))
        XCTAssertEqual(refusal(TestZip.archive(entries: [.init(name: "xl/workbook.xml", data: Array("<workbook/>".utf8), crc: 1)])),
                       .damaged(.checksum(entry: "xl/workbook.xml")))
        XCTAssertEqual(refusal(TestZip.archive(entries: [.init(name: "xl/workbook.xml", data: [0x07], method: 8)])),
                       .damaged(.cannotUnpack(entry: "xl/workbook.xml", .badBlockType)))
        XCTAssertEqual(refusal(TestZip.archive([("xl/workbook.xml", Array("<workbook><sheets/></workbook>".utf8))])), .noWorksheets)

        let reported = WorkbookError.damaged(.cannotUnpack(entry: "xl/workbook.xml", .badBlockType)).diagnostic(file: "z.xlsx")
        XCTAssertEqual(reported.code, .damagedWorkbook)
        XCTAssertEqual(reported.description,
            "error: z.xlsx is damaged: the ZIP entry xl/workbook.xml cannot be unpacked (the compressed data uses the reserved block type 3); open it in Excel, WPS or LibreOffice (which may repair it) and save it again as .xlsx")
        XCTAssertEqual([WorkbookError.legacyXLS, .encryptedEntry("x"), .tooWide(sheet: "S", cell: "XFD1"), .noSuchSheet("3", available: [])].map(\.code),
                       [.legacyXLS, .encryptedWorkbook, .sheetTooWide, .noSuchSheet])
    }

    func testDamagedArchives() {
        let good = TestZip.workbook(sheets: [("S", "")])
        XCTAssertEqual(problems(good.prefix(good.count - 30), "cut.xlsx"), [
            "error: cut.xlsx is damaged: its ZIP directory is missing (the file may be cut short); open it in Excel, WPS or LibreOffice (which may repair it) and save it again as .xlsx",
        ])
        let badCRC = Data(TestZip.archive(entries: [.init(name: "xl/workbook.xml", data: Array("<workbook/>".utf8), crc: 1)]))
        XCTAssertEqual(problems(badCRC, "crc.xlsx").first?.hasPrefix("error: crc.xlsx is damaged: the ZIP entry xl/workbook.xml fails its checksum;"), true)
        let encrypted = Data(TestZip.archive(entries: [.init(name: "xl/workbook.xml", data: Array("<workbook/>".utf8), flags: 1)]))
        XCTAssertEqual(problems(encrypted, "e.xlsx").first?.hasPrefix("error: e.xlsx is encrypted (its part xl/workbook.xml needs a password)"), true)
        let bzip2 = Data(TestZip.archive(entries: [.init(name: "xl/workbook.xml", data: Array("<workbook/>".utf8), method: 12)]))
        XCTAssertEqual(problems(bzip2, "m.xlsx").first?.hasPrefix("error: m.xlsx uses compression method 12 for xl/workbook.xml"), true)
        let notXML = Data(TestZip.archive([("xl/workbook.xml", Array("<workbook><sheets>".utf8))]))
        XCTAssertEqual(problems(notXML, "x.xlsx").first?.hasPrefix("error: x.xlsx is damaged: its part xl/workbook.xml is not well-formed XML"), true, problems(notXML, "x.xlsx").description)
        let doctype = Data(TestZip.archive([("xl/workbook.xml", Array("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><workbook/>".utf8))]))
        XCTAssertEqual(problems(doctype, "d.xlsx").first?.hasPrefix("error: d.xlsx is damaged: its part xl/workbook.xml declares a document type"), true)
        let noSheets = Data(TestZip.archive([("xl/workbook.xml", Array("<workbook><sheets/></workbook>".utf8))]))
        XCTAssertEqual(problems(noSheets, "n.xlsx").first?.hasPrefix("error: n.xlsx has no worksheets;"), true)
    }

    func testDeflatedEntriesAndTheirDeclaredSize() throws {
        let sheet = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/workbooks/deflate/sheet.xml")))
        let level9 = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/workbooks/deflate/sheet.level9.deflate")))
        let zip = try ZipArchive(TestZip.archive(entries: [.init(name: "a.xml", data: [UInt8](sheet), method: 8, stored: [UInt8](level9))]))
        var budget = Int.max
        XCTAssertEqual(try zip.contents(of: "/A.XML", limits: .standard, budget: &budget), [UInt8](sheet), "part names ignore case and a leading /")
        XCTAssertEqual(budget, Int.max - sheet.count)
        var small = 1000
        XCTAssertThrowsError(try zip.contents(of: "a.xml", limits: .standard, budget: &small)) {
            XCTAssertEqual($0 as? WorkbookError, .tooLarge(entry: "a.xml", limit: 1000), "a declared size over the limit is refused before unpacking")
        }
    }
}
