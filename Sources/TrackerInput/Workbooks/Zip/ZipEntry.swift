/// One file in a ZIP archive as its central directory describes it.
///
/// ```swift
/// let entry = archive.entry("xl/workbook.xml")!
/// entry.method             // 8 (deflated)
/// entry.uncompressedSize   // as declared; checked again after decompression
/// ```
public struct ZipEntry: Hashable, Sendable {
    public var name: String
    /// 0 stored, 8 deflated; others are refused when read.
    public var method: Int
    /// General-purpose flags; bit 0 means encrypted.
    public var flags: Int
    public var crc32: UInt32
    public var compressedSize: Int
    public var uncompressedSize: Int
    /// Where the entry's local header starts.
    public var localHeaderOffset: Int

    public var isEncrypted: Bool { flags & 1 != 0 }
}
