import Foundation

/// An .xlsx workbook opened for reading cells: the ZIP container, the workbook part found
/// through the package relationships, its sheets in tab order, shared strings, cell styles and
/// date system. Parts are unpacked on demand, within `ZipLimits`, and all of one workbook's
/// parts share one budget.
///
/// Reads Office Open XML as Excel, WPS and LibreOffice save it (transitional and strict).
///
/// ```swift
/// let workbook = try Workbook(data, limits: .standard)
/// workbook.sheets.map(\.name)                    // ["说明", "月度数据"]
/// let grid = try workbook.grid(of: workbook.sheets[1])
/// grid.records.map { $0.fields.map(\.text) }     // the rows, as a CSV export would hold them
/// ```
public final class Workbook {
    public struct Sheet: Hashable, Sendable {
        public var name: String
        /// 1-based tab position.
        public var number: Int
        public var hidden: Bool
        /// The part holding the cells; nil for a chart sheet.
        public var part: String?
    }

    public let sheets: [Sheet]
    public let uses1904Dates: Bool
    private let archive: ZipArchive
    private let limits: ZipLimits
    private var budget: Int
    private var strings: SharedStrings?
    private var styles: CellStyles?
    private let stringsPart: String?
    private let stylesPart: String?

    public init(_ data: Data, limits: ZipLimits = .standard) throws(WorkbookError) {
        archive = try ZipArchive([UInt8](data))
        self.limits = limits
        // Other formats in a ZIP get their own sentence rather than "not a workbook".
        if archive.entry("mimetype") != nil && archive.entry("content.xml") != nil { throw .openDocument }
        var remaining = limits.maxTotalBytes
        var workbookPart = "xl/workbook.xml"
        if archive.entry("_rels/.rels") != nil {
            let rels = try Relationships.read(try archive.contents(of: "_rels/.rels", limits: limits, budget: &remaining),
                                              part: "_rels/.rels", base: "")
            if let target = rels.target(type: "officeDocument") { workbookPart = target }
        }
        if workbookPart.lowercased().hasSuffix(".bin") || archive.entry("xl/workbook.bin") != nil { throw .binaryWorkbook }
        guard archive.entry(workbookPart) != nil else { throw .notASpreadsheet }
        let part = try WorkbookPart.read(try archive.contents(of: workbookPart, limits: limits, budget: &remaining), part: workbookPart)
        let relsName = Relationships.partName(for: workbookPart)
        let rels = archive.entry(relsName) == nil ? Relationships()
            : try Relationships.read(try archive.contents(of: relsName, limits: limits, budget: &remaining),
                                     part: relsName, base: Relationships.folder(of: workbookPart))
        sheets = part.sheets.enumerated().map { index, entry in
            let relationship = rels.relationship(id: entry.relationshipID)
            return Sheet(name: entry.name, number: index + 1, hidden: entry.hidden,
                         part: relationship?.type == "worksheet" ? relationship?.target : nil)
        }
        uses1904Dates = part.uses1904Dates
        stringsPart = rels.target(type: "sharedStrings")
        stylesPart = rels.target(type: "styles")
        budget = remaining
        guard !sheets.isEmpty else { throw .noWorksheets }
    }

    /// The sheet's filled cells; `headerOnly` stops after its first filled row, `filledRows` after
    /// that many (the rows a header is searched in).
    public func grid(of sheet: Sheet, headerOnly: Bool = false, filledRows: Int? = nil) throws(WorkbookError) -> SheetGrid {
        guard let part = sheet.part else { throw .notAWorksheet(sheet.name) }
        let reader = SheetReader(sheet: sheet.name, strings: try sharedStrings(), styles: try cellStyles(), uses1904: uses1904Dates)
        return try reader.read(try unpacked(part), part: part, headerOnly: headerOnly, filledRows: filledRows)
    }

    /// The last sheet unpacked is kept: the sheet whose header matched is read again in full
    /// right after, and should neither be unpacked nor charged to the budget twice.
    private var lastSheet: (part: String, bytes: [UInt8])?

    private func unpacked(_ part: String) throws(WorkbookError) -> [UInt8] {
        if let lastSheet, lastSheet.part == part { return lastSheet.bytes }
        lastSheet = nil
        let bytes = try archive.contents(of: part, limits: limits, budget: &budget)
        lastSheet = (part, bytes)
        return bytes
    }

    private func sharedStrings() throws(WorkbookError) -> SharedStrings {
        if let strings { return strings }
        var loaded = SharedStrings()
        if let stringsPart, archive.entry(stringsPart) != nil {
            loaded = try SharedStrings.read(try archive.contents(of: stringsPart, limits: limits, budget: &budget), part: stringsPart)
        }
        strings = loaded
        return loaded
    }

    private func cellStyles() throws(WorkbookError) -> CellStyles {
        if let styles { return styles }
        var loaded = CellStyles()
        if let stylesPart, archive.entry(stylesPart) != nil {
            loaded = try CellStyles.read(try archive.contents(of: stylesPart, limits: limits, budget: &budget), part: stylesPart)
        }
        styles = loaded
        return loaded
    }
}
