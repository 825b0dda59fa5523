/// The quick ways a measurement file is read, each of which must give exactly what the general
/// way gives: plain long rows from their bytes (`PlainLongRow`), and UTF-8 files a chunk at a
/// time (`TextChunks`). All are taken; tests turn them off to compare.
///
/// ```swift
/// ReadingPaths()                                       // plain rows, 1 MiB chunks
/// ReadingPaths(plainRows: false, chunkSize: nil)       // the general reader on the whole text
/// ReadingPaths(chunkSize: 64)                          // many chunk ends, for tests
/// ```
struct ReadingPaths: Sendable {
    var plainRows = true
    /// Bytes read at a time; nil: the whole file is read and decoded at once.
    var chunkSize: Int? = 1 << 20
}
