/// How much a workbook may expand when it is unpacked: the defence against ZIP bombs.
///
/// A part may not unpack to more than `maxEntryBytes`, nor to more than `maxRatio` times its
/// compressed size once it is past `ratioFloor` bytes (small XML parts are legitimately very
/// compressible), and all parts read from one workbook together may not exceed `maxTotalBytes`.
/// The inflater stops at the first byte over the limit, so memory never holds more than that.
///
/// ```swift
/// ZipLimits.standard.maxEntryBytes                   // 128 MiB
/// ZipLimits.standard.allowedSize(compressed: 1_000)  // 4 MiB: under the floor any ratio is fine
/// ```
public struct ZipLimits: Hashable, Sendable {
    public var maxEntryBytes: Int
    public var maxRatio: Int
    public var ratioFloor: Int
    public var maxTotalBytes: Int

    public init(maxEntryBytes: Int, maxRatio: Int, ratioFloor: Int, maxTotalBytes: Int) {
        self.maxEntryBytes = maxEntryBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.maxTotalBytes = maxTotalBytes
    }

    /// Measurement sheets are a few thousand cells; a sheet XML of 128 MiB is about two million
    /// filled cells. Real sheet XML compresses 5–50×, a sheet of empty styled cells ~100×;
    /// DEFLATE's ceiling is 1032×, where bombs live.
    public static let standard = ZipLimits(maxEntryBytes: 128 << 20, maxRatio: 250, ratioFloor: 4 << 20,
                                           maxTotalBytes: 256 << 20)

    /// The most bytes an entry of `compressed` bytes may unpack to.
    public func allowedSize(compressed: Int) -> Int {
        let (byRatio, overflow) = compressed.multipliedReportingOverflow(by: maxRatio)
        return min(maxEntryBytes, max(ratioFloor, overflow ? Int.max : byRatio))
    }
}
