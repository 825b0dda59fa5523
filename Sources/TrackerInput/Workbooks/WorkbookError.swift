import TrackerModel

/// Why a workbook (or a file given as one) cannot be read: a case per kind of refusal, with the
/// values that say which part or sheet. The reader throws it as it is; the words (and the
/// diagnostic code) are given only where the reader reports it, in `WorkbookError+Diagnostic.swift`.
///
/// ```swift
/// WorkbookError.damaged(.checksum(entry: "xl/workbook.xml")).code   // .damagedWorkbook (W107)
/// WorkbookError.legacyXLS.diagnostic(file: "data.xls").description
/// // error: data.xls is an Excel 97–2003 workbook (.xls), which cannot be read; open it in Excel,
/// //        WPS or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV UTF-8
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
    case damaged(WorkbookDamage)
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
}
