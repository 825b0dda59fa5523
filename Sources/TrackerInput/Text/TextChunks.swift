import Foundation

/// A text file read a megabyte at a time, so that reading an archive costs the memory of a chunk,
/// not of the file: UTF-8 as it is, or GB18030 decoded to UTF-8 a run of whole lines at a time.
/// The bytes held always end after a line end (or at the end of the file), so that no line and no
/// character is ever cut; each chunk is checked as it comes.
///
/// The reader refuses (`refusal`), and the caller reads the file whole the usual way
/// (`TextDecoding`, which words the problem), when the bytes are not valid UTF-8 (or GB18030),
/// hold a NUL byte, run longer than `TextDecoding.longestLine` without a line feed, or start with
/// two byte-order marks: whatever the whole-file reader would say about them, it says.
///
/// ```swift
/// let chunks = TextChunks(path: "archive.csv")!   // the first megabyte, checked
/// chunks.bytes                                    // its complete lines
/// chunks.advance(keepingFrom: chunks.usable)      // let them go, read the next
/// chunks.refusal                                  // nil: UTF-8 so far
/// TextChunks(path: "excel-windows.csv", encoding: .gb18030)!.bytes   // its first lines, as UTF-8
/// ```
final class TextChunks {
    enum Refusal: Hashable {
        case notUTF8, notGB18030, nulByte, longLine, twoByteOrderMarks, unreadable
    }

    /// How the bytes are read: UTF-8 as they are, or GB18030 decoded a run of whole lines at a
    /// time (a line feed is never part of a GB18030 character, so no character is cut).
    let encoding: TextEncoding
    /// GB18030: the bytes of the line begun but not yet ended, not yet decoded.
    private var undecoded: [UInt8] = []
    /// UTF-8: where in the file the range of bytes that was not UTF-8 lies (for telling GB18030).
    private(set) var refusedRange: Range<Int>?

    /// Bytes read at a time (a megabyte; tests pass a few bytes to cross many chunk ends).
    let chunk: Int

    private let descriptor: Int32
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes held, from the front of `base`.
    private var filled = 0
    /// Bytes held up to and including the last line feed (all of them once the file has ended).
    private(set) var usable = 0
    private(set) var atEnd = false
    private(set) var refusal: Refusal?
    /// The file started with a byte-order mark (it is among the bytes; the tokenizer skips it).
    private(set) var hadByteOrderMark = false
    /// The first bytes of the file (up to 8), for telling a workbook from text.
    private(set) var head: [UInt8] = []
    /// The file's size when opened.
    let size: Int
    /// Where `bytes` starts in the file (UTF-8; GB18030: in the decoded text).
    private(set) var origin = 0
    /// Offsets in `bytes` plus `origin` are offsets in the file (UTF-8 only).
    var offsetsAreInTheFile: Bool { encoding == .utf8 }
    /// The text starts with U+FEFF, which the tokenizer skips (a UTF-8 file's byte-order mark).
    private(set) var startsWithMark = false

    /// Opens `path` and reads the first chunk; nil when it cannot be opened.
    init?(path: String, chunk: Int = 1 << 20, encoding: TextEncoding = .utf8) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return nil
        }
        descriptor = fd
        self.encoding = encoding
        self.chunk = max(chunk, 1)
        size = Int(info.st_size)
        capacity = 2 * self.chunk
        base = .allocate(capacity: capacity)
        var first = [UInt8](repeating: 0, count: 8)
        let n = pread(fd, &first, 8, 0)
        head = Array(first.prefix(max(n, 0)))
        advance(keepingFrom: 0)
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if encoding == .utf8, head.starts(with: mark) {
            hadByteOrderMark = true
            if head.dropFirst(3).starts(with: mark) { refusal = .twoByteOrderMarks }
        }
        startsWithMark = UnsafeBufferPointer(start: base, count: min(filled, 3)).elementsEqual(mark)
    }

    deinit {
        base.deallocate()
        close(descriptor)
    }

    /// The complete lines held.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: usable) }

    /// Lets go of the bytes before `start` (what is left moves to the front: an offset `k` becomes
    /// `k - start`) and reads on until at least one more line is complete, the file ends, or the
    /// bytes are refused.
    func advance(keepingFrom start: Int) {
        let start = min(start, filled)
        if start > 0 {
            origin += start
            memmove(base, base + start, filled - start)
            filled -= start
            usable = max(usable - start, 0)
        }
        guard refusal == nil else { return }
        if encoding == .gb18030 {
            decodeOn()
            return
        }
        let lineStart = usable
        while !atEnd {
            if capacity - filled < chunk {
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: base, count: filled)
                base.deallocate()
                base = larger
                capacity *= 2
            }
            guard let n = readSome(into: base + filled) else { return }
            if n == 0 { break }
            let from = filled
            filled += n
            // The first line feed of the new bytes ends the line begun before them: not too long?
            if let first = memchr(base + from, 0x0A, n) {
                let lf = UnsafeMutableRawPointer(first) - UnsafeMutableRawPointer(base)
                guard lf - lineStart <= TextDecoding.longestLine else { refusal = .longLine; return }
                var end = filled
                while base[end - 1] != 0x0A { end -= 1 }
                check(usable..<end)
                usable = end
                return
            }
            guard filled - lineStart <= TextDecoding.longestLine else { refusal = .longLine; return }
        }
        check(usable..<filled)
        usable = filled
    }

    /// Reads up to a chunk into `buffer`, again when a signal interrupted it: the bytes read,
    /// 0 at the end of the file (`atEnd` set), nil when the file cannot be read (`refusal` set).
    private func readSome(into buffer: UnsafeMutableRawPointer) -> Int? {
        while true {
            let n = read(descriptor, buffer, chunk)
            if n > 0 { return n }
            if n == 0 { atEnd = true; return 0 }
            if errno != EINTR { refusal = .unreadable; return nil }
        }
    }

    /// GB18030: reads on until a line feed, decodes the whole lines read (to UTF-8, after the
    /// bytes held) and keeps the begun line's bytes for the next time.
    private func decodeOn() {
        var block = [UInt8](repeating: 0, count: chunk)
        while !atEnd {
            guard let n = block.withUnsafeMutableBytes({ readSome(into: $0.baseAddress!) }) else { return }
            if n == 0 { break }
            let new = block[..<n]
            if new.contains(0) {
                refusal = .nulByte
                return
            }
            let from = undecoded.count
            undecoded += new
            guard let lastLF = undecoded.lastIndex(of: 0x0A) else {
                if undecoded.count > TextDecoding.longestLine { refusal = .longLine }
                if refusal != nil { return }
                continue
            }
            let firstLF = undecoded[from...].firstIndex(of: 0x0A) ?? lastLF
            guard firstLF <= TextDecoding.longestLine else { refusal = .longLine; return }
            append(decoding: undecoded[...lastLF])
            undecoded.removeFirst(lastLF + 1)
            return
        }
        if !undecoded.isEmpty {
            append(decoding: undecoded[...])
            undecoded = []
        }
        usable = filled
    }

    /// Decodes GB18030 bytes (whole lines) and appends their UTF-8 to the bytes held. After the
    /// first, a run is decoded behind a line feed that is then dropped, so that nothing the
    /// decoder does at the start of a text (a byte-order mark) is done in the middle of the file.
    private func append(decoding bytes: ArraySlice<UInt8>) {
        let first = filled == 0 && origin == 0
        let gb = TextEncoding.gb18030.foundationEncoding
        guard var text = first ? String(bytes: bytes, encoding: gb) : String(bytes: [0x0A] + bytes, encoding: gb) else {
            refusal = .notGB18030
            return
        }
        if !first {
            guard text.utf8.first == 0x0A else { refusal = .notGB18030; return }
            text = String(text.utf8.dropFirst())!
        }
        let count = text.utf8.count
        while capacity - filled < count {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: base, count: filled)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        text.withUTF8 { (base + filled).update(from: $0.baseAddress!, count: count) }
        filled += count
        usable = filled
    }

    /// Reads to the end of the file, checking what is left (after a table that stopped early,
    /// such as one without a header, the rest must still be checked as the whole-file reader
    /// would check it).
    func drain() {
        while !atEnd, refusal == nil { advance(keepingFrom: usable) }
    }

    /// Whether the whole-file reader (`TextDecoding.decode` without a forced encoding) would try
    /// GB18030 on a file whose UTF-8 chunks were refused: a byte that is not UTF-8, no byte-order
    /// mark, and no UTF-8 line with Chinese text before that byte (which makes it an error of mixed
    /// encodings). Only the bytes up to the refused chunk are read (at most 8 MiB; a later first
    /// non-UTF-8 byte: false, and the file is read whole).
    static func readsAsGB18030(_ path: String, after utf8: TextChunks) -> Bool {
        guard utf8.encoding == .utf8, utf8.refusal == .notUTF8, !utf8.hadByteOrderMark, let range = utf8.refusedRange,
              range.upperBound <= 8 << 20, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let prefix = try? handle.read(upToCount: range.upperBound + 4), prefix.count >= range.upperBound else { return false }
        let offset = TextDecoding.firstInvalidUTF8(prefix)
        guard offset >= range.lowerBound, offset < range.upperBound else { return false }
        return TextDecoding.utf8TextLine(besides: offset, in: prefix, before: true) == nil
    }

    /// UTF-8 (as the standard library and Foundation accept it) without NUL bytes.
    private func check(_ range: Range<Int>) {
        guard refusal == nil, !range.isEmpty else { return }
        if memchr(base + range.lowerBound, 0, range.count) != nil {
            refusal = .nulByte
        } else if !Self.isUTF8(base + range.lowerBound, range.count) {
            refusal = .notUTF8
            refusedRange = (origin + range.lowerBound)..<(origin + range.upperBound)
        }
    }

    /// Well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or scalars beyond
    /// U+10FFFF), ASCII eight bytes at a time.
    static func isUTF8(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i < n {
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b = p[i]
            if b < 0x80 {
                i += 1
            } else if b < 0xC2 {
                return false
            } else if b < 0xE0 {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
            } else if b < 0xF0 {
                guard i + 2 < n else { return false }
                let b1 = p[i + 1]
                let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80, high: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard b1 >= low, b1 <= high, p[i + 2] & 0xC0 == 0x80 else { return false }
                i += 3
            } else if b < 0xF5 {
                guard i + 3 < n else { return false }
                let b1 = p[i + 1]
                let low: UInt8 = b == 0xF0 ? 0x90 : 0x80, high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard b1 >= low, b1 <= high, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }
}
