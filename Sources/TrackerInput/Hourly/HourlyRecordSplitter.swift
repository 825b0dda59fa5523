/// Splits CSV bytes into records, chunk by chunk: a record may span chunks (its bytes are
/// carried over), so a file never needs to be in memory whole. Handles quoted fields, ""
/// escapes, newlines inside quotes, CRLF and lone CRs (old Mac line ends). Blank lines are skipped.
/// A record longer than `longestRecord` bytes keeps no more bytes (or fields) than that and is
/// flagged `overlong`, so a runaway line costs time in proportion to it but no memory.
///
/// Two paths with one meaning. A line that ends inside the chunk, whose fields are plain (no
/// quote, no stray CR) or simply quoted (`"Dongsi"`: no quote or line break inside), ending in LF
/// or CRLF, is split where it lies, without copying: that is nearly every row of a large hourly
/// file, UCI files included, and why the reader runs at disk speed. Anything else — "" escapes,
/// a quote inside a field, line breaks inside quotes, a lone CR, a record that crosses a chunk
/// boundary, a byte-order mark — goes through the byte-by-byte state machine that copies the
/// unquoted field bytes into a scratch buffer.
///
/// ```swift
/// var splitter = HourlyRecordSplitter()
/// var cursor = 0
/// while let record = splitter.next(in: chunk, cursor: &cursor) { … }   // per chunk
/// if let last = splitter.finish() { … }                                 // at end of file
/// ```
struct HourlyRecordSplitter {
    private let storage = Storage()
    /// The state machine holds a record begun in an earlier call (or one with quotes).
    private var inMachine = false
    private var inQuotes = false
    /// Saw a quote inside a quoted field: either an escaped quote or the field's end.
    private var quotePending = false
    private var line = 1
    private var recordLine = 1
    /// The last byte was a CR that ended a line (or, quoted, counted one): an LF right after it
    /// belongs to the same line end.
    private var afterCR = false
    /// The record being built grew past `longestRecord`: later bytes are counted, not kept, and
    /// fields are no longer split (only where one starts is followed, for quotes).
    private var overlong = false
    private var atFieldStart = false
    /// Bytes of the record being built by the state machine (quotes and commas included).
    private var recordBytes = 0
    /// BOM bytes matched at the start of the file; nil once past it. A BOM is dropped so the
    /// first header field (often quoted) is read like the others.
    private var bomMatched: Int?
    /// False sends every record through the state machine: tests compare the two paths.
    var splitsInPlace = true

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    /// The most bytes of one record kept: rows of hourly data are about 100 bytes.
    static let longestRecord = 1 << 20

    /// `atFileStart`: a byte-order mark may follow (false for a byte range inside a file).
    /// `line`: the number of the first line (1 for a file; ranges count from 1 and are shifted).
    init(atFileStart: Bool = true, line: Int = 1) {
        bomMatched = atFileStart ? 0 : nil
        self.line = line
        recordLine = line
    }

    /// Lines started so far: the number of the line the next record begins on.
    var currentLine: Int { line }

    /// Inside a quoted field at this point (a byte range that ends here was cut inside a field).
    var isInsideQuotes: Bool { inMachine && inQuotes && !quotePending }

    /// The next complete record in `chunk` from `cursor` on, or nil when the chunk is used up
    /// (the partial record waits for the next chunk).
    mutating func next(in chunk: UnsafeRawBufferPointer, cursor: inout Int) -> HourlyRecord? {
        guard let base = chunk.baseAddress else { return nil }
        let count = chunk.count
        while cursor < count {
            if bomMatched != nil, !matchByteOrderMark(base, count, &cursor) { return nil }
            if afterCR, !inMachine {
                // The LF of a CRLF whose CR ended the last record (the two may lie in two chunks).
                afterCR = false
                if base.load(fromByteOffset: cursor, as: UInt8.self) == Self.lineFeed {
                    cursor += 1
                    continue
                }
            }
            if !inMachine, splitsInPlace, let record = plainLine(base, count, &cursor) {
                if record.isBlank { continue }
                return record
            }
            if !inMachine { startMachine() }
            if let record = machine(base, count, &cursor) {
                if record.isBlank { continue }
                return record
            }
        }
        return nil
    }

    /// The last record when the file does not end with a newline.
    mutating func finish() -> HourlyRecord? {
        guard inMachine else { return nil }
        let unclosed = inQuotes && !quotePending
        inMachine = false
        afterCR = false
        inQuotes = false
        quotePending = false
        guard !storage.scratch.isEmpty || storage.fieldCount > 0 || unclosed || overlong else { return nil }
        let record = takeScratchRecord(unclosedQuote: unclosed, length: recordBytes)
        return record.isBlank ? nil : record
    }

    // MARK: plain lines

    /// A line ending inside the chunk whose fields are plain or simply quoted, split in place: a
    /// field is plain when it has no quote and no CR (an LF or a CRLF ends the line); a field that
    /// starts with a quote is simply quoted when the next quote closes it right before a comma or
    /// the line end, with no CR or LF between (`"Dongsi"`, `"NNW"`: its bytes are those between the
    /// quotes, as the state machine would give them). Nil (cursor unchanged) when the line needs
    /// the state machine: an escaped or stray quote, a line break inside quotes, a lone CR, or a
    /// line the chunk cuts.
    ///
    /// The field offsets are written through local pointers, not through `storage`'s properties:
    /// each access to a class's stored property is a dynamic exclusivity check.
    private mutating func plainLine(_ base: UnsafeRawPointer, _ count: Int, _ cursor: inout Int) -> HourlyRecord? {
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let start = cursor
        var offsets = storage.offsets
        var fields = 0
        var fieldStart = start
        // Where the line's last field ends and where the next line begins, once found.
        var lineEnd = -1
        var next = -1
        var i = start
        scan: while i < count {
            // Digits, letters, '-', '.', ':' are all above ','. Eight bytes are loaded at once and
            // every byte at or below ',' flagged; a flag above a true one may be false (a borrow),
            // so each flagged byte is looked at before it counts.
            var flagged: UInt64 = 0
            let wordStart = i
            if i + 8 <= count {
                let word = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
                flagged = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
                i += 8
            } else {
                for k in 0..<(count - i) where bytes[i + k] <= Self.comma { flagged |= 0x80 << (8 * UInt64(k)) }
                i = count
            }
            while flagged != 0 {
                let j = wordStart + (flagged.trailingZeroBitCount >> 3)
                flagged &= flagged &- 1
                let byte = bytes[j]
                if byte == Self.comma {
                    offsets.append(start: fieldStart - start, end: j - start, count: &fields, storage: storage)
                    fieldStart = j + 1
                } else if byte == Self.lineFeed {
                    lineEnd = j
                    next = j + 1
                    break scan
                } else if byte == Self.carriageReturn {
                    guard j + 1 < count, bytes[j + 1] == Self.lineFeed else { return nil }
                    lineEnd = j
                    next = j + 2
                    break scan
                } else if byte == Self.quote {
                    // Simply quoted: the next quote closes the field right before a comma or the
                    // line end, with no CR or LF between.
                    guard j == fieldStart else { return nil }
                    var close = j + 1
                    while close < count {
                        let inside = bytes[close]
                        if inside == Self.quote { break }
                        if inside == Self.lineFeed || inside == Self.carriageReturn { return nil }
                        close += 1
                    }
                    guard close + 1 < count else { return nil }
                    let after = bytes[close + 1]
                    if after == Self.comma {
                        offsets.append(start: j + 1 - start, end: close - start, count: &fields, storage: storage)
                        fieldStart = close + 2
                        i = close + 2
                        continue scan
                    }
                    guard after == Self.lineFeed || after == Self.carriageReturn else { return nil }
                    if after == Self.carriageReturn {
                        guard close + 2 < count, bytes[close + 2] == Self.lineFeed else { return nil }
                    }
                    offsets.append(start: j + 1 - start, end: close - start, count: &fields, storage: storage)
                    fieldStart = -1
                    lineEnd = close + 1
                    next = after == Self.lineFeed ? close + 2 : close + 3
                    break scan
                }
                // Any other byte at or below ',' (a blank, '+', '#' …) is part of the field.
            }
        }
        guard next >= 0 else { return nil }
        if fieldStart >= 0 {
            offsets.append(start: fieldStart - start, end: lineEnd - start, count: &fields, storage: storage)
        }
        cursor = next
        storage.fieldCount = fields
        let record = HourlyRecord(base: base + start, starts: offsets.starts, ends: offsets.ends,
                                  count: fields, line: line, unclosedQuote: false, overlongBytes: nil)
        line += 1
        recordLine = line
        return record
    }

    // MARK: the state machine

    private mutating func startMachine() {
        inMachine = true
        storage.scratch.removeAll(keepingCapacity: true)
        storage.fieldCount = 0
        storage.fieldStart = 0
        recordLine = line
        overlong = false
        recordBytes = 0
    }

    private mutating func machine(_ base: UnsafeRawPointer, _ count: Int, _ cursor: inout Int) -> HourlyRecord? {
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        while cursor < count {
            if overlong {
                skipOrdinaryBytes(bytes, count, &cursor)
                if cursor == count { break }
            }
            let byte = bytes[cursor]
            cursor += 1
            recordBytes += 1
            let followsCR = afterCR
            afterCR = false
            if !overlong, storage.scratch.count >= Self.longestRecord {
                overlong = true
                atFieldStart = storage.scratch.count == storage.fieldStart
            }
            if inQuotes {
                if quotePending {
                    quotePending = false
                    if byte == Self.quote {
                        keep(byte)
                        continue
                    }
                    inQuotes = false  // the quote closed the field; handle `byte` as unquoted
                } else if byte == Self.quote {
                    quotePending = true
                    continue
                } else {
                    if byte == Self.lineFeed, !followsCR { line += 1 }
                    if byte == Self.carriageReturn {
                        line += 1
                        afterCR = true
                    }
                    keep(byte)
                    continue
                }
            }
            switch byte {
            case Self.quote:
                let fieldStart = overlong ? atFieldStart : storage.scratch.count == storage.fieldStart
                if fieldStart { inQuotes = true } else { keep(byte) }
                atFieldStart = false
            case Self.comma:
                if overlong {
                    atFieldStart = true
                    continue
                }
                storage.append(start: storage.fieldStart, end: storage.scratch.count)
                storage.fieldStart = storage.scratch.count
            case Self.lineFeed, Self.carriageReturn:
                // A CR alone ends a line too (an LF right after it is skipped by `next`).
                inMachine = false
                let record = takeScratchRecord(unclosedQuote: false, length: recordBytes - 1)
                line += 1
                recordLine = line
                afterCR = byte == Self.carriageReturn
                return record
            default:
                keep(byte)
                atFieldStart = false
            }
        }
        return nil
    }

    /// A byte of the record being built; past `longestRecord` it is only counted (in `recordBytes`).
    private mutating func keep(_ byte: UInt8) {
        if !overlong { storage.scratch.append(byte) }
    }

    /// In an overlong record: passes over the bytes that change no state (all but quote, CR, LF
    /// and, outside quotes, comma) without the state machine's per-byte work.
    private mutating func skipOrdinaryBytes(_ bytes: UnsafePointer<UInt8>, _ count: Int, _ cursor: inout Int) {
        if inQuotes && quotePending { return }
        let start = cursor
        while cursor < count {
            // The four bytes that matter are all at or below ','; eight at a time are passed while
            // none is (as in `plainLine`).
            while cursor + 8 <= count {
                let word = UnsafeRawPointer(bytes + cursor).loadUnaligned(as: UInt64.self)
                let flagged = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
                if flagged != 0 {
                    cursor += flagged.trailingZeroBitCount >> 3
                    break
                }
                cursor += 8
            }
            guard cursor < count else { break }
            let byte = bytes[cursor]
            if byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn || (byte == Self.comma && !inQuotes) { break }
            cursor += 1
        }
        if cursor > start {
            recordBytes += cursor - start
            afterCR = false
            if !inQuotes { atFieldStart = false }
        }
    }

    private mutating func takeScratchRecord(unclosedQuote: Bool, length: Int) -> HourlyRecord {
        storage.append(start: storage.fieldStart, end: storage.scratch.count)
        storage.fieldStart = storage.scratch.count
        let overlongBytes = overlong ? length : nil
        overlong = false
        recordBytes = 0
        return HourlyRecord(base: storage.scratchBase, starts: storage.starts, ends: storage.ends,
                            count: storage.fieldCount, line: recordLine, unclosedQuote: unclosedQuote, overlongBytes: overlongBytes)
    }

    /// Consumes BOM bytes; false when the chunk ended inside a possible BOM.
    private mutating func matchByteOrderMark(_ base: UnsafeRawPointer, _ count: Int, _ cursor: inout Int) -> Bool {
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        while let matched = bomMatched {
            guard cursor < count else { return false }
            if bytes[cursor] == Self.byteOrderMark[matched] {
                cursor += 1
                bomMatched = matched + 1 == Self.byteOrderMark.count ? nil : matched + 1
                continue
            }
            bomMatched = nil
            if matched > 0 {  // not a BOM after all: those bytes belong to the first record
                startMachine()
                storage.scratch.append(contentsOf: Self.byteOrderMark[0..<matched])
            }
        }
        return true
    }

    /// Field offsets and the scratch bytes, in a class so records can point into them without
    /// copying (a record is used before the splitter moves on).
    final class Storage {
        private(set) var starts: UnsafeMutablePointer<Int>
        private(set) var ends: UnsafeMutablePointer<Int>
        private(set) var capacity = 64
        var fieldCount = 0
        /// Start in `scratch` of the field being built by the state machine.
        var fieldStart = 0
        var scratch: [UInt8] = []
        private var scratchCopy = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 8)
        private var scratchCopyCapacity = 1

        init() {
            starts = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
        }

        deinit {
            starts.deallocate()
            ends.deallocate()
            scratchCopy.deallocate()
        }

        func append(start: Int, end: Int) {
            if fieldCount == capacity { grow() }
            starts[fieldCount] = start
            ends[fieldCount] = end
            fieldCount += 1
        }

        /// A stable pointer to the scratch bytes (copied once per machine record, which are few).
        var scratchBase: UnsafeRawPointer {
            if scratch.count > scratchCopyCapacity {
                scratchCopy.deallocate()
                scratchCopyCapacity = max(scratch.count, scratchCopyCapacity * 2)
                scratchCopy = .allocate(byteCount: scratchCopyCapacity, alignment: 8)
            }
            scratch.withUnsafeBytes { bytes in
                if let source = bytes.baseAddress { scratchCopy.copyMemory(from: source, byteCount: bytes.count) }
            }
            return UnsafeRawPointer(scratchCopy)
        }

        /// The offset arrays as a value, for a loop that fills them without touching the class.
        var offsets: FieldOffsets { FieldOffsets(starts: starts, ends: ends, capacity: capacity) }

        func grow() {
            let bigger = capacity * 2
            let newStarts = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
            let newEnds = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
            newStarts.update(from: starts, count: fieldCount)
            newEnds.update(from: ends, count: fieldCount)
            starts.deallocate()
            ends.deallocate()
            starts = newStarts
            ends = newEnds
            capacity = bigger
        }
    }

    /// `Storage`'s offset arrays held in locals by `plainLine`; grown through the storage (which
    /// owns them) when full.
    ///
    /// ```swift
    /// var offsets = storage.offsets
    /// var fields = 0
    /// offsets.append(start: 0, end: 4, count: &fields, storage: storage)   // field 0 is bytes 0..<4
    /// storage.fieldCount = fields
    /// ```
    struct FieldOffsets {
        var starts: UnsafeMutablePointer<Int>
        var ends: UnsafeMutablePointer<Int>
        var capacity: Int

        @inline(__always)
        mutating func append(start: Int, end: Int, count: inout Int, storage: Storage) {
            if count == capacity {
                storage.fieldCount = count
                storage.grow()
                self = storage.offsets
            }
            starts[count] = start
            ends[count] = end
            count += 1
        }
    }
}
