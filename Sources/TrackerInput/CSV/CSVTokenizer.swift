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
/// ```swift
/// let (records, diagnostics) = CSVTokenizer.records(in: "a,\"b,\"\"c\"\"\"\r\n\r\n1,2\n", file: "x.csv")
/// records.map { $0.fields.map(\.text) }   // [["a", "b,\"c\""], ["1", "2"]]
/// records[1].line                         // 3
/// diagnostics                             // []
/// ```
public enum CSVTokenizer {
    public static func records(in text: String, file: String) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        let quote: Unicode.Scalar = "\"", comma: Unicode.Scalar = ","
        let cr: Unicode.Scalar = "\r", lf: Unicode.Scalar = "\n"
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        var records: [CSVRecord] = []
        var diagnostics: [Diagnostic] = []

        var i = 0
        // A byte-order mark the decoder did not remove is not part of the first header name.
        if count > 0, scalars[0] == "\u{FEFF}" { i = 1 }
        var line = 1
        var lineStart = i                // index of the current physical line's first scalar
        var recordLine = 1
        var fields: [CSVField] = []
        var field = String.UnicodeScalarView()
        var fieldLine = 1, fieldColumn = 1
        var quoted = false               // the current field began with a quote
        var inQuotes = false             // inside that quote, not yet closed
        var strayMarks = 0               // byte-order marks after the start, dropped
        var firstStrayMark = SourceLocation(file: file, line: 1)

        func endField() {
            fields.append(CSVField(text: String(field), line: fieldLine, column: fieldColumn, wasQuoted: quoted))
            field = String.UnicodeScalarView()
            quoted = false
        }
        func endRecord() {
            endField()
            // A blank line is one empty, unquoted field; `""` alone is a (quoted) empty value.
            let blank = fields.count == 1 && !fields[0].wasQuoted && fields[0].trimmed.isEmpty
            if !blank { records.append(CSVRecord(fields: fields, line: recordLine)) }
            fields = []
        }

        while i < count {
            let c = scalars[i]
            // An invisible U+FEFF inside the file (where two files were joined) is no part of a value.
            if c == "\u{FEFF}" {
                if strayMarks == 0 { firstStrayMark = SourceLocation(file: file, line: line, column: i - lineStart + 1) }
                strayMarks += 1
                i += 1
                continue
            }
            if inQuotes {
                if c == quote {
                    if i + 1 < count, scalars[i + 1] == quote {
                        field.append(quote)
                        i += 2
                    } else {
                        inQuotes = false
                        i += 1
                    }
                } else if c == cr || c == lf {
                    // A line break inside a value; stored as `\n` whatever the file's line ends.
                    field.append(lf)
                    i += (c == cr && i + 1 < count && scalars[i + 1] == lf) ? 2 : 1
                    line += 1
                    lineStart = i
                } else {
                    field.append(c)
                    i += 1
                }
                continue
            }
            switch c {
            case quote where field.isEmpty && !quoted:
                quoted = true
                inQuotes = true
                i += 1
            case comma:
                endField()
                i += 1
                fieldLine = line
                fieldColumn = i - lineStart + 1
            case cr, lf:
                endRecord()
                i += (c == cr && i + 1 < count && scalars[i + 1] == lf) ? 2 : 1
                line += 1
                lineStart = i
                recordLine = line
                fieldLine = line
                fieldColumn = 1
            default:
                field.append(c)
                i += 1
            }
        }
        if strayMarks > 0 {
            diagnostics.append(Diagnostic(.warning, at: firstStrayMark,
                "an invisible byte-order mark (U+FEFF) inside the file is ignored\(strayMarks == 1 ? "" : " (\(strayMarks) in all)")",
                fix: "delete it (one is left where two files were joined: check that no second header row follows)"))
        }
        if inQuotes {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: fieldLine, column: fieldColumn),
                "the quoted field that starts here is never closed",
                fix: "close it with `\"` (a quote inside a quoted field is written `\"\"`)"))
        } else if !fields.isEmpty || !field.isEmpty || quoted {
            endRecord()   // the last line had no line end
        }
        return (records, diagnostics)
    }
}
