/// One cell of a worksheet being written: text (an inline string) or a number, each with a
/// style, or nothing.
///
/// ```swift
/// SheetCell.text("德胜街道")
/// SheetCell.number(35.2, style: styles.fixed(1))   // shown 35.2, summed by Excel as a number
/// SheetCell.text("✔ met", style: styles.verdict(.met))
/// ```
enum SheetCell: Hashable {
    case empty
    case text(String, style: Int = 0)
    case number(Double, style: Int = 0)

    /// What the cell shows, for column widths.
    var shown: String {
        switch self {
        case .empty: ""
        case .text(let text, _): text
        case .number(let value, _): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
    }
}
