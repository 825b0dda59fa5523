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
    private let scalars: String.UnicodeScalarView
    private var i: String.UnicodeScalarView.Index
    private var line = 1
    private var column = 1              // column of scalar `i` on its physical line
    private var finished = false
    private var strayMarks = 0          // byte-order marks after the start, dropped
    private var firstStrayMark: SourceLocation

    public init(text: String, file: String) {
        self.file = file
        scalars = text.unicodeScalars
        i = scalars.startIndex
        firstStrayMark = SourceLocation(file: file, line: 1)
        // A byte-order mark the decoder did not remove is not part of the first header name.
        if i < scalars.endIndex, scalars[i] == "\u{FEFF}" { i = scalars.index(after: i) }
    }

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
        let quote: Unicode.Scalar = "\"", comma: Unicode.Scalar = ","
        let cr: Unicode.Scalar = "\r", lf: Unicode.Scalar = "\n"
        let end = scalars.endIndex
        guard i < end else {
            finish(open: nil)
            return nil
        }
        let recordLine = line
        var fields: [CSVField] = []
        var field = ""
        var fieldLine = line, fieldColumn = column
        var quoted = false               // the current field began with a quote
        var inQuotes = false             // inside that quote, not yet closed

        func endField() {
            fields.append(CSVField(text: field, line: fieldLine, column: fieldColumn, wasQuoted: quoted))
            field = ""
            quoted = false
        }
        func advance(_ n: Int = 1) {
            for _ in 0..<n { i = scalars.index(after: i) }
            column += n
        }
        func newLine(after c: Unicode.Scalar) {
            let next = scalars.index(after: i)
            i = (c == cr && next < end && scalars[next] == lf) ? scalars.index(after: next) : next
            line += 1
            column = 1
        }

        while i < end {
            let c = scalars[i]
            // An invisible U+FEFF inside the file (where two files were joined) is no part of a value.
            if c == "\u{FEFF}" {
                if strayMarks == 0 { firstStrayMark = SourceLocation(file: file, line: line, column: column) }
                strayMarks += 1
                advance()
                continue
            }
            if inQuotes {
                if c == quote {
                    let next = scalars.index(after: i)
                    if next < end, scalars[next] == quote {
                        field.unicodeScalars.append(quote)
                        advance(2)
                    } else {
                        inQuotes = false
                        advance()
                    }
                } else if c == cr || c == lf {
                    // A line break inside a value; stored as `\n` whatever the file's line ends.
                    field.unicodeScalars.append(lf)
                    newLine(after: c)
                } else {
                    field.unicodeScalars.append(c)
                    advance()
                }
                continue
            }
            switch c {
            case quote where field.isEmpty && !quoted:
                quoted = true
                inQuotes = true
                advance()
            case comma:
                endField()
                advance()
                fieldLine = line
                fieldColumn = column
            case cr, lf:
                endField()
                newLine(after: c)
                return (CSVRecord(fields: fields, line: recordLine), Self.isBlank(fields))
            default:
                // The run of plain characters up to the next separator, copied at once rather
                // than one scalar at a time (a quote within it is kept as written, as above).
                let start = i
                var n = 0
                repeat {
                    i = scalars.index(after: i)
                    n += 1
                } while i < end && !Self.endsRun(scalars[i])
                field += Substring(scalars[start..<i])
                column += n
            }
        }
        if inQuotes {
            finish(open: SourceLocation(file: file, line: fieldLine, column: fieldColumn))
            return nil
        }
        // The last line had no line end.
        endField()
        finish(open: nil)
        return (CSVRecord(fields: fields, line: recordLine), Self.isBlank(fields))
    }

    /// Where a run of plain characters of an unquoted field stops: a separator, a line end, or
    /// a stray byte-order mark (dropped, with a warning).
    @inline(__always)
    private static func endsRun(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2C, 0x0D, 0x0A, 0xFEFF: true
        default: false
        }
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
