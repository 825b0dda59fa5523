import TrackerModel

/// Why a workbook (or a file given as one) cannot be read, each said in one sentence with what
/// to do about it. Turned into a `Diagnostic` naming the file.
///
/// ```swift
/// WorkbookError.legacyXLS.diagnostic(file: "data.xls").description
/// // error: data.xls is an Excel 97–2003 workbook (.xls), which cannot be read; open it in Excel
/// //        or WPS and save it as an Excel Workbook (.xlsx) or as CSV UTF-8
/// ```
public enum WorkbookError: Error, Hashable, Sendable {
    /// Neither a ZIP nor an OLE2 file, though the name says workbook.
    case notAWorkbook
    /// OLE2 without an encrypted package: Excel 97–2003.
    case legacyXLS
    /// OLE2 holding `EncryptionInfo`/`EncryptedPackage`: an .xlsx saved with a password.
    case encrypted
    /// A ZIP entry with the encryption flag.
    case encryptedEntry(String)
    /// Excel's binary format (.xlsb): a ZIP whose workbook part is `workbook.bin`.
    case binaryWorkbook
    /// An OpenDocument spreadsheet (.ods).
    case openDocument
    /// A ZIP without a spreadsheet in it (a .docx, a plain archive).
    case notASpreadsheet
    /// The ZIP structure, a compressed entry or an XML part is broken.
    case damaged(String)
    case unsupportedCompression(entry: String, method: Int)
    /// An entry would unpack past the limits (a ZIP bomb).
    case tooLarge(entry: String, limit: Int)
    case missingPart(String)
    case noWorksheets
    case noSuchSheet(String, available: [String])
    case notAWorksheet(String)
    /// Several sheets and none starts with a measurement header.
    case noMatchingSheet(available: [String])
    /// A sheet with more filled cells than a measurement sheet could need.
    case tooManyCells(sheet: String, limit: Int)
    /// A stray cell far to the right would make every row that wide.
    case tooWide(sheet: String, cell: String)

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
            "is damaged: \(detail)"
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

    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(.error, at: nil, "\(file) \(message)", fix: fix)
    }

    private static func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }

    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}
