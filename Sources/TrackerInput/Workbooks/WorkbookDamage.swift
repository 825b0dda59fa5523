/// What is broken in a damaged workbook: the ZIP structure, one compressed entry, or one XML
/// part, with the names and numbers that say where. Worded where the workbook error is reported
/// (`WorkbookError+Diagnostic.swift`), never where it is found.
///
/// ```swift
/// let damage = WorkbookDamage.checksum(entry: "xl/workbook.xml")
/// WorkbookError.damaged(damage).message   // "is damaged: the ZIP entry xl/workbook.xml fails its checksum"
/// ```
public enum WorkbookDamage: Hashable, Sendable {
    /// Fewer bytes than the smallest ZIP archive.
    case tooShortForZIP
    /// No end-of-central-directory record where one must be.
    case directoryMissing
    case zip64LocatorMissing
    case zip64DirectoryMissing
    /// The directory's offset or entry count points past the file.
    case directoryOutsideFile
    /// The central directory ends before its last entry does.
    case directoryCutShort
    case noLocalHeader(entry: String)
    case entryPastEnd(entry: String)
    /// A deflated entry whose data the inflater refuses.
    case cannotUnpack(entry: String, InflateError)
    case checksum(entry: String)
    /// An XML part with a DOCTYPE, which workbooks never have (and which could define entities).
    case documentType(part: String)
    /// An XML part the parser rejects: the parser's line and its own reason.
    case notWellFormed(part: String, line: Int, reason: String)
    /// An XML part that ends before its last element is closed.
    case unclosed(part: String)
    case rowOutsideSheet(sheet: String, row: Int)
    case badCellReference(sheet: String, reference: String)
}
