/// Splits CSV bytes into records, chunk by chunk: a record may span chunks (its bytes are
/// carried over), so a file never needs to be in memory whole. Handles quoted fields, ""
/// escapes, newlines inside quotes, and CRLF. Blank lines are skipped.
///
/// ```swift
/// var splitter = HourlyRecordSplitter()
/// var cursor = 0
/// while let record = splitter.next(in: chunk, cursor: &cursor) { … }   // per chunk
/// if let last = splitter.finish() { … }                                 // at end of file
/// ```
struct HourlyRecordSplitter {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var inQuotes = false
    /// Saw a quote inside a quoted field: either an escaped quote or the field's end.
    private var quotePending = false
    private var line = 1
    private var recordLine = 1
    /// BOM bytes matched at the start of the file; nil once past it. A BOM is dropped so the
    /// first header field (often quoted) is read like the others.
    private var bomMatched: Int? = 0

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The next complete record in `chunk` from `cursor` on, or nil when the chunk is used up
    /// (the partial record waits for the next chunk).
    mutating func next(in chunk: UnsafeRawBufferPointer, cursor: inout Int) -> HourlyRecord? {
        while cursor < chunk.count {
            let byte = chunk[cursor]
            cursor += 1
            if let matched = bomMatched {
                if byte == Self.byteOrderMark[matched] {
                    bomMatched = matched + 1 == Self.byteOrderMark.count ? nil : matched + 1
                    continue
                }
                bytes.append(contentsOf: Self.byteOrderMark[0..<matched])  // not a BOM after all
                bomMatched = nil
            }
            if inQuotes {
                if quotePending {
                    quotePending = false
                    if byte == Self.quote {
                        bytes.append(byte)
                        continue
                    }
                    inQuotes = false  // the quote closed the field; handle `byte` as unquoted
                } else if byte == Self.quote {
                    quotePending = true
                    continue
                } else {
                    if byte == Self.lineFeed { line += 1 }
                    bytes.append(byte)
                    continue
                }
            }
            switch byte {
            case Self.quote:
                if bytes.count == (ends.last ?? 0) { inQuotes = true } else { bytes.append(byte) }
            case Self.comma:
                ends.append(bytes.count)
            case Self.lineFeed:
                let record = takeRecord(unclosedQuote: false)
                line += 1
                recordLine = line
                if !record.isBlank { return record }
            case Self.carriageReturn:
                continue
            default:
                bytes.append(byte)
            }
        }
        return nil
    }

    /// The last record when the file does not end with a newline.
    mutating func finish() -> HourlyRecord? {
        let unclosed = inQuotes && !quotePending
        guard !bytes.isEmpty || !ends.isEmpty || inQuotes else { return nil }
        inQuotes = false
        quotePending = false
        let record = takeRecord(unclosedQuote: unclosed)
        return record.isBlank ? nil : record
    }

    private mutating func takeRecord(unclosedQuote: Bool) -> HourlyRecord {
        ends.append(bytes.count)
        let record = HourlyRecord(bytes: bytes, ends: ends, line: recordLine, unclosedQuote: unclosedQuote)
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        return record
    }
}
