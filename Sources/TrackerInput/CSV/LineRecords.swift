/// Records that can also hand over their next line whole, as bytes, to a reader that reads
/// plain lines itself (`PlainLongRow`) and leaves any other line to `next()`: the CSV tokenizer
/// does; the records of a worksheet have no lines and never do.
///
/// ```swift
/// var records = CSVTokenizer(text: "2025-01,德胜街道,PM2.5,48.2\n", file: "a.csv")
/// records.takeLine { bytes, line in bytes.count == 31 }   // true: the line is consumed
/// records.next()                                         // nil
/// ```
protocol LineRecords: IteratorProtocol<CSVRecord> {
    /// Offers the next line (its bytes without the line end, and its number) to `take`: when
    /// `take` returns true the line is consumed; otherwise it stays for `next()`. False as well
    /// when there is no line to offer.
    mutating func takeLine(_ take: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool
}

extension LineRecords {
    mutating func takeLine(_ take: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool { false }
}

extension CSVTokenizer: LineRecords {}
extension LazyMapSequence<[SheetGrid.Row], CSVRecord>.Iterator: LineRecords {}
