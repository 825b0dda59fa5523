import TrackerModel

// The edge where a refused workbook becomes a diagnostic: its code, its sentence and its fix.
// The readers below (ZIP, inflater, SpreadsheetML) only throw typed values.
extension WorkbookError {
    /// The diagnostic code of this refusal.
    public var code: DiagnosticCode {
        switch self {
        case .notAWorkbook: .notAWorkbook
        case .legacyXLS: .legacyXLS
        case .encrypted, .encryptedEntry: .encryptedWorkbook
        case .binaryWorkbook: .binaryWorkbook
        case .openDocument: .openDocument
        case .notASpreadsheet: .notASpreadsheet
        case .damaged: .damagedWorkbook
        case .unsupportedCompression: .unsupportedCompression
        case .tooLarge: .workbookPartTooLarge
        case .missingPart: .missingWorkbookPart
        case .noWorksheets: .noWorksheets
        case .noSuchSheet: .noSuchSheet
        case .notAWorksheet: .notAWorksheet
        case .noMatchingSheet: .noMatchingSheet
        case .tooManyCells: .tooManyCells
        case .tooWide: .sheetTooWide
        }
    }

    /// What is wrong, as the rest of a sentence that starts with the file's name.
    public var message: String {
        switch self {
        case .notAWorkbook:
            "is not an Excel workbook: it is neither a ZIP (.xlsx) nor an OLE2 (.xls) file, perhaps a web page or text saved under a workbook name"
        case .legacyXLS:
            "is an Excel 97–2003 workbook (.xls), which cannot be read"
        case .encrypted:
            "is protected with a password (encrypted), so its cells cannot be read"
        case .encryptedEntry(let name):
            "is encrypted (its part \(name) needs a password), so its cells cannot be read"
        case .binaryWorkbook:
            "is an Excel binary workbook (.xlsb), which cannot be read"
        case .openDocument:
            "is an OpenDocument spreadsheet (.ods), which cannot be read"
        case .notASpreadsheet:
            "is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml)"
        case .damaged(let detail):
            "is damaged: \(detail.description)"
        case .unsupportedCompression(let entry, let method):
            "uses compression method \(method) for \(entry); only stored and deflated parts can be read"
        case .tooLarge(let entry, let limit):
            "is refused: its part \(entry) unpacks to more than \(WorkbookError.size(limit)) (a ZIP bomb, or far more cells than a measurement sheet holds)"
        case .missingPart(let name):
            "is incomplete: the part \(name) it refers to is missing"
        case .noWorksheets:
            "has no worksheets"
        case .noSuchSheet(let name, let available):
            "has no sheet `\(name)` (sheets: \(WorkbookError.list(available)))"
        case .notAWorksheet(let name):
            "has a chart, not cells, on sheet `\(name)`"
        case .noMatchingSheet(let available):
            "has no sheet that starts with a measurement header row (sheets: \(WorkbookError.list(available)))"
        case .tooManyCells(let sheet, let limit):
            "has more than \(limit) filled cells on sheet `\(sheet)`, far more than a measurement sheet holds"
        case .tooWide(let sheet, let cell):
            "has a filled cell as far right as \(cell) on sheet `\(sheet)`, which would make every row of the table that wide"
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .notAWorkbook, .legacyXLS, .binaryWorkbook, .openDocument:
            "open it in Excel, WPS or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV UTF-8"
        case .encrypted, .encryptedEntry:
            "open it with the password and save a copy without one (File › Info › Protect Workbook › Encrypt with Password, cleared)"
        case .notASpreadsheet:
            "give the .xlsx file itself, or the CSV file"
        case .damaged, .missingPart:
            "open it in Excel, WPS or LibreOffice (which may repair it) and save it again as .xlsx"
        case .unsupportedCompression:
            "save it again from Excel, WPS or LibreOffice, which write deflated parts"
        case .tooLarge, .tooManyCells:
            "copy the measurement table to a new workbook, or save it as CSV UTF-8"
        case .tooWide:
            "delete the stray cells to the right of the table (select the columns, Delete), or copy the table to a new workbook"
        case .noWorksheets, .notAWorksheet:
            "choose a sheet with the measurement table with `--sheet NAME` or `--sheet N`"
        case .noSuchSheet:
            "give one of the names, or the sheet's number counting from 1, e.g. `--sheet 2`"
        case .noMatchingSheet:
            "put the header row (\(MeasurementColumn.longLayout) or \(MeasurementColumn.wideLayout)) in the first filled row of the data sheet, or choose the sheet with `--sheet NAME`"
        }
    }

    /// The refusal as a diagnostic naming the file: code, sentence and fix.
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(.error, code, at: nil, "\(file) \(message)", fix: fix)
    }

    private static func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}

extension WorkbookDamage: CustomStringConvertible {
    /// The damage in words, the tail of "… is damaged: ".
    public var description: String {
        switch self {
        case .tooShortForZIP: "it is too short to be a ZIP archive"
        case .directoryMissing: "its ZIP directory is missing (the file may be cut short)"
        case .zip64LocatorMissing: "its ZIP64 directory locator is missing"
        case .zip64DirectoryMissing: "its ZIP64 directory is missing"
        case .directoryOutsideFile: "its ZIP directory points outside the file"
        case .directoryCutShort: "its ZIP central directory is cut short"
        case .noLocalHeader(let entry): "the ZIP entry \(entry) has no local header where the directory says"
        case .entryPastEnd(let entry): "the ZIP entry \(entry) runs past the end of the file"
        case .cannotUnpack(let entry, let error): "the ZIP entry \(entry) cannot be unpacked (\(error.description))"
        case .checksum(let entry): "the ZIP entry \(entry) fails its checksum"
        case .documentType(let part): "its part \(part) declares a document type, which workbooks never do"
        case .notWellFormed(let part, let line, let reason): "its part \(part) is not well-formed XML (line \(line): \(reason))"
        case .unclosed(let part): "its part \(part) is not well-formed XML (it ends before its last element is closed)"
        case .rowOutsideSheet(let sheet, let row): "its sheet `\(sheet)` is malformed: row number \(row) is outside the sheet"
        case .badCellReference(let sheet, let reference): "its sheet `\(sheet)` is malformed: `\(reference)` is not a cell reference"
        }
    }
}

extension InflateError: CustomStringConvertible {
    /// The damage in words, inside "cannot be unpacked (…)".
    public var description: String {
        switch self {
        case .truncated: "the compressed data ends too early"
        case .badBlockType: "the compressed data uses the reserved block type 3"
        case .badStoredLength: "a stored block's length check fails"
        case .badCodeLengths: "a block's Huffman code lengths are invalid"
        case .badSymbol: "the compressed data holds an invalid code"
        case .distanceTooFar: "the compressed data refers back past its start"
        case .outputLimit(let limit): "the data expands to more than \(limit) bytes"
        }
    }
}
