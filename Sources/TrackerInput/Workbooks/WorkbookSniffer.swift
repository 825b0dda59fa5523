import Foundation

/// Tells from a file's first bytes (and its name) whether it is a workbook, text, or something
/// to refuse with a clear sentence. The bytes decide: an .xlsx renamed .csv is still read as a
/// workbook, and a CSV named .xlsx is refused rather than misread.
///
/// ```swift
/// WorkbookSniffer.kind(of: data, file: "data.xlsx")   // .workbook (starts with PK\3\4)
/// WorkbookSniffer.kind(of: data, file: "old.xls")     // .refused(.legacyXLS) (starts with D0 CF 11 E0)
/// WorkbookSniffer.kind(of: data, file: "data.csv")    // .text
/// ```
public enum WorkbookSniffer {
    public enum Kind: Hashable, Sendable {
        case text
        case workbook
        case refused(WorkbookError)
    }

    static let workbookExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm", "xls", "xlsb", "et", "ods"]

    public static func kind(of data: Data, file: String) -> Kind {
        let head = [UInt8](data.prefix(8))
        // A ZIP starts with a local header, or with the end record when it is empty.
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .workbook }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // A password-protected .xlsx is an OLE2 file with these streams; their directory
            // entries spell the names in UTF-16LE.
            let encrypted = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return .refused(contains(data, encrypted) ? .encrypted : .legacyXLS)
        }
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        return workbookExtensions.contains(ext) ? .refused(.notAWorkbook) : .text
    }

    private static func contains(_ data: Data, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, data.count >= needle.count else { return false }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == first, needle.indices.allSatisfy({ bytes[i + $0] == needle[$0] }) { return true }
                i += 1
            }
            return false
        }
    }
}
