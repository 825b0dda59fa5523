/// Records that can also hand over their next line whole, as bytes, to a reader that reads
/// plain lines itself (`PlainLongRow`) and leaves any other line to `next()`: the CSV tokenizer
/// does; the records of a worksheet have no lines and never do.
///
/// ```swift
/// var records = CSVTokenizer(text: "2025-01,德胜街道,PM2.5,48.2\n\"a\",b\n", file: "a.csv")
/// records.takeLines { bytes, line, _ in !bytes.contains(UInt8(ascii: "\"")) }   // 1: the first line is consumed
/// records.next()?.fields.map(\.text)                                          // ["a", "b"]
/// ```
protocol LineRecords: IteratorProtocol<CSVRecord> {
    /// Offers the next lines, one at a time (its bytes without the line end, its number, and
    /// where it starts in the file: -1 when the lines are not read from a file), to `take`, as
    /// long as `take` returns true (the line is consumed); the first line it refuses stays for
    /// `next()`. How many lines were taken.
    mutating func takeLines(_ take: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool) -> Int
}

extension LineRecords {
    mutating func takeLines(_ take: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool) -> Int { 0 }
}

extension CSVTokenizer: LineRecords {}
extension LazyMapSequence<[SheetGrid.Row], CSVRecord>.Iterator: LineRecords {}
