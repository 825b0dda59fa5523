import Foundation

/// Reads a ZIP archive (PKWARE APPNOTE) the way a workbook needs it: the central directory for
/// the list of parts, each part's local header for where its bytes start, stored and deflated
/// parts, ZIP64 sizes and offsets, every size checked against the limits before and while
/// unpacking, and every part's CRC-32 checked after.
///
/// ```swift
/// let zip = try ZipArchive(bytes)
/// zip.entries.map(\.name)                       // ["[Content_Types].xml", "xl/workbook.xml", …]
/// let xml = try zip.contents(of: "xl/workbook.xml", limits: .standard)
/// ```
package struct ZipArchive: Sendable {
    package private(set) var entries: [ZipEntry] = []
    private var byName: [String: Int] = [:]
    private let bytes: [UInt8]

    package init(_ bytes: [UInt8]) throws(WorkbookError) {
        self.bytes = bytes
        let end = try ZipArchive.endOfCentralDirectory(bytes)
        var offset = end.directoryOffset
        for _ in 0..<end.entryCount {
            guard offset + 46 <= bytes.count, read32(offset) == 0x0201_4B50 else {
                throw .damaged(.directoryCutShort)
            }
            let nameLength = read16(offset + 28), extraLength = read16(offset + 30), commentLength = read16(offset + 32)
            let nameStart = offset + 46
            guard nameStart + nameLength + extraLength <= bytes.count else { throw .damaged(.directoryCutShort) }
            let nameBytes = bytes[nameStart..<(nameStart + nameLength)]
            // Bit 11 says UTF-8; OOXML part names are ASCII either way, so Latin-1 is a safe fallback.
            let name = String(bytes: nameBytes, encoding: .utf8) ?? String(decoding: nameBytes.map { $0 & 0x7F }, as: UTF8.self)
            var entry = ZipEntry(name: name, method: read16(offset + 10), flags: read16(offset + 8), crc32: UInt32(read32(offset + 16)),
                                 compressedSize: read32(offset + 20), uncompressedSize: read32(offset + 24),
                                 localHeaderOffset: read32(offset + 42))
            applyZip64(&entry, extra: (nameStart + nameLength)..<(nameStart + nameLength + extraLength))
            entries.append(entry)
            // Part names are case-insensitive (OPC); a leading `/` is how relationships write them.
            byName[ZipArchive.key(name)] = entries.count - 1
            offset = nameStart + nameLength + extraLength + commentLength
        }
    }

    package func entry(_ name: String) -> ZipEntry? {
        byName[ZipArchive.key(name)].map { entries[$0] }
    }

    static func key(_ name: String) -> String {
        (name.hasPrefix("/") ? String(name.dropFirst()) : name).lowercased()
    }

    /// A part's bytes, unpacked within `limits`; `budget` (the bytes still allowed for the whole
    /// workbook) is reduced by the part's size.
    package func contents(of name: String, limits: ZipLimits, budget: inout Int) throws(WorkbookError) -> [UInt8] {
        guard let entry = entry(name) else { throw .missingPart(name) }
        return try contents(of: entry, limits: limits, budget: &budget)
    }

    package func contents(of entry: ZipEntry, limits: ZipLimits, budget: inout Int) throws(WorkbookError) -> [UInt8] {
        guard !entry.isEncrypted else { throw .encryptedEntry(entry.name) }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, read32(header) == 0x0403_4B50 else {
            throw .damaged(.noLocalHeader(entry: entry.name))
        }
        let start = header + 30 + read16(header + 26) + read16(header + 28)
        guard entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else {
            throw .damaged(.entryPastEnd(entry: entry.name))
        }
        let compressed = Array(bytes[start..<(start + entry.compressedSize)])
        let limit = min(limits.allowedSize(compressed: entry.compressedSize), budget)
        // A declared size over the limit is refused before any work is done.
        guard entry.uncompressedSize <= limit else { throw .tooLarge(entry: entry.name, limit: limit) }
        let output: [UInt8]
        switch entry.method {
        case 0:
            output = compressed
        case 8:
            do {
                output = try Inflater.inflate(compressed, limit: limit, expected: entry.uncompressedSize)
            } catch .outputLimit(_) {
                throw .tooLarge(entry: entry.name, limit: limit)
            } catch {
                throw .damaged(.cannotUnpack(entry: entry.name, error))
            }
        default:
            throw .unsupportedCompression(entry: entry.name, method: entry.method)
        }
        guard output.count == entry.uncompressedSize, CRC32.checksum(output) == entry.crc32 else {
            throw .damaged(.checksum(entry: entry.name))
        }
        budget -= output.count
        return output
    }

    // MARK: - Structure

    private struct End {
        var entryCount: Int
        var directoryOffset: Int
    }

    /// The end-of-central-directory record, searched backwards over the 64 KiB a comment may take;
    /// its ZIP64 twin when the 32-bit fields are saturated.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(WorkbookError) -> End {
        guard bytes.count >= 22 else { throw .damaged(.tooShortForZIP) }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 { break }
            offset -= 1
        }
        guard offset >= lowest else { throw .damaged(.directoryMissing) }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func u64(_ at: Int) -> Int { u32(at) | u32(at + 4) << 32 }
        var end = End(entryCount: u16(offset + 10), directoryOffset: u32(offset + 16))
        if end.entryCount == 0xFFFF || end.directoryOffset == 0xFFFF_FFFF {
            let locator = offset - 20
            guard locator >= 0, u32(locator) == 0x0706_4B50 else { throw .damaged(.zip64LocatorMissing) }
            let record = u64(locator + 8)
            guard record >= 0, record + 56 <= bytes.count, u32(record) == 0x0606_4B50 else {
                throw .damaged(.zip64DirectoryMissing)
            }
            end = End(entryCount: u64(record + 32), directoryOffset: u64(record + 48))
        }
        guard end.directoryOffset >= 0, end.directoryOffset <= bytes.count, end.entryCount >= 0,
              end.entryCount <= bytes.count / 46 else { throw .damaged(.directoryOutsideFile) }
        return end
    }

    /// The ZIP64 extra field (id 1) holds, in order, the 64-bit values of the saturated fields.
    private func applyZip64(_ entry: inout ZipEntry, extra: Range<Int>) {
        var at = extra.lowerBound
        while at + 4 <= extra.upperBound {
            let id = read16(at), size = read16(at + 2)
            let body = at + 4
            guard body + size <= extra.upperBound else { return }
            if id == 1 {
                var field = body
                func next() -> Int? {
                    guard field + 8 <= body + size else { return nil }
                    defer { field += 8 }
                    return read32(field) | read32(field + 4) << 32
                }
                if entry.uncompressedSize == 0xFFFF_FFFF, let v = next() { entry.uncompressedSize = v }
                if entry.compressedSize == 0xFFFF_FFFF, let v = next() { entry.compressedSize = v }
                if entry.localHeaderOffset == 0xFFFF_FFFF, let v = next() { entry.localHeaderOffset = v }
                return
            }
            at = body + size
        }
    }

    private func read16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private func read32(_ at: Int) -> Int { read16(at) | read16(at + 2) << 16 }
}
