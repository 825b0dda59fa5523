/// One CSV record as raw bytes: fields are unquoted ("" → ") but not decoded, so numbers are
/// parsed straight from bytes and only the few text fields become Strings.
///
/// ```swift
/// record.count          // number of fields
/// record.field(2)       // bytes of the third field
/// record.string(0)      // decoded as UTF-8
/// record.line           // 1-based line where the record starts
/// ```
struct HourlyRecord {
    let bytes: [UInt8]
    /// End offset in `bytes` of each field.
    let ends: [Int]
    let line: Int
    /// The file ended inside a quoted field.
    let unclosedQuote: Bool

    var count: Int { ends.count }

    func field(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < ends.count else { return [] }
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes[start..<ends[index]]
    }

    func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }

    var isBlank: Bool { bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } && ends.count <= 1 }
}
