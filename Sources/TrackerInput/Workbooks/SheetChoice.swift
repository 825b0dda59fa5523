import Foundation
import TrackerModel

/// Which sheet of a workbook to read, as `--sheet` gives it: a name, or a number counting the
/// tabs from 1. A name wins over a number, so a sheet called `2024` is found by its name.
///
/// ```swift
/// SheetChoice("月度数据").index(in: ["说明", "月度数据"])   // 1
/// SheetChoice("2").index(in: ["说明", "月度数据"])          // 1
/// SheetChoice("3").index(in: ["说明", "月度数据"])          // nil
/// ```
public struct SheetChoice: Hashable, Sendable, CustomStringConvertible {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    /// The 0-based index of the chosen sheet: exact name, then the name ignoring case, width and
    /// surrounding spaces, then the tab number.
    public func index(in names: [String]) -> Int? {
        if let exact = names.firstIndex(of: text) { return exact }
        let key = NameKey(text).folded
        if let loose = names.firstIndex(where: { NameKey($0).folded == key }) { return loose }
        if let number = Int(text.trimmingCharacters(in: .whitespaces)), (1...names.count).contains(number) { return number - 1 }
        return nil
    }

    public var description: String { text }
}
