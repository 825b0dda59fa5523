import Foundation
import TrackerModel

/// The exclusion flags a measurement row may carry. Any flag removes the month from its
/// indicator's period value, so free text is refused here (it belongs in `note`).
///
/// ```swift
/// MeasurementFlag.parse("沙尘")               // .success(["sand_dust"])
/// MeasurementFlag.parse("sand_dust; 沙尘")    // .success(["sand_dust"])
/// MeasurementFlag.parse("估算")               // .failure: not a known flag
/// ```
enum MeasurementFlag {
    /// Known flags by canonical id, with the other ways people write them.
    static let known: [(id: String, names: [String])] = [
        ("sand_dust", ["sand_dust", "sanddust", "sand-dust", "沙尘", "沙尘天气", "扣除沙尘", "扣沙"]),
    ]

    /// The canonical ids of the flags in a cell (separated by `;`, `、`, `|` or `,`), without
    /// repeats; `[]` for an empty cell; a failure naming the first word that is not a flag.
    static func parse(_ text: String) -> Result<[String], UnknownFlag> {
        var ids: [String] = []
        let words = text.split(whereSeparator: { ";；、|,，".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for word in words {
            let key = NameKey(word).folded
            guard let flag = known.first(where: { $0.names.contains { NameKey($0).folded == key } }) else {
                return .failure(UnknownFlag(word: word))
            }
            if !ids.contains(flag.id) { ids.append(flag.id) }
        }
        return .success(ids)
    }

    struct UnknownFlag: Error { var word: String }

    /// `sand_dust` (沙尘), for messages.
    static var listed: String { known.map { "`\($0.id)` (\($0.names.first { !$0.allSatisfy(\.isASCII) } ?? $0.id))" }.joined(separator: ", ") }
}
