/// A place in an input file, 1-based, as editors and compilers print it — or, in a workbook, a
/// cell as Excel users name it (`line` is then the row and `column` the column number).
///
/// ```swift
/// SourceLocation(file: "Targets/xicheng-2025.targets", line: 12, column: 5).description
/// // "Targets/xicheng-2025.targets:12:5"
/// SourceLocation(file: "data.xlsx", line: 12, column: 4, sheet: "月度数据").description
/// // "data.xlsx[月度数据]!D12"
/// ```
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The worksheet, for a place in a workbook; nil in a text file.
    public var sheet: String?

    public init(file: String, line: Int, column: Int = 1, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file)[\(sheet)]!\(SourceLocation.columnLetters(column))\(line)"
    }

    /// `A`, `Z`, `AA`, … as spreadsheets name columns.
    public static func columnLetters(_ column: Int) -> String {
        var n = column, letters = ""
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.sheet ?? "", a.line, a.column) < (b.file, b.sheet ?? "", b.line, b.column)
    }
}
