import Foundation
import TrackerModel

/// Splits decoded text into CSV records by RFC 4180, as spreadsheet programs write it: fields
/// separated by commas; a field in double quotes may hold commas, line breaks and `""` (one
/// quote); lines end in CRLF, LF or a lone CR (old Mac Excel). Blank lines are skipped. Every
/// field keeps its line and column, so a bad value is reported where it stands. A byte-order
/// mark after the start (left where two files were joined) is dropped, with a warning.
///
/// Lenient where Excel is: a quote inside an unquoted field (`5"`) and text after a closing
/// quote (`"a"b`) are kept as written rather than rejected. The one fatal shape is a quote that
/// is never closed, which would swallow the rest of the file: it is reported at the opening
/// quote and the record it starts is dropped.
///
/// An iterator: records come one at a time, so a reader holds one record, not the whole file's
/// (`diagnostics` is complete once `next()` has returned nil). `records(in:file:)` collects them.
///
/// ```swift
/// let (records, diagnostics) = CSVTokenizer.records(in: "a,\"b,\"\"c\"\"\"\r\n\r\n1,2\n", file: "x.csv")
/// records.map { $0.fields.map(\.text) }   // [["a", "b,\"c\""], ["1", "2"]]
/// records[1].line                         // 3
/// diagnostics                             // []
///
/// var stream = CSVTokenizer(text: text, file: "x.csv")
/// while let record = stream.next() { … }
/// ```
public struct CSVTokenizer: IteratorProtocol, Sequence {
    public private(set) var diagnostics: [Diagnostic] = []

    private let file: String
    /// The text, native UTF-8: records are cut from its bytes (separators are ASCII, so a byte
    /// scan never splits a character); columns count scalars, as editors show them.
    private let text: String
    private let byteCount: Int
    /// A file read a megabyte at a time instead of `text` (`init(chunks:file:)`): offsets are
    /// into `chunks.bytes`, which a record that runs past them asks to be read on.
    private let chunks: TextChunks?
    private var i = 0                   // byte offset of the next character
    private var line = 1
    private var column = 1              // column of the character at `i` on its physical line
    private var finished = false
    private var strayMarks = 0          // byte-order marks after the start, dropped
    private var firstStrayMark: SourceLocation
    /// The current field's bytes when it is not one plain run (quotes, `""`, a mark inside);
    /// kept between fields so that its storage is reused.
    private var pending: [UInt8] = []

    public init(text: String, file: String) {
        self.file = file
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        byteCount = text.utf8.count
        chunks = nil
        firstStrayMark = SourceLocation(file: file, line: 1)
        // A byte-order mark the decoder did not remove is not part of the first header name.
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    /// Records of a UTF-8 file read in chunks: the same records and diagnostics as
    /// `init(text:file:)` on its decoded text, in the memory of a chunk. A byte-order mark at the
    /// start is skipped. When the chunks are refused (`abandoned`) the records stop; the caller
    /// reads the file whole instead. Copies of this iterator share the chunks.
    init(chunks: TextChunks, file: String) {
        self.file = file
        text = ""
        byteCount = 0
        self.chunks = chunks
        firstStrayMark = SourceLocation(file: file, line: 1)
        if chunks.startsWithMark { i = 3 }
    }

    /// The chunks were refused (not UTF-8, …): what was read must be thrown away.
    var abandoned: Bool { chunks?.refusal != nil }

    /// Reads and checks the rest of a chunked file (a table may stop before its end).
    func drain() { chunks?.drain() }

    public static func records(in text: String, file: String) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        var stream = CSVTokenizer(text: text, file: file)
        var records: [CSVRecord] = []
        while let record = stream.next() { records.append(record) }
        return (records, stream.diagnostics)
    }

    public mutating func next() -> CSVRecord? {
        while !finished {
            if let record = nextRecord(), !record.isBlankLine { return record.record }
        }
        return nil
    }

    /// One physical record (possibly a blank line), or nil at the end of the text.
    private mutating func nextRecord() -> (record: CSVRecord, isBlankLine: Bool)? {
        if let chunks { return nextChunkedRecord(chunks) }
        guard i < byteCount else {
            finish(open: nil)
            return nil
        }
        let text = self.text
        switch text.utf8.withContiguousStorageIfAvailable({ scan($0, final: true) }) {
        case .record(let record, let blank): return (record, blank)
        default: return nil
        }
    }

    /// `nextRecord` over chunks: a record that runs past the bytes held (a quoted field with line
    /// breaks) is scanned again once more are read.
    private mutating func nextChunkedRecord(_ chunks: TextChunks) -> (record: CSVRecord, isBlankLine: Bool)? {
        while true {
            guard chunks.refusal == nil else {
                finished = true
                return nil
            }
            if i >= chunks.usable {
                if chunks.atEnd {
                    finish(open: nil)
                    return nil
                }
                chunks.advance(keepingFrom: i)
                i = 0
                continue
            }
            let saved = (i, line, column, strayMarks, firstStrayMark)
            switch scan(chunks.bytes, final: chunks.atEnd) {
            case .record(let record, let blank): return (record, blank)
            case .end: return nil
            case .needMore:
                (i, line, column, strayMarks, firstStrayMark) = saved
                chunks.advance(keepingFrom: i)
                i = 0
            }
        }
    }

    /// What one scan found: a record, the end (an unclosed quote, reported), or the end of the
    /// bytes held before the record ended (chunks only).
    private enum Scanned {
        case record(CSVRecord, isBlankLine: Bool)
        case end
        case needMore
    }

    /// `LineRecords`: lines (the bytes up to the next LF, a CR before it left out) offered whole
    /// one after another; a reader of plain lines refuses any line holding a quote, a lone CR or
    /// a byte-order mark, which the scan above then reads as usual.
    mutating func takeLines(_ take: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool) -> Int {
        guard !finished else { return 0 }
        var taken = 0
        if let chunks {
            while true {
                // The bytes held end after a line feed: a line is always whole.
                while i >= chunks.usable {
                    guard !chunks.atEnd, chunks.refusal == nil else { return taken }
                    chunks.advance(keepingFrom: i)
                    i = 0
                }
                guard chunks.refusal == nil else { return taken }
                let b = chunks.bytes
                while i < b.count {
                    guard let next = Self.offer(b, from: i, line: line, offset: chunks.offsetsAreInTheFile ? chunks.origin + i : -1, to: take) else { return taken }
                    i = next
                    line += 1
                    column = 1
                    taken += 1
                }
            }
        }
        let text = self.text
        text.utf8.withContiguousStorageIfAvailable { b in
            while i < b.count, let next = Self.offer(b, from: i, line: line, offset: -1, to: take) {
                i = next
                line += 1
                column = 1
                taken += 1
            }
        }
        return taken
    }

    /// The line from `start` offered to `take`; the offset after its line end when taken.
    @inline(__always)
    private static func offer(_ b: UnsafeBufferPointer<UInt8>, from start: Int, line: Int, offset: Int,
                              to take: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool) -> Int? {
        let end = b.count
        var lf = end
        if let base = b.baseAddress, let hit = memchr(base + start, 0x0A, end - start) {
            lf = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        let stop = lf > start && b[lf - 1] == Self.cr ? lf - 1 : lf
        guard take(UnsafeBufferPointer(rebasing: b[start..<stop]), line, offset) else { return nil }
        return lf < end ? lf + 1 : end
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// U+FEFF (EF BB BF) at `k`.
    @inline(__always)
    private static func isMark(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBB && b[k + 2] == 0xBF
    }

    /// Scalars in `b[from..<to]`: bytes that do not continue a character.
    @inline(__always)
    private static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var n = 0
        for k in from..<to where b[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>, final: Bool) -> Scanned {
        let (quote, comma, cr, lf) = (Self.quote, Self.comma, Self.cr, Self.lf)
        let end = b.count
        let recordLine = line
        var fields: [CSVField] = []
        // The field so far: `b[runStart..<runEnd]` while it is one plain run, else `pending`.
        var runStart = i, runEnd = i
        var buffered = false
        var fieldLine = line, fieldColumn = column
        var quoted = false               // the current field began with a quote
        var inQuotes = false             // inside that quote, not yet closed

        func fieldIsEmpty() -> Bool { buffered ? pending.isEmpty : runStart == runEnd }
        func toBuffer() {
            if !buffered {
                pending.removeAll(keepingCapacity: true)
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<runEnd]))
                buffered = true
            }
        }
        func appendRun(_ from: Int, _ to: Int) {
            if !buffered && (runStart == runEnd || runEnd == from) {
                if runStart == runEnd { runStart = from }
                runEnd = to
            } else {
                toBuffer()
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<to]))
            }
        }
        func appendByte(_ c: UInt8) {
            toBuffer()
            pending.append(c)
        }
        func endField() {
            let value = buffered ? String(decoding: pending, as: UTF8.self)
                : String(decoding: UnsafeBufferPointer(rebasing: b[runStart..<runEnd]), as: UTF8.self)
            fields.append(CSVField(text: value, line: fieldLine, column: fieldColumn, wasQuoted: quoted))
            buffered = false
            quoted = false
        }
        func newLine(after c: UInt8) {
            i = (c == cr && i + 1 < end && b[i + 1] == lf) ? i + 2 : i + 1
            line += 1
            column = 1
        }

        while i < end {
            let c = b[i]
            // An invisible U+FEFF inside the file (where two files were joined) is no part of a value.
            if c == 0xEF, Self.isMark(b, i) {
                if strayMarks == 0 { firstStrayMark = SourceLocation(file: file, line: line, column: column) }
                strayMarks += 1
                toBuffer()
                i += 3
                column += 1
                continue
            }
            if inQuotes {
                if c == quote {
                    if i + 1 < end, b[i + 1] == quote {
                        appendByte(quote)
                        i += 2
                        column += 2
                    } else {
                        inQuotes = false
                        i += 1
                        column += 1
                    }
                } else if c == cr || c == lf {
                    // A line break inside a value; stored as `\n` whatever the file's line ends.
                    appendByte(lf)
                    newLine(after: c)
                } else {
                    var j = i + 1
                    while j < end, b[j] != quote, b[j] != cr, b[j] != lf, !(b[j] == 0xEF && Self.isMark(b, j)) { j += 1 }
                    appendRun(i, j)
                    column += Self.scalarCount(b, i, j)
                    i = j
                }
                continue
            }
            switch c {
            case quote where fieldIsEmpty() && !quoted:
                quoted = true
                inQuotes = true
                i += 1
                column += 1
                runStart = i; runEnd = i
            case comma:
                endField()
                i += 1
                column += 1
                runStart = i; runEnd = i
                fieldLine = line
                fieldColumn = column
            case cr, lf:
                endField()
                newLine(after: c)
                return .record(CSVRecord(fields: fields, line: recordLine), isBlankLine: Self.isBlank(fields))
            default:
                // The run of plain characters up to the next separator, taken at once (a quote
                // within it is kept as written, as above).
                var j = i + 1
                while j < end, b[j] != comma, b[j] != cr, b[j] != lf, !(b[j] == 0xEF && Self.isMark(b, j)) { j += 1 }
                appendRun(i, j)
                column += Self.scalarCount(b, i, j)
                i = j
            }
        }
        // Chunks: the record goes on in bytes not yet read.
        if !final { return .needMore }
        if inQuotes {
            finish(open: SourceLocation(file: file, line: fieldLine, column: fieldColumn))
            return .end
        }
        // The last line had no line end.
        endField()
        finish(open: nil)
        return .record(CSVRecord(fields: fields, line: recordLine), isBlankLine: Self.isBlank(fields))
    }

    /// A blank line is one empty, unquoted field; `""` alone is a (quoted) empty value.
    private static func isBlank(_ fields: [CSVField]) -> Bool {
        fields.count == 1 && !fields[0].wasQuoted && fields[0].trimmed.isEmpty
    }

    private mutating func finish(open quoteStart: SourceLocation?) {
        guard !finished else { return }
        finished = true
        if strayMarks > 0 {
            diagnostics.append(Diagnostic(.warning, .strayByteOrderMark, at: firstStrayMark,
                "an invisible byte-order mark (U+FEFF) inside the file is ignored\(strayMarks == 1 ? "" : " (\(strayMarks) in all)")",
                fix: "delete it (one is left where two files were joined: check that no second header row follows)"))
        }
        if let quoteStart {
            diagnostics.append(Diagnostic(.error, .unclosedQuote, at: quoteStart,
                "the quoted field that starts here is never closed",
                fix: "close it with `\"` (a quote inside a quoted field is written `\"\"`)"))
        }
    }
}
