/// One CSV record as raw bytes: fields are unquoted ("" → ") but not decoded, so numbers are
/// parsed straight from bytes and only the few text fields become Strings. A record is a view
/// into the splitter's chunk or scratch buffer: it is valid until the splitter's next call, which
/// is why the parser handles each record at once and keeps nothing from it.
///
/// ```swift
/// record.count          // number of fields
/// record.field(2)       // bytes of the third field
/// record.string(0)      // decoded as UTF-8
/// record.line           // 1-based line where the record starts
/// ```
struct HourlyRecord {
    let base: UnsafeRawPointer
    /// Start and end offset from `base` of each field.
    let starts: UnsafePointer<Int>
    let ends: UnsafePointer<Int>
    let count: Int
    let line: Int
    /// The file ended inside a quoted field.
    let unclosedQuote: Bool
    /// The record's length in bytes when it was longer than the splitter keeps (its fields are
    /// then cut short); nil for every ordinary record.
    let overlongBytes: Int?

    func field(_ index: Int) -> UnsafeRawBufferPointer {
        guard index >= 0, index < count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
    }

    func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }

    var isBlank: Bool {
        count <= 1 && field(0).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
