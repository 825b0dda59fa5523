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
/// otherwise GB18030 when they decode as that; never a silent replacement character. A forced
/// GB18030 (`--encoding gb18030`) on bytes that are valid UTF-8 is read as asked, with a warning.
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
        /// What the caller should pass on although the text was read: a forced encoding that
        /// looks wrong (`utf8Mistaken`).
        public var warnings: [Diagnostic] = []
    }

    /// The longest line a text input may have, in bytes: far beyond any row of a table or line of
    /// a target file, and small enough that a runaway line (a binary file, an export that lost its
    /// line ends) is refused before it is decoded and split, which would cost time and memory in
    /// proportion to it.
    public static let longestLine = 1 << 20

    public static func decode(_ data: Data, file: String, encoding forced: TextEncoding? = nil) -> Result<Decoded, Diagnostic> {
        if let long = overlongLine(data) {
            return .failure(Diagnostic(.error, .lineTooLong, at: SourceLocation(file: file, line: long.line, column: 1),
                "the line is \(long.bytes) bytes long, more than the 1 MiB a line may have, so the file is not read",
                fix: "check that this is the file meant: a line this long comes from a binary file or from an export that lost its line ends"))
        }
        if let nul = firstNUL(data) {
            let (line, column) = position(of: nul, in: data)
            return .failure(Diagnostic(.error, .nulByte, at: SourceLocation(file: file, line: line, column: column),
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
            let offset = firstInvalidUTF8(data)
            let (line, column) = position(of: offset, in: data)
            let here = SourceLocation(file: file, line: line, column: column)
            let byte = "0x\(String(data[offset], radix: 16, uppercase: true))"
            if forced == .utf8 || hasBOM {
                return .failure(Diagnostic(.error, .notUTF8, at: here, "the file is not valid UTF-8 (byte \(byte))",
                    fix: "save it as UTF-8, or pass `--encoding gb18030` if Excel saved it on Chinese Windows"))
            }
            // Read as GB18030, the UTF-8 lines before would turn into other characters without a word.
            if let utf8Line = utf8TextLine(besides: offset, in: data, before: true) {
                return .failure(notUTF8(byte, utf8Line: utf8Line, at: here, offset: offset, in: data))
            }
        }
        if let text = String(data: body, encoding: TextEncoding.gb18030.foundationEncoding) {
            let warnings = forced == .gb18030 ? utf8Mistaken(data, file: file, severity: .warning).map { [$0] } ?? [] : []
            return .success(Decoded(text: text, encoding: .gb18030, hadByteOrderMark: false, warnings: warnings))
        }
        if forced == .gb18030, let problem = utf8Mistaken(data, file: file, severity: .error) { return .failure(problem) }
        let offset = firstInvalidUTF8(data)
        let (line, column) = position(of: offset, in: data)
        let here = SourceLocation(file: file, line: line, column: column)
        let byte = "0x\(String(data[offset], radix: 16, uppercase: true))"
        // Neither decodes: GB18030 rows, then UTF-8 ones.
        if forced == nil, let utf8Line = utf8TextLine(besides: offset, in: data, before: false) {
            return .failure(notUTF8(byte, utf8Line: utf8Line, at: here, offset: offset, in: data))
        }
        return .failure(Diagnostic(.error, .unknownEncoding, at: here, "the file is neither UTF-8 nor GB18030 (byte \(byte))",
            fix: "save it as CSV UTF-8 from the spreadsheet program"))
    }

    /// A file with UTF-8 text on `utf8Line` whose byte at `offset` is not UTF-8: rows of another
    /// encoding pasted in when the line holding it reads as GB18030, else a damaged character.
    static func notUTF8(_ byte: String, utf8Line: Int, at here: SourceLocation, offset: Data.Index, in data: Data) -> Diagnostic {
        let isLineEnd = { (b: UInt8) in b == 0x0A || b == 0x0D }
        let start = data[..<offset].lastIndex(where: isLineEnd).map { $0 + 1 } ?? data.startIndex
        let end = data[offset...].firstIndex(where: isLineEnd) ?? data.endIndex
        if String(data: data[start..<end], encoding: TextEncoding.gb18030.foundationEncoding) != nil {
            return Diagnostic(.error, .mixedEncodings, at: here, "the file mixes encodings: this line is not UTF-8 (byte \(byte)) but reads as GB18030, and line \(utf8Line) is UTF-8",
                fix: "save all of it in one encoding: paste the rows into one sheet and save it as CSV UTF-8 (rows copied from a file saved on Chinese Windows are GB18030)")
        }
        return Diagnostic(.error, .damagedUTF8, at: here, "the file is UTF-8 (line \(utf8Line)), but this byte (\(byte)) is not",
            fix: "retype the damaged text here, or export the file again as CSV UTF-8")
    }

    /// The first line longer than `longestLine` bytes, with its number (lines end in LF, CRLF or
    /// a lone CR, as the CSV tokenizer counts them) and length. Scanned with `memchr`: linear,
    /// and quick even in a debug build.
    static func overlongLine(_ data: Data) -> (line: Int, bytes: Int)? {
        guard data.count > longestLine else { return nil }
        return data.withUnsafeBytes { raw -> (line: Int, bytes: Int)? in
            guard let base = raw.baseAddress else { return nil }
            let end = raw.count
            func find(_ byte: UInt8, from: Int, to: Int) -> Int {
                guard from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
                return UnsafeRawPointer(hit) - base
            }
            var line = 1, start = 0
            while start < end {
                let lf = find(0x0A, from: start, to: end)
                // Lone CRs (old Mac line ends) inside the LF-delimited stretch end lines too.
                var piece = start
                while true {
                    let cr = find(0x0D, from: piece, to: lf)
                    if cr - piece > longestLine { return (line, cr - piece) }
                    if cr >= lf { break }
                    if cr + 1 < lf { line += 1 }   // a CR right before the LF is part of CRLF
                    piece = cr + 1
                }
                line += 1
                start = lf + 1
            }
            return nil
        }
    }

    static func firstNUL(_ data: Data) -> Data.Index? {
        data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let hit = memchr(base, 0, raw.count) else { return nil }
            return UnsafeRawPointer(hit) - base
        }.map { data.startIndex + $0 }
    }

    /// A line other than the one holding `offset` (with `before`, only a line before it) that is
    /// valid UTF-8 text with characters outside ASCII (at least two of three or four bytes, which
    /// GB18030 text matches by chance only rarely): the file then mixes encodings. Its number.
    static func utf8TextLine(besides offset: Data.Index, in data: Data, before: Bool) -> Int? {
        var line = 1, wide = 0, valid = true, holdsOffset = false
        var i = data.startIndex
        let end = before ? offset : data.endIndex
        while i < end {
            let b = data[i]
            if b == 0x0A || b == 0x0D {
                if valid && wide >= 2 && !holdsOffset { return line }
                if !(b == 0x0D && i + 1 < data.endIndex && data[i + 1] == 0x0A) { line += 1 }
                wide = 0
                valid = true
                holdsOffset = false
                i += 1
                continue
            }
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length == 0 || i + length > data.endIndex || !data[(i + 1)..<(i + length)].allSatisfy({ $0 >> 6 == 0b10 }) {
                valid = false
                holdsOffset = holdsOffset || i == offset
                i += 1
                continue
            }
            if length >= 3 { wide += 1 }
            holdsOffset = holdsOffset || (i...(i + length - 1)).contains(offset)
            i += length
        }
        return !before && valid && wide >= 2 && !holdsOffset ? line : nil
    }

    /// Offset of the first byte that breaks UTF-8 (the file start when none is found).
    static func firstInvalidUTF8(_ data: Data) -> Data.Index {
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            guard length > 0, i + length <= data.endIndex,
                  data[(i + 1)..<(i + length)].allSatisfy({ $0 >> 6 == 0b10 }) else { return i }
            // What the standard library refuses besides: overlong forms, surrogates, beyond U+10FFFF.
            if length > 1 {
                let next = data[i + 1]
                let refused = b == 0xC0 || b == 0xC1 || (b == 0xE0 && next < 0xA0) || (b == 0xED && next >= 0xA0)
                    || (b == 0xF0 && next < 0x90) || (b == 0xF4 && next >= 0x90) || b > 0xF4
                if refused { return i }
            }
            i += length
        }
        return data.startIndex
    }

    /// 1-based line and column of a byte offset, as the CSV tokenizer counts them: lines end in
    /// LF, CRLF or a lone CR; the column counts characters (UTF-8 lead bytes; a BOM is not one).
    static func position(of offset: Data.Index, in data: Data) -> (Int, Int) {
        var line = 1, lineStart = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]), offset >= data.startIndex + 3 { lineStart = data.startIndex + 3 }
        var i = lineStart
        while i < offset {
            let b = data[i]
            if b == 0x0A || (b == 0x0D && !(i + 1 < data.endIndex && data[i + 1] == 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let characters = data[lineStart..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, characters + 1)
    }
}
