/// Writes a ZIP archive of stored (uncompressed) entries with a fixed timestamp, so that the
/// same parts always give the same bytes. Excel, LibreOffice, WPS and openpyxl all open stored
/// parts; a scorecard workbook is small enough not to need compression.
///
/// The CRC-32 is computed here rather than shared with the reader: rendering never depends on
/// the input module.
///
/// ```swift
/// var zip = ZipWriter()
/// zip.add("[Content_Types].xml", Array(contentTypes.utf8))
/// let bytes = zip.finish()
/// ```
struct ZipWriter {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// 1980-01-01 00:00, the earliest time a ZIP can record (MS-DOS date and time).
    private static let dosTime = 0, dosDate = (0 << 9) | (1 << 5) | 1

    mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = Int(ZipWriter.crc32(data))
        let offset = output.count
        // Local header: signature, version 2.0, flags (bit 11: UTF-8 names), method 0 (stored).
        ZipWriter.u32(0x0403_4B50, &output); ZipWriter.u16(20, &output); ZipWriter.u16(0x0800, &output); ZipWriter.u16(0, &output)
        ZipWriter.u16(ZipWriter.dosTime, &output); ZipWriter.u16(ZipWriter.dosDate, &output)
        ZipWriter.u32(crc, &output); ZipWriter.u32(data.count, &output); ZipWriter.u32(data.count, &output)
        ZipWriter.u16(nameBytes.count, &output); ZipWriter.u16(0, &output)
        output += nameBytes
        output += data
        // Central directory entry: made by version 2.0, then as above, then no comment,
        // disk 0, no attributes, and where the local header is.
        ZipWriter.u32(0x0201_4B50, &directory); ZipWriter.u16(20, &directory); ZipWriter.u16(20, &directory)
        ZipWriter.u16(0x0800, &directory); ZipWriter.u16(0, &directory)
        ZipWriter.u16(ZipWriter.dosTime, &directory); ZipWriter.u16(ZipWriter.dosDate, &directory)
        ZipWriter.u32(crc, &directory); ZipWriter.u32(data.count, &directory); ZipWriter.u32(data.count, &directory)
        ZipWriter.u16(nameBytes.count, &directory); ZipWriter.u16(0, &directory); ZipWriter.u16(0, &directory)
        ZipWriter.u16(0, &directory); ZipWriter.u16(0, &directory); ZipWriter.u32(0, &directory); ZipWriter.u32(offset, &directory)
        directory += nameBytes
        count += 1
    }

    func finish() -> [UInt8] {
        var out = output
        let start = out.count
        out += directory
        ZipWriter.u32(0x0605_4B50, &out); ZipWriter.u16(0, &out); ZipWriter.u16(0, &out)
        ZipWriter.u16(count, &out); ZipWriter.u16(count, &out)
        ZipWriter.u32(directory.count, &out); ZipWriter.u32(start, &out); ZipWriter.u16(0, &out)
        return out
    }

    private static func u16(_ v: Int, _ out: inout [UInt8]) { out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    private static func u32(_ v: Int, _ out: inout [UInt8]) { u16(v & 0xFFFF, &out); u16(v >> 16 & 0xFFFF, &out) }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
