/// Why a DEFLATE stream could not be decoded. Each case is a different kind of damage, so that a
/// test (or a curious user) can tell a truncated download from a ZIP bomb.
///
/// Worded only where a workbook reports it (`WorkbookError+Diagnostic.swift`).
///
/// ```swift
/// do { _ = try Inflater.inflate([0x07], limit: 100) } catch {
///     error              // .badBlockType (block type 3 is reserved)
///     error.description  // "the compressed data uses the reserved block type 3"
/// }
/// ```
public enum InflateError: Error, Hashable, Sendable {
    /// The input ended in the middle of a block.
    case truncated
    /// Block type 3, reserved by RFC 1951.
    case badBlockType
    /// A stored block whose length and its complement disagree.
    case badStoredLength
    /// A dynamic block's code lengths do not make a usable Huffman code.
    case badCodeLengths
    /// A code that no symbol has, or a length/distance symbol outside the tables.
    case badSymbol
    /// A back-reference further back than the data decoded so far.
    case distanceTooFar
    /// The output would exceed the allowed number of bytes (a ZIP bomb, or a limit too small).
    case outputLimit(Int)
}
