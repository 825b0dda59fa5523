import Foundation
import TrackerInput

/// Builds small ZIP archives in tests: stored entries (or given compressed bytes), with the
/// damage a test needs (a wrong CRC, the encryption flag, another method). Also a minimal
/// workbook from sheet XML, for the cell shapes no fixture writer produces.
///
/// ```swift
/// let zip = TestZip.archive([("a.txt", Array("hi".utf8))])
/// let book = TestZip.workbook(sheets: [("Data", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>period</t></is></c></row>")])
/// ```
enum TestZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        var method = 0
        /// The bytes as stored; `data` itself when nil (stored).
        var stored: [UInt8]?
        var flags = 0
        var crc: UInt32?
    }

    static func archive(_ files: [(String, [UInt8])]) -> [UInt8] {
        archive(entries: files.map { Entry(name: $0.0, data: $0.1) })
    }

    static func archive(entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        func u16(_ v: Int, _ to: inout [UInt8]) { to += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int, _ to: inout [UInt8]) { u16(v & 0xFFFF, &to); u16(v >> 16 & 0xFFFF, &to) }
        for e in entries {
            let name = Array(e.name.utf8), body = e.stored ?? e.data
            let crc = Int(e.crc ?? CRC32.checksum(e.data))
            let offset = out.count
            u32(0x0403_4B50, &out); u16(20, &out); u16(e.flags, &out); u16(e.method, &out); u16(0, &out); u16(0x21, &out)
            u32(crc, &out); u32(body.count, &out); u32(e.data.count, &out); u16(name.count, &out); u16(0, &out)
            out += name + body
            u32(0x0201_4B50, &directory); u16(20, &directory); u16(20, &directory); u16(e.flags, &directory); u16(e.method, &directory)
            u16(0, &directory); u16(0x21, &directory); u32(crc, &directory); u32(body.count, &directory); u32(e.data.count, &directory)
            u16(name.count, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory); u16(0, &directory)
            u32(0, &directory); u32(offset, &directory)
            directory += name
        }
        let start = out.count
        out += directory
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(directory.count, &out); u32(start, &out); u16(0, &out)
        return out
    }

    /// A workbook of worksheets given as the XML inside `<sheetData>`, with optional shared
    /// strings (one starting with `<` is the raw content of its `<si>`), `cellXfs` number formats (custom ones from 164) and the 1904 date system.
    static func workbook(sheets: [(name: String, rows: String)], strings: [String] = [], formats: [Int] = [],
                         customFormats: [Int: String] = [:], date1904: Bool = false, hidden: Set<String> = []) -> Data {
        let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var files: [(String, [UInt8])] = []
        func add(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }
        add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        let sheetList = sheets.enumerated().map { i, s in
            "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\"\(hidden.contains(s.name) ? " state=\"hidden\"" : "") r:id=\"rId\(i + 1)\"/>"
        }.joined()
        add("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook \(ns)><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>")
        var rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        rels += "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/><Relationship Id=\"rIdY\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
        add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>")
        for (i, s) in sheets.enumerated() {
            add("xl/worksheets/sheet\(i + 1).xml", "<?xml version=\"1.0\"?><worksheet \(ns)><sheetData>\(s.rows)</sheetData></worksheet>")
        }
        add("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst \(ns)>" + strings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined() + "</sst>")
        let numFmts = customFormats.sorted { $0.key < $1.key }.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\($0.value.replacingOccurrences(of: "\"", with: "&quot;"))\"/>" }.joined()
        let xfs = ([0] + formats).map { "<xf numFmtId=\"\($0)\"/>" }.joined()
        add("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet \(ns)><numFmts>\(numFmts)</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs></styleSheet>")
        return Data(archive(files))
    }

    /// `<c r="A1" t="inlineStr"><is><t>text</t></is></c>`.
    static func text(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
    /// `<c r="A1" s="style"><v>value</v></c>`.
    static func number(_ ref: String, _ value: String, style: Int? = nil) -> String {
        "<c r=\"\(ref)\"\(style.map { " s=\"\($0)\"" } ?? "")><v>\(value)</v></c>"
    }
    static func row(_ number: Int, _ cells: String...) -> String { "<row r=\"\(number)\">" + cells.joined() + "</row>" }
}
