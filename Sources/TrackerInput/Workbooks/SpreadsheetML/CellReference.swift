/// An A1-style cell reference: column letters and a row number, within Excel's grid
/// (16,384 columns, 1,048,576 rows).
///
/// ```swift
/// CellReference("D12")                 // column 4, row 12
/// CellReference("$AB$3")               // column 28, row 3
/// CellReference.letters(forColumn: 28) // "AB"
/// ```
public struct CellReference: Hashable, Sendable {
    public static let maxColumns = 16_384
    public static let maxRows = 1_048_576

    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `D12` (`$` anchors allowed); nil outside the grid or when malformed.
    public init?(_ text: String) {
        var column = 0, row = 0, digits = 0, letters = 0
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(scalar.value & 0x1F)
                letters += 1
            case 0x30...0x39:
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(scalar.value - 0x30)
                digits += 1
            default: return nil
            }
        }
        guard (1...CellReference.maxColumns).contains(column), (1...CellReference.maxRows).contains(row) else { return nil }
        self.init(column: column, row: row)
    }

    /// `A`, `Z`, `AA`, … `XFD`.
    public static func letters(forColumn column: Int) -> String {
        var n = column, out = ""
        while n > 0 {
            let digit = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + digit))) + out
            n = (n - 1) / 26
        }
        return out
    }

    public var description: String { CellReference.letters(forColumn: column) + String(row) }
}
