import Foundation
import TrackerModel

/// The text encodings input files come in: UTF-8 (with or without BOM) and GB18030, which Excel
/// on Chinese Windows writes when saving CSV.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gb18030

    /// `utf-8`, `utf8`, `gb18030`, `gbk`, `gb2312` (the last two are subsets of GB18030).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "") {
        case "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }

    var foundationEncoding: String.Encoding {
        switch self {
        case .utf8: .utf8
        // kCFStringEncodingGB_18030_2000 (0x0632) as an NSStringEncoding.
        case .gb18030: String.Encoding(rawValue: 0x8000_0632)
        }
    }
}

/// Turns a file's bytes into text: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped),
/// otherwise GB18030 when they decode as that; never a silent replacement character.
///
/// ```swift
/// let decoded = try TextDecoding.decode(data, file: "data.csv").get()
/// decoded.encoding   // .gb18030 for a file saved by Excel on Chinese Windows
/// ```
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: TextEncoding
        public var hadByteOrderMark: Bool
    }

    public static func decode(_ data: Data, file: String, encoding forced: TextEncoding? = nil) -> Result<Decoded, Diagnostic> {
        if let nul = data.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: data)
            return .failure(Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column),
                "the file contains a NUL byte, so it is not a text file",
                fix: "save it as CSV (UTF-8) from the spreadsheet program; a binary workbook cannot be read here"))
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasBOM = data.starts(with: bom)
        let body = hasBOM ? data.dropFirst(3) : data[...]
        if forced == nil || forced == .utf8 {
            if let text = String(data: body, encoding: .utf8) {
                return .success(Decoded(text: text, encoding: .utf8, hadByteOrderMark: hasBOM))
            }
            if forced == .utf8 || hasBOM {
                let offset = firstInvalidUTF8(data)
                let (line, column) = position(of: offset, in: data)
                return .failure(Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column),
                    "the file is not valid UTF-8 (byte 0x\(String(data[offset], radix: 16, uppercase: true)))",
                    fix: "save it as UTF-8, or pass `--encoding gb18030` if Excel saved it on Chinese Windows"))
            }
        }
        if let text = String(data: body, encoding: TextEncoding.gb18030.foundationEncoding) {
            return .success(Decoded(text: text, encoding: .gb18030, hadByteOrderMark: false))
        }
        let offset = firstInvalidUTF8(data)
        let (line, column) = position(of: offset, in: data)
        return .failure(Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column),
            "the file is neither UTF-8 nor GB18030",
            fix: "save it as CSV UTF-8 from the spreadsheet program"))
    }

    /// Offset of the first byte that breaks UTF-8 (the file start when none is found).
    static func firstInvalidUTF8(_ data: Data) -> Data.Index {
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard length > 0, i + length <= data.endIndex,
                  data[(i + 1)..<(i + length)].allSatisfy({ $0 >> 6 == 0b10 }) else { return i }
            i += length
        }
        return data.startIndex
    }

    /// 1-based line and column (in bytes) of a byte offset.
    static func position(of offset: Data.Index, in data: Data) -> (Int, Int) {
        var line = 1, lineStart = data.startIndex
        for i in data.startIndex..<offset where data[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return (line, offset - lineStart + 1)
    }
}
